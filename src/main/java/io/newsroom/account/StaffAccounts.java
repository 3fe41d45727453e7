package io.newsroom.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StaffAccounts extends Repository<StaffAccount, Long> {

    Optional<StaffAccount> findByEmail(String email);

    Optional<StaffAccount> findById(Long id);

    List<StaffAccount> findAllByOrderByEmailAsc();

    boolean existsBy();

    boolean existsByEmail(String email);

    StaffAccount save(StaffAccount account);
}
