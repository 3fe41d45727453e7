package io.newsroom.alert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Subscribers extends Repository<Subscriber, Long> {

    Subscriber save(Subscriber subscriber);

    void delete(Subscriber subscriber);

    Optional<Subscriber> findById(Long id);

    Optional<Subscriber> findByEmail(String email);

    Optional<Subscriber> findByConfirmToken(String token);

    Optional<Subscriber> findByUnsubscribeToken(String token);

    List<Subscriber> findByStatus(Subscriber.Status status);

    long countByStatus(Subscriber.Status status);

    @Query("select s from Subscriber s where (:email is null or s.email like :email) order by s.createdAt desc, s.id desc")
    Page<Subscriber> search(@Param("email") String emailLikePattern, Pageable page);

    @Query("select s from Subscriber s where (:email is null or s.email like :email) order by s.createdAt desc, s.id desc")
    List<Subscriber> export(@Param("email") String emailLikePattern);
}
