package io.newsroom.contacts.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ContactLists extends Repository<ContactList, Long> {

    ContactList save(ContactList list);

    Optional<ContactList> findById(Long id);

    Optional<ContactList> findByNameIgnoreCase(String name);

    List<ContactList> findAllByOrderByNameAsc();

    void delete(ContactList list);

    @Modifying
    @Query(value = "insert into contact_list_member (list_id, contact_id) values (:list, :contact) on conflict do nothing",
            nativeQuery = true)
    int add(@Param("list") long listId, @Param("contact") long contactId);

    @Modifying
    @Query(value = "delete from contact_list_member where list_id = :list and contact_id = :contact", nativeQuery = true)
    int remove(@Param("list") long listId, @Param("contact") long contactId);

    @Query(value = "select list_id from contact_list_member where contact_id = :contact", nativeQuery = true)
    List<Long> listsOf(@Param("contact") long contactId);

    @Query(value = "select count(*) from contact_list_member where list_id = :list", nativeQuery = true)
    long size(@Param("list") long listId);
}
