package io.newsroom.account.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface StaffAccounts extends Repository<StaffAccount, Long> {

    Optional<StaffAccount> findByEmail(String email);

    Optional<StaffAccount> findById(Long id);

    List<StaffAccount> findAllByOrderByEmailAsc();

    boolean existsBy();

    boolean existsByEmail(String email);

    StaffAccount save(StaffAccount account);

    /**
     * Counts one wrong password in a single statement (attempts while locked do not count): the
     * row lock orders concurrent failures instead of failing one on its version.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StaffAccount a set a.failedSignIns = a.failedSignIns + 1 where a.email = :email"
            + " and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int countFailure(@Param("email") String email, @Param("now") Instant now);

    @Query("select a.failedSignIns from StaffAccount a where a.email = :email")
    Optional<Integer> failuresInARow(@Param("email") String email);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StaffAccount a set a.lockedUntil = :until where a.email = :email")
    void lockUntil(@Param("email") String email, @Param("until") Instant until);
}
