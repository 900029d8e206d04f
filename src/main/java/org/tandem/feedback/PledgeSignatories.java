package org.tandem.feedback;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeSignatories extends JpaRepository<PledgeSignatory, Long> {

    List<PledgeSignatory> findAllByOrderBySignedOnAscIdAsc(Pageable pageable);

    boolean existsByOrganisationId(long organisationId);
}
