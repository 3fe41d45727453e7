package io.newsroom.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    Page<AuditEvent> findAllByOrderByAtDescIdDesc(Pageable page);

    Page<AuditEvent> findByActionOrderByAtDescIdDesc(String action, Pageable page);
}
