package org.tandem.action;

import java.time.LocalDate;
import org.tandem.shared.Rag;

/** Where an action stands today, for other modules that link to actions (a risk's mitigations, say). */
public record ActionStanding(long id, String reference, String title, ActionStatus status, Rag rag,
        LocalDate dueDate, boolean overdue) {
}
