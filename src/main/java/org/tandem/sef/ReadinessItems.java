package org.tandem.sef;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadinessItems extends JpaRepository<ReadinessItem, Long> {

    List<ReadinessItem> findAllByOrderByPosition();
}
