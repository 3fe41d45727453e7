package io.newsroom.release.embargo;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PreviewLinks extends Repository<PreviewLink, Long> {

    PreviewLink save(PreviewLink link);

    Optional<PreviewLink> findByToken(String token);

    Optional<PreviewLink> findByIdAndReleaseId(Long id, Long releaseId);

    List<PreviewLink> findByReleaseIdOrderByIdDesc(Long releaseId);
}
