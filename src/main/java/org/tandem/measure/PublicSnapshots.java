package org.tandem.measure;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicSnapshots extends JpaRepository<PublicSnapshot, Long> {

    Optional<PublicSnapshot> findFirstByOrderByTakenAtDescIdDesc();

    boolean existsByReportId(long reportId);
}
