package org.tandem.feedback;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackSteps extends JpaRepository<FeedbackStep, Long> {

    List<FeedbackStep> findByFeedbackIdOrderByTakenAtAscIdAsc(long feedbackId);
}
