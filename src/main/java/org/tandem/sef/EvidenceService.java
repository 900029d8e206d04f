package org.tandem.sef;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.SignedIn;
import org.tandem.shared.BeanCheck;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * The evidence library: adding evidence with a file or a link, finding it, changing and removing it, and sending a
 * file back. Each addition is all or nothing: a file refused or cut off half way leaves no file and no row.
 */
@Service
public class EvidenceService {

    private final EvidenceItems items;
    private final EvidenceFiles files;
    private final ReadinessItems readiness;
    private final Criteria criteria;
    private final org.tandem.action.ActionPlanService plan;
    private final SupportNames names;
    private final SefPermissions permissions;
    private final BeanCheck check;
    private final Clock clock;

    EvidenceService(EvidenceItems items, EvidenceFiles files, ReadinessItems readiness, Criteria criteria,
            org.tandem.action.ActionPlanService plan, SupportNames names, SefPermissions permissions,
            BeanCheck check, Clock clock) {
        this.names = names;
        this.items = items;
        this.files = files;
        this.readiness = readiness;
        this.criteria = criteria;
        this.plan = plan;
        this.permissions = permissions;
        this.check = check;
        this.clock = clock;
    }

    /** The largest file the library takes, in bytes (20 MB unless tandem.sef.max-upload-mb says otherwise). */
    @SignedIn
    public long maxFileBytes() {
        return files.maxBytes();
    }

    /** The kinds this person may add; empty when they add none. */
    @SignedIn
    public List<EvidenceKind> kindsIMayAdd() {
        if (!permissions.mayAddEvidence()) {
            return List.of();
        }
        return java.util.Arrays.stream(EvidenceKind.values()).filter(permissions::mayAdd).toList();
    }

    /** Adds one item, with a link or (when {@code file} is given) a stored file. */
    @SignedIn
    @Transactional
    public long add(EvidenceDraft draft, @Nullable IncomingFile file) {
        requireAdd(draft);
        check.valid(draft);
        requireLinks(draft, java.util.Set.of());
        String link = draft.getLink() == null ? "" : draft.getLink().strip();
        if (file == null && link.isEmpty()) {
            throw new ValidationProblem("link", "Upload a file or give a link to where the evidence is.");
        }
        if (file == null) {
            draft.setLink(safeLink(link));
        }
        Evidence evidence = new Evidence(draft, permissions.me(), permissions.name(), clock.instant());
        if (file != null) {
            evidence.attach(files.store(file));
        }
        return items.saveAndFlush(evidence).getId();
    }

