package org.tandem.risk;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskReviews extends JpaRepository<RiskReview, Long> {

    List<RiskReview> findByRiskIdOrderByReviewedOnDescIdDesc(long riskId, Limit limit);
}
