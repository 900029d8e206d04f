package org.tandem.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
    public long create(String name, @Nullable OrganisationKind kind) {
        String cleanName = check(name, kind);
        if (organisations.existsByNameIgnoreCase(cleanName)) {
            throw new ValidationProblem("name", "There is already an organisation with that name.");
        }
        return organisations.saveAndFlush(new PartnerOrganisation(cleanName, Objects.requireNonNull(kind))).getId();
    }

    @AdminOnly
    @Transactional
    public void update(long id, long version, String name, @Nullable OrganisationKind kind) {
        String cleanName = check(name, kind);
        PartnerOrganisation organisation = organisations.findById(id)
                .orElseThrow(() -> new ValidationProblem("name", "That organisation no longer exists."));
        if (organisation.getVersion() != version) {
            throw new ConcurrentEditException("this organisation");
        }
        if (organisations.existsByNameIgnoreCaseAndIdNot(cleanName, id)) {
            throw new ValidationProblem("name", "There is already an organisation with that name.");
        }
        organisation.rename(cleanName, Objects.requireNonNull(kind));
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

    /** The name, cleaned; both rules at once when both are broken, so that the form shows them together. */
    private static String check(@Nullable String name, @Nullable OrganisationKind kind) {
        String clean = name == null ? "" : name.strip();
        List<ValidationProblem> problems = new ArrayList<>();
        if (clean.isEmpty()) {
            problems.add(new ValidationProblem("name", "Enter the organisation's name."));
        } else if (clean.length() > PartnerOrganisation.NAME_LENGTH) {
            problems.add(new ValidationProblem("name", "Use at most " + PartnerOrganisation.NAME_LENGTH
                    + " characters."));
        }
        if (kind == null) {
            problems.add(new ValidationProblem("kind", "Choose the kind of organisation."));
        }
        if (!problems.isEmpty()) {
            ValidationProblem first = problems.getFirst();
            throw new ValidationProblem(first.field(), first.getMessage(), problems.subList(1, problems.size()));
        }
        return clean;
    }
}