    /**
     * Adds one item for each file uploaded together, all described alike; each is titled by its file name when
     * several come at once. All or nothing: one refused file stores none of them.
     */
    @SignedIn
    @Transactional
    public List<Long> addFiles(EvidenceDraft draft, List<IncomingFile> incoming) {
        if (incoming.isEmpty()) {
            throw new ValidationProblem("file", "Choose at least one file to upload.");
        }
        List<Long> ids = new ArrayList<>();
        String title = draft.getTitle();
        for (IncomingFile file : incoming) {
            if (incoming.size() > 1 || title.isBlank()) {
                draft.setTitle((title.isBlank() ? "" : title.strip() + ": ") + EvidenceFiles.cleanName(file.name()));
            }
            ids.add(add(draft, file));
        }
        return ids;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Page<EvidenceRow> list(EvidenceFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("evidencedOn"), Sort.Order.asc("id")));
        var mayChange = permissions.changer();
        Page<Evidence> page = items.findAll(matching(filter), sorted);
        var named = names.name(page.stream().flatMap(e -> e.getLinks().stream()).toList());
        return page.map(e -> EvidenceRow.of(e, mayChange.test(e), named));
    }

    /** The priorities, actions, risks and "you said, we did" items this evidence supports that the person sees. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<SupportedItem> supports(long evidenceId) {
        return List.copyOf(names.name(find(evidenceId).getLinks()).values());
    }

    /**
     * Items of one kind to link evidence to, whose name holds {@code words}: a bounded page for a lazy list, asked
     * of the module that keeps them. Only for those who add evidence.
     */
    @SignedIn
    @Transactional(readOnly = true)
    public List<SupportedItem> offer(LinkTarget kind, String words, int offset, int limit) {
        if (!permissions.mayAddEvidence()) {
            throw new AccessDeniedException("Admins, workstream leads and forum reps add evidence.");
        }
        return names.offer(kind, words == null ? "" : words, Math.max(0, offset), Math.clamp(limit, 1, 100));
    }

    @SignedIn
    @Transactional(readOnly = true)
    public long count(EvidenceFilter filter) {
        return items.count(matching(filter));
    }

    @SignedIn
    @Transactional(readOnly = true)
    public EvidenceDraft edit(long id) {
        Evidence evidence = find(id);
        requireChange(evidence);
        return EvidenceDraft.of(evidence);
    }

    /** Changes what is said about an item and what it supports; its file stays as it was. */
    @SignedIn
    @Transactional
    public void update(EvidenceDraft draft) {
        check.valid(draft);
        Evidence evidence = find(draft.getId() == null ? -1 : draft.getId());
        requireChange(evidence);
        requireLinks(draft, evidence.getLinks());
        if (!permissions.mayAdd(draft.getKind())) {
            throw new AccessDeniedException("Forum reps add and change family-feedback evidence only.");
        }
        if (evidence.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException("this evidence");
        }
        if (evidence.getFileId() == null) {
            draft.setLink(safeLink(draft.getLink() == null ? "" : draft.getLink().strip()));
        }
        evidence.describe(draft);
        if (evidence.getFileId() == null) {
            evidence.relink(draft.getLink());
        }
        try {
            items.saveAndFlush(evidence);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this evidence");
        }
    }

    @SignedIn
    @Transactional
    public void remove(long id, long version) {
        Evidence evidence = find(id);
        requireChange(evidence);
        if (evidence.getVersion() != version) {
            throw new ConcurrentEditException("this evidence");
        }
        Long fileId = evidence.getFileId();
        readiness.forget(id);
        evidence = items.findById(id).orElseThrow();
        items.delete(evidence);
        items.flush();
        if (fileId != null) {
            files.delete(fileId);
        }
    }

    /** The stored file's name and safe type, for sending it back; refused to those who may not see the item. */
    @SignedIn
    @Transactional(readOnly = true)
    public StoredFile file(long evidenceId) {
        Evidence evidence = find(evidenceId);
        if (evidence.getFileId() == null) {
            throw new ValidationProblem("file", "That evidence is a link, not a stored file.");
        }
        return new StoredFile(evidence.getFileId(), evidence.getFileName(), safeType(evidence.getContentType()),
                evidence.getSizeBytes(), evidence.getSha256());
    }

    /** Streams the stored file to {@code out}, checking again who is asking. */
    @SignedIn
    @Transactional(readOnly = true)
    public void writeFile(long evidenceId, OutputStream out) {
        StoredFile file = file(evidenceId);
        files.copy(file.id(), out);
    }

    /** Only the types the library keeps go back as themselves; anything else as plain bytes. */
    static String safeType(String type) {
        return type != null && EvidenceFiles.KEPT.containsKey(type) ? type : "application/octet-stream";
    }

    static String safeLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ValidationProblem("link", "Give a web address starting with https:// or http://.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new ValidationProblem("link", "That is not a web address; give one starting with https://.");
        }
    }

    private Specification<Evidence> matching(EvidenceFilter filter) {
        boolean seesAll = permissions.seesPersonalData();
        Long me = permissions.me();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!seesAll) {
                where.add(me == null ? cb.isFalse(root.get("personalData"))
                        : cb.or(cb.isFalse(root.get("personalData")), cb.equal(root.get("addedById"), me)));
            }
            if (!filter.text().isEmpty()) {
                String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("description")), like, '\\'),
                        cb.like(cb.lower(root.get("sourceOrganisation")), like, '\\')));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.voice() != null) {
                where.add(cb.equal(root.get("voice"), filter.voice()));
            }
            if (filter.criterionId() != null) {
                Join<Evidence, EvidenceLink> link = root.join("links");
                where.add(cb.and(cb.equal(link.get("kind"), LinkTarget.CRITERION),
                        cb.equal(link.get("targetId"), filter.criterionId())));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * What the evidence supports must exist: criteria here, actions in the action plan, and a newly linked
     * priority, risk or "you said, we did" item where the person can see it. Links already held are kept as they
     * are (one to a confidential risk stays, though this person may not see it).
     */
    private void requireLinks(EvidenceDraft draft, java.util.Set<EvidenceLink> held) {
        List<EvidenceLink> added = draft.getOtherLinks().stream().filter(l -> !held.contains(l)).toList();
        if (added.stream().anyMatch(l -> l.kind() == LinkTarget.CRITERION || l.kind() == LinkTarget.ACTION)) {
            throw new ValidationProblem("otherLinks", "Link criteria and actions in their own fields.");
        }
        var named = names.name(added);
        for (EvidenceLink link : added) {
            if (!named.containsKey(link)) {
                throw new ValidationProblem("otherLinks", "One of those " + switch (link.kind()) {
                    case PRIORITY -> "priorities";
                    case RISK -> "risks";
                    default -> "\"you said, we did\" items";
                } + " no longer exists, or you may not see it.");
            }
        }
        if (!draft.getCriterionIds().isEmpty()
                && criteria.findAllById(draft.getCriterionIds()).size() != draft.getCriterionIds().size()) {
            throw new ValidationProblem("criterionIds", "One of those criteria is no longer in any framework.");
        }
        if (!draft.getActionIds().isEmpty() && !plan.export(org.tandem.action.ActionFilter.none()).stream()
                .map(org.tandem.action.ActionRow::id).collect(java.util.stream.Collectors.toSet())
                .containsAll(draft.getActionIds())) {
            throw new ValidationProblem("actionIds", "One of those actions no longer exists.");
        }
    }

    private void requireAdd(EvidenceDraft draft) {
        if (!permissions.mayAddEvidence()) {
            throw new AccessDeniedException("Admins, workstream leads and forum reps add evidence.");
        }
        if (draft.getKind() != null && !permissions.mayAdd(draft.getKind())) {
            throw new AccessDeniedException("Forum reps add family-feedback evidence; other kinds are added by "
                    + "admins and workstream leads.");
        }
    }

    private void requireChange(Evidence evidence) {
        if (!permissions.mayChange(evidence)) {
            throw new AccessDeniedException("Only whoever added this evidence, or an admin, changes it.");
        }
    }

    private Evidence find(long id) {
        Evidence evidence = items.findById(id).orElseThrow(() -> new ValidationProblem("id",
                "That evidence no longer exists."));
        if (!permissions.maySee(evidence)) {
            throw new AccessDeniedException("This evidence holds personal data: only admins, board members and "
                    + "whoever added it open it.");
        }
        return evidence;
    }
}
