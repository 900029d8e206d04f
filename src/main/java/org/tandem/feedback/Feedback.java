package org.tandem.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;
import org.tandem.shared.ValidationProblem;

/**
 * "You said": one piece of feedback from a group of families, young people or professionals, and the
 * partnership's answer to it. Its stage only moves through the named steps below, each of which refuses to be
 * taken out of order.
 */
@Entity
@Table(name = "feedback_item")
@Audited
public class Feedback extends AbstractEntity {

    public static final int SAID_LENGTH = 4000;
    public static final int RESPONSE_LENGTH = 4000;
    public static final int REASON_LENGTH = 1000;
    public static final int PUBLIC_LENGTH = 2000;
    public static final int MAX_PEOPLE = 100_000;

    @Column(name = "what_was_said", nullable = false, length = SAID_LENGTH)
    private String whatWasSaid = "";

    @Column(name = "said_on", nullable = false)
    private LocalDate saidOn = LocalDate.EPOCH;

    /** The code of a {@link ListedChannel}. */
    @Column(nullable = false, length = ListedValue.CODE_LENGTH)
    private String channel = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "voice_group", nullable = false, length = 30)
    private VoiceGroup voiceGroup = VoiceGroup.PARENTS_AND_CARERS;

    @Column(name = "people_count")
    private @Nullable Integer peopleCount;

    // The codes of its ListedThemes. Lists show each row's themes: loaded for a page of rows at once rather
    // than one row at a time.
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "feedback_theme", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "theme", nullable = false, length = ListedValue.CODE_LENGTH)
    private Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "feedback_priority", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "priority_id", nullable = false)
    private Set<Long> priorityIds = new HashSet<>();

    @Column(name = "logged_by", nullable = false, length = 60)
    private String loggedBy = "";

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.LOGGED;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "officer_id")
    private @Nullable Long officerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "response_kind", length = 20)
    private @Nullable ResponseKind responseKind;

    @Column(name = "response_text", length = RESPONSE_LENGTH)
    private @Nullable String responseText;

    @Column(name = "could_not_reason", length = REASON_LENGTH)
    private @Nullable String couldNotReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "feedback_action", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "action_id", nullable = false)
    private Set<Long> actionIds = new HashSet<>();

    @Column(name = "public_you_said", length = PUBLIC_LENGTH)
    private @Nullable String publicYouSaid;

    @Column(name = "public_we_did", length = PUBLIC_LENGTH)
    private @Nullable String publicWeDid;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "withdrawn_reason", length = REASON_LENGTH)
    private @Nullable String withdrawnReason;

    protected Feedback() {
    }

    Feedback(String loggedBy, Instant loggedAt) {
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    void describe(String said, LocalDate on, String newChannel, VoiceGroup group, @Nullable Integer count,
            Set<String> newThemes, Set<Long> priorities) {
        require(NextStep.EDIT);
        this.whatWasSaid = said;
        this.saidOn = on;
        this.channel = newChannel;
        this.voiceGroup = group;
        this.peopleCount = count;
        this.themes.retainAll(newThemes);
        this.themes.addAll(newThemes);
        this.priorityIds.retainAll(priorities);
        this.priorityIds.addAll(priorities);
    }

    /** To a partner organisation and one of its officers; an assigned item may be passed to someone else. */
    void assign(long organisation, long officer) {
        require(NextStep.ASSIGN);
        this.organisationId = organisation;
        this.officerId = officer;
        this.stage = Stage.ASSIGNED;
    }

    /** The officer's "we did"; redrafting after the forum agreed takes it back for their agreement. */
    void draftResponse(ResponseKind kind, String text, @Nullable String reason, Set<Long> actions) {
        require(NextStep.RESPOND);
        if (kind == ResponseKind.COULD_NOT_DO && (reason == null || reason.isBlank())) {
            throw new ValidationProblem("couldNotReason", "Say why it could not be done: families want to know.");
        }
        this.responseKind = kind;
        this.responseText = text;
        this.couldNotReason = kind == ResponseKind.COULD_NOT_DO ? reason : null;
        this.actionIds.retainAll(actions);
        this.actionIds.addAll(actions);
        this.stage = Stage.RESPONSE_DRAFTED;
    }

    /** The reviewed public wording, until publishing; {@link #updatePublished} after. */
    void word(String youSaid, String weDid) {
        require(NextStep.WORD);
        this.publicYouSaid = youSaid;
        this.publicWeDid = weDid;
    }

    /** New wording for what the public already reads. */
    void updatePublished(String youSaid, String weDid) {
        require(NextStep.UPDATE_PUBLISHED);
        this.publicYouSaid = youSaid;
        this.publicWeDid = weDid;
    }

    /** Agrees the wording given, which replaces any saved before, so that what is agreed is what was read. */
    void agree(String youSaid, String weDid) {
        require(NextStep.AGREE);
        word(youSaid, weDid);
        agree();
    }

    void agree() {
        require(NextStep.AGREE);
        if (isBlank(publicYouSaid) || isBlank(publicWeDid)) {
            throw new ValidationProblem("publicYouSaid", "Write the public \"you said\" and \"we did\" first.");
        }
        this.stage = Stage.AGREED;
    }

    void publish(Instant at) {
        require(NextStep.PUBLISH);
        this.publishedAt = at;
        this.withdrawnReason = null;
        this.stage = Stage.PUBLISHED;
    }

    void withdraw(String reason) {
        require(NextStep.WITHDRAW);
        this.withdrawnReason = reason;
        this.stage = Stage.WITHDRAWN;
    }

    /** Archived items leave the working lists and, if they were published, the public page. */
    void archive() {
        require(NextStep.ARCHIVE);
        this.stage = Stage.ARCHIVED;
    }

    /** Whether its stage allows the step now: the same rule the step checks when it is taken. */
    boolean allows(NextStep step) {
        return step.allowedFrom(stage);
    }

    private void require(NextStep step) {
        if (!allows(step)) {
            throw new ValidationProblem("stage", "This item is " + stage.label().toLowerCase()
                    + ", so it cannot be " + step.done() + " now.");
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** No response yet, and logged more than {@code days} days before {@code today}. */
    public boolean isOverdue(LocalDate loggedOn, LocalDate today, int days) {
        return stage.awaitsResponse() && loggedOn.plusDays(days).isBefore(today);
    }

    public String getWhatWasSaid() {
        return whatWasSaid;
    }

    public LocalDate getSaidOn() {
        return saidOn;
    }

    /** The code of its channel. */
    public String getChannel() {
        return channel;
    }

    public VoiceGroup getVoiceGroup() {
        return voiceGroup;
    }

    public @Nullable Integer getPeopleCount() {
        return peopleCount;
    }

    /** The codes of its themes. */
    public Set<String> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<Long> getPriorityIds() {
        return Set.copyOf(priorityIds);
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Stage getStage() {
        return stage;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public @Nullable Long getOfficerId() {
        return officerId;
    }

    public @Nullable ResponseKind getResponseKind() {
        return responseKind;
    }

    public @Nullable String getResponseText() {
        return responseText;
    }

    public @Nullable String getCouldNotReason() {
        return couldNotReason;
    }

    public Set<Long> getActionIds() {
        return Set.copyOf(actionIds);
    }

    public @Nullable String getPublicYouSaid() {
        return publicYouSaid;
    }

    public @Nullable String getPublicWeDid() {
        return publicWeDid;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getWithdrawnReason() {
        return withdrawnReason;
    }
}
