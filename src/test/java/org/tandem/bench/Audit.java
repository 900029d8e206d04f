package org.tandem.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tandem.action.ActionStatus;

/**
 * The Envers rows the services would have written: a revision per change set; the set-up of the strategy and
 * workstreams (history pages follow an action's workstream into them); each action as created, with its partners
 * and co-production; then per update the new update and the action's new status and percentage, as
 * {@code ActionService.postUpdate} changes both in one revision.
 */
final class Audit implements AutoCloseable {

    static final int ADD = 0;
    private static final int MOD = 1;

    private final JdbcTemplate jdbc;
    private final String creator;
    private final BulkInsert revisions;
    private final List<BulkInsert> tables = new ArrayList<>();
    private long nextRevision;
    private final BulkInsert actions;
    private final BulkInsert partners;
    private final BulkInsert coProduction;
    private final BulkInsert updates;

    Audit(JdbcTemplate jdbc, long firstRevision, String creator) {
        this.jdbc = jdbc;
        this.creator = creator;
        this.nextRevision = firstRevision;
        revisions = new BulkInsert(jdbc, "audit_revision", "id", "revision_time", "username");
        actions = table("action_item_aud", "id", "rev", "revtype", "reference", "title", "description",
                "priority_id", "workstream_id", "owner_id", "start_date", "due_date", "status", "percent_complete",
                "completed_on", "cancel_reason", "signed_off_by", "signed_off_at");
        partners = table("action_partner_aud", "rev", "revtype", "action_id", "organisation_id");
        coProduction = table("action_coproduction_aud", "rev", "revtype", "action_id", "partner");
        updates = table("progress_update_aud", "id", "rev", "revtype", "action_id", "half_term_id", "status",
                "percent_complete", "narrative", "author", "created_at", "updated_at");
    }

    /** A new change set made by {@code username} at {@code at}; its number. */
    long revision(Instant at, String username) {
        long revision = nextRevision++;
        revisions.row(revision, at.toEpochMilli(), username);
        return revision;
    }

    /** The audit table {@code name}, written after the revisions its rows refer to. */
    BulkInsert table(String name, String... columns) {
        BulkInsert table = new BulkInsert(jdbc, name, columns).referring(revisions);
        tables.add(table);
        return table;
    }

    void created(LargePartnership.Action action) {
        long revision = revision(LargePartnership.noon(action.start), creator);
        actions.row(action.id, revision, ADD, action.reference, action.title, action.description, action.priorityId,
                action.workstreamId, action.ownerId, action.start, action.due, ActionStatus.NOT_STARTED, 0, null,
                null, null, null);
        action.partners.forEach(organisation -> partners.row(revision, ADD, action.id, organisation));
        action.coProducedWith.forEach(partner -> coProduction.row(revision, ADD, action.id, partner));
    }

    void updated(LargePartnership.Action action, long updateId, long halfTermId, ActionStatus status, int percent,
            String narrative, Instant at) {
        long revision = revision(at, action.ownerName);
        updates.row(updateId, revision, ADD, action.id, halfTermId, status, percent, narrative, action.ownerName, at,
                at);
        actions.row(action.id, revision, MOD, action.reference, action.title, action.description, action.priorityId,
                action.workstreamId, action.ownerId, action.start, action.due, status, percent, null, null, null,
                null);
    }

    @Override
    public void close() {
        tables.forEach(BulkInsert::close);
        revisions.close();
    }
}
