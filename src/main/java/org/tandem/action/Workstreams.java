package org.tandem.action;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Workstreams extends JpaRepository<Workstream, Long> {

    List<Workstream> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    List<Workstream> findByLeadId(long leadId);

    Optional<Workstream> findFirstByNameIgnoreCase(String name);
}
