package org.tandem.risk;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskScorings extends JpaRepository<RiskScoring, Long> {
}
