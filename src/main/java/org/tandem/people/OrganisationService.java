package org.tandem.people;

import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;

/** Partner organisations: everyone signed in can list them, admins manage them. */
@Service
public class OrganisationService {

    private static final Map<String, String> LABELS = Map.of("name", "Name", "kind", "Kind");

    private final PartnerOrganisationRepository organisations;
    private final AuditHistory auditHistory;

    OrganisationService(PartnerOrganisationRepository organisations, AuditHistory auditHistory) {
        this.organisations = organisations;
        this.auditHistory = auditHistory;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<OrganisationSummary> list() {
        return organisations.findAllByOrderByNameAsc().stream().map(OrganisationSummary::of).toList();
    }

    @AdminOnly
    @Transactional
    public long create(String name, OrganisationKind kind) {
        String cleanName = checkName(name);
        if (organisations.existsByNameIgnoreCase(cleanName)) {
            throw new ValidationProblem("name", "There is already an organisation with that name.");
        }
        return organisations.saveAndFlush(new PartnerOrganisation(cleanName, kind)).getId();
    }

    @AdminOnly
    @Transactional
    public void update(long id, long version, String name, OrganisationKind kind) {
        String cleanName = checkName(name);
        PartnerOrganisation organisation = organisations.findById(id)
                .orElseThrow(() -> new ValidationProblem("name", "That organisation no longer exists."));
        if (organisation.getVersion() != version) {
            throw new ConcurrentEditException("this organisation");
        }
        if (organisations.existsByNameIgnoreCaseAndIdNot(cleanName, id)) {
            throw new ValidationProblem("name", "There is already an organisation with that name.");
        }
        organisation.rename(cleanName, kind);
        try {
            organisations.saveAndFlush(organisation);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this organisation");
        }
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        PartnerOrganisation organisation = organisations.findById(id)
                .orElseThrow(() -> new ValidationProblem("name", "That organisation no longer exists."));
        return auditHistory.of(PartnerOrganisation.class, id, organisation.getName(),
                field -> LABELS.getOrDefault(field, field));
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ValidationProblem("name", "Enter the organisation's name.");
        }
        if (clean.length() > PartnerOrganisation.NAME_LENGTH) {
            throw new ValidationProblem("name", "Use at most " + PartnerOrganisation.NAME_LENGTH + " characters.");
        }
        return clean;
    }
}
