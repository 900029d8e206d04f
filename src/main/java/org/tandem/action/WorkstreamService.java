package org.tandem.action;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;
import org.tandem.people.AdminOnly;
import org.tandem.people.SignedIn;

/** Workstreams: everyone signed in reads them, admins set them up. */
@Service
public class WorkstreamService {

    private static final Map<String, String> LABELS = Map.of("name", "Name", "purpose", "Purpose",
            "leadId", "Lead", "memberIds", "Members", "priorityIds", "Priorities");

    private final Workstreams workstreams;
    private final UserService users;
    private final AuditHistory auditHistory;
    private final ActionPermissions permissions;

    WorkstreamService(Workstreams workstreams, UserService users, AuditHistory auditHistory,
            ActionPermissions permissions) {
        this.permissions = permissions;
        this.workstreams = workstreams;
        this.users = users;
        this.auditHistory = auditHistory;
    }

    /** Whether the person signed in sets up workstreams, so that screens offer it. */
    @SignedIn
    public boolean mayEdit() {
        return permissions.mayEditWorkstreams();
    }

    /** The people who may lead a workstream: workstream leads. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Person> candidateLeads() {
        return users.peopleWithRole(Role.WORKSTREAM_LEAD);
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<WorkstreamSummary> list() {
        List<Workstream> all = workstreams.findAllByOrderByNameAsc();
        Set<Long> leadIds = all.stream().map(Workstream::getLeadId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Person> leads = users.people(leadIds);
        return all.stream().map(workstream -> {
            Person lead = workstream.getLeadId() == null ? null : leads.get(workstream.getLeadId());
            return new WorkstreamSummary(workstream.getId(), workstream.getVersion(), workstream.getName(),
                    workstream.getPurpose(), workstream.getLeadId(), lead == null ? null : lead.displayName(),
                    workstream.getMemberIds(), workstream.getPriorityIds());
        }).toList();
    }

    @AdminOnly
    @Transactional
    public long create(String name, String purpose, @Nullable Long leadId, Set<Long> memberIds,
            Set<Long> priorityIds) {
        String cleanName = checkName(name);
        if (workstreams.existsByNameIgnoreCase(cleanName)) {
            throw new ValidationProblem("name", "There is already a workstream with that name.");
        }
        Workstream workstream = new Workstream(cleanName);
        workstream.describe(cleanName, checkPurpose(purpose), leadId, new HashSet<>(memberIds),
                new HashSet<>(priorityIds));
        return workstreams.saveAndFlush(workstream).getId();
    }

    @AdminOnly
    @Transactional
    public void update(long id, long version, String name, String purpose, @Nullable Long leadId,
            Set<Long> memberIds, Set<Long> priorityIds) {
        String cleanName = checkName(name);
        Workstream workstream = workstreams.findById(id)
                .orElseThrow(() -> new ValidationProblem("name", "That workstream no longer exists."));
        if (workstream.getVersion() != version) {
            throw new ConcurrentEditException("this workstream");
        }
        if (workstreams.existsByNameIgnoreCaseAndIdNot(cleanName, id)) {
            throw new ValidationProblem("name", "There is already a workstream with that name.");
        }
        workstream.describe(cleanName, checkPurpose(purpose), leadId, new HashSet<>(memberIds),
                new HashSet<>(priorityIds));
        try {
            workstreams.saveAndFlush(workstream);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this workstream");
        }
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        Workstream workstream = workstreams.findById(id)
                .orElseThrow(() -> new ValidationProblem("name", "That workstream no longer exists."));
        return auditHistory.of(Workstream.class, id, workstream.getName(), f -> LABELS.getOrDefault(f, f));
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ValidationProblem("name", "Enter the workstream's name.");
        }
        if (clean.length() > Workstream.NAME_LENGTH) {
            throw new ValidationProblem("name", "Use at most " + Workstream.NAME_LENGTH + " characters.");
        }
        return clean;
    }

    private static String checkPurpose(String purpose) {
        String clean = purpose == null ? "" : purpose.strip();
        if (clean.length() > Workstream.PURPOSE_LENGTH) {
            throw new ValidationProblem("purpose", "Use at most " + Workstream.PURPOSE_LENGTH + " characters.");
        }
        return clean;
    }
}
