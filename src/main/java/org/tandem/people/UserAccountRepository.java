package org.tandem.people;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = "organisation")
    @Query("""
            select u from UserAccount u
            where (:text = '' or lower(u.username) like concat('%', :text, '%')
                   or lower(u.displayName) like concat('%', :text, '%')
                   or lower(coalesce(u.email, '')) like concat('%', :text, '%'))
              and (:role is null or :role member of u.roles)
            """)
    Page<UserAccount> search(@Param("text") String text, @Param("role") @Nullable Role role, Pageable pageable);

    @Query("select new org.tandem.people.Person(u.id, u.username, u.displayName, u.email) from UserAccount u"
            + " where u.id in :ids")
    List<Person> peopleByIds(@Param("ids") java.util.Collection<Long> ids);

    @Query("select new org.tandem.people.Person(u.id, u.username, u.displayName, u.email) from UserAccount u"
            + " where u.username in :usernames")
    List<Person> peopleByUsernames(@Param("usernames") java.util.Collection<String> usernames);

    @Query("select new org.tandem.people.Person(u.id, u.username, u.displayName, u.email) from UserAccount u"
            + " where u.enabled = true order by u.displayName")
    List<Person> enabledPeople();

    @Query("select new org.tandem.people.Person(u.id, u.username, u.displayName, u.email) from UserAccount u"
            + " where u.enabled = true and (:text = '' or lower(u.displayName) like concat('%', :text, '%')"
            + " or lower(u.username) like concat('%', :text, '%')) order by u.displayName, u.id")
    List<Person> enabledPeopleMatching(@Param("text") String text, Pageable pageable);

    @Query("select new org.tandem.people.Person(u.id, u.username, u.displayName, u.email) from UserAccount u"
            + " join u.roles r where u.enabled = true and r = :role order by u.displayName")
    List<Person> enabledPeopleWithRole(@Param("role") Role role);

    @Query("select r, count(u) from UserAccount u join u.roles r where u.enabled = true group by r")
    List<Object[]> countEnabledByRole();

    @Query("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = :role")
    long countEnabledWithRole(@Param("role") @Nullable Role role);

    @EntityGraph(attributePaths = "organisation")
    @Query("select u from UserAccount u join u.roles r where u.enabled = true and r = :role order by u.displayName")
    List<UserAccount> findEnabledWithRole(@Param("role") @Nullable Role role);
}
