package org.tandem.strategy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;
import org.tandem.shared.Rag;

/** One numbered priority of a strategy, with the outcomes it should bring for children and families. */
@Entity
@Table(name = "priority")
@Audited
public class Priority extends AbstractEntity {

    public static final int TITLE_LENGTH = 150;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int OUTCOME_LENGTH = 500;
    public static final int REASON_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false)
    private Strategy strategy;

    @Column(name = "priority_number", nullable = false)
    private int number;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title = "";

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_outcome", joinColumns = @JoinColumn(name = "priority_id"))
    @OrderColumn(name = "outcome_order")
    @Column(name = "statement", nullable = false, length = OUTCOME_LENGTH)
    private List<String> outcomes = new ArrayList<>();

    @Column(name = "sponsor_id")
    private @Nullable Long sponsorId;

    @Column(name = "lead_organisation_id")
    private @Nullable Long leadOrganisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rag_override", length = 10)
    private @Nullable Rag ragOverride;

    @Column(name = "rag_override_reason", length = REASON_LENGTH)
    private @Nullable String ragOverrideReason;

    @Column(name = "rag_override_by", length = 60)
    private @Nullable String ragOverrideBy;

    @Column(name = "rag_override_at")
    private @Nullable Instant ragOverrideAt;

    protected Priority() {
        this.strategy = null;
    }

    Priority(Strategy strategy, int number) {
        this.strategy = strategy;
        this.number = number;
    }

    void describe(int newNumber, String newTitle, String newDescription, List<String> newOutcomes,
            @Nullable Long newSponsorId, @Nullable Long newLeadOrganisationId) {
        this.number = newNumber;
        this.title = newTitle;
        this.description = newDescription;
        this.outcomes.clear();
        this.outcomes.addAll(newOutcomes);
        this.sponsorId = newSponsorId;
        this.leadOrganisationId = newLeadOrganisationId;
    }

    void overrideRag(Rag rag, String reason, String by, Instant at) {
        this.ragOverride = rag;
        this.ragOverrideReason = reason;
        this.ragOverrideBy = by;
        this.ragOverrideAt = at;
    }

    void clearOverride() {
        this.ragOverride = null;
        this.ragOverrideReason = null;
        this.ragOverrideBy = null;
        this.ragOverrideAt = null;
    }

    Strategy getStrategy() {
        return strategy;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getOutcomes() {
        return List.copyOf(outcomes);
    }

    public @Nullable Long getSponsorId() {
        return sponsorId;
    }

    public @Nullable Long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public @Nullable Rag getRagOverride() {
        return ragOverride;
    }

    public @Nullable String getRagOverrideReason() {
        return ragOverrideReason;
    }

    public @Nullable String getRagOverrideBy() {
        return ragOverrideBy;
    }

    public @Nullable Instant getRagOverrideAt() {
        return ragOverrideAt;
    }

    @Override
    public String toString() {
        return number + ". " + title;
    }
}
