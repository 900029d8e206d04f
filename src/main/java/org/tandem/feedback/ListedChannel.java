package org.tandem.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A channel feedback is heard through, as admins keep the list. */
@Entity
@Table(name = "feedback_channel")
@Audited
public class ListedChannel extends ListedValue {

    protected ListedChannel() {
    }

    ListedChannel(String code, String label, int displayOrder) {
        super(code, label, displayOrder);
    }

    Channel channel() {
        return new Channel(getId(), getVersion(), getCode(), getLabel(), getDisplayOrder(), isActive());
    }
}
