package org.tandem.feedback;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoProductionActivities extends JpaRepository<CoProductionActivity, Long> {

    List<CoProductionActivity> findAllByOrderByHeldOnDescIdDesc(Pageable pageable);

    boolean existsByTitle(String title);
}
