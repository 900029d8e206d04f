package org.tandem.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface Pledges extends JpaRepository<CoProductionPledge, Long> {
}
