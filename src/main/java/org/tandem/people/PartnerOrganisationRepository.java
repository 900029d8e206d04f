package org.tandem.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    List<PartnerOrganisation> findAllByOrderByNameAsc();
}
