package org.tandem.action;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Workstreams extends JpaRepository<Workstream, Long> {

    @org.springframework.data.jpa.repository.Query(
            "select distinct w from Workstream w left join fetch w.memberIds left join fetch w.priorityIds order by w.name")
    List<Workstream> findAllByOrderByNameAsc();

    @org.springframework.data.jpa.repository.Query("select w.id from Workstream w where w.leadId = :leadId")
    List<Long> idsLedBy(@org.springframework.data.repository.query.Param("leadId") long leadId);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    List<Workstream> findByLeadId(long leadId);

    Optional<Workstream> findFirstByNameIgnoreCase(String name);
}
