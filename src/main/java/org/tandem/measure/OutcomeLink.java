package org.tandem.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An outcome of one of its priorities that a measure evidences: the priority, and the outcome's wording. */
@Embeddable
public class OutcomeLink {

    public static final int STATEMENT_LENGTH = 500;

    @Column(name = "priority_id", nullable = false)
    private long priorityId;
    @Column(nullable = false, length = STATEMENT_LENGTH)
    private String statement = "";

    protected OutcomeLink() {
    }

    public OutcomeLink(long priorityId, String statement) {
        this.priorityId = priorityId;
        this.statement = statement;
    }

    public long priorityId() {
        return priorityId;
    }

    public String statement() {
        return statement;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeLink that && priorityId == that.priorityId && statement.equals(that.statement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priorityId, statement);
    }

    @Override
    public String toString() {
        return statement;
    }
}
