package org.tandem.reminder;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliveredReminders extends JpaRepository<DeliveredReminder, Long> {

    @Query("""
            select d.onceKey from DeliveredReminder d
            where d.recipientId = :recipientId and d.onceKey in :keys
            """)
    List<String> deliveredKeys(@Param("recipientId") long recipientId, @Param("keys") Collection<String> keys);
}
