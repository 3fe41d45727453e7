package io.newsroom.contacts.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Contacts extends Repository<Contact, Long>, JpaSpecificationExecutor<Contact> {

    Contact save(Contact contact);

    Optional<Contact> findById(Long id);

    Optional<Contact> findByEmail(String email);

    /** Address and id of each of these that is on the list, without loading the contacts. */
    @Query("select c.email, c.id from Contact c where c.email in :emails")
    List<Object[]> idsByEmail(@Param("emails") Collection<String> emails);

    void delete(Contact contact);

    long count();

    default Page<Contact> find(ContactFilter filter, Pageable page) {
        return findAll(filter.specification(), page);
    }

    default List<Contact> findAll(ContactFilter filter) {
        return findAll(filter.specification(), Sort.by("email"));
    }

    default long count(ContactFilter filter) {
        return count(filter.specification());
    }

    List<Contact> findAll(Specification<Contact> specification, Sort sort);
}
