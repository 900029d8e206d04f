package org.tandem.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reminder meant to reach a person once ({@link Reminder#onceKey()}) that a digest has carried to them. */
@Entity
@Table(name = "reminder_delivered")
class DeliveredReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "once_key", nullable = false, length = Reminder.ONCE_KEY_LENGTH)
    private String onceKey = "";

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn = LocalDate.EPOCH;

    protected DeliveredReminder() {
    }

    DeliveredReminder(long recipientId, String onceKey, LocalDate deliveredOn) {
        this.recipientId = recipientId;
        this.onceKey = onceKey;
        this.deliveredOn = deliveredOn;
    }

    String getOnceKey() {
        return onceKey;
    }
}
