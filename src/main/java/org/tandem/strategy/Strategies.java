package org.tandem.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Strategies extends JpaRepository<Strategy, Long> {

    Optional<Strategy> findFirstByCurrentTrue();

    List<Strategy> findAllByOrderByPeriodFromDesc();

    Optional<Strategy> findFirstByName(String name);
}
