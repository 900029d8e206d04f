package org.tandem.sef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.AdminOnly;
import org.tandem.people.SignedIn;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * The readiness list: what inspectors ask for at the start of an area SEND inspection, each item pointing at the
 * evidence that answers it, so that what is missing shows before they ask. Admins keep it; everyone reads it.
 */
@Service
public class ReadinessService {

    private final ReadinessItems items;
    private final EvidenceItems evidence;
    private final SefPermissions permissions;

    ReadinessService(ReadinessItems items, EvidenceItems evidence, SefPermissions permissions) {
        this.items = items;
        this.evidence = evidence;
        this.permissions = permissions;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public List<ReadinessRow> list() {
        List<ReadinessItem> all = items.findAllByOrderByPosition();
        Set<Long> ids = all.stream().flatMap(i -> i.getEvidenceIds().stream()).collect(Collectors.toSet());
        Map<Long, Evidence> byId = ids.isEmpty() ? Map.of() : evidence.withLinks(ids).stream()
                .collect(Collectors.toMap(Evidence::getId, e -> e));
        var maySee = permissions.seer();
        var mayChange = permissions.changer();
        boolean mayEdit = permissions.mayKeepTemplates();
        List<ReadinessRow> rows = new ArrayList<>();
        for (ReadinessItem item : all) {
            List<EvidenceRow> seen = new ArrayList<>();
            int hidden = 0;
            for (long id : item.getEvidenceIds()) {
                Evidence e = byId.get(id);
                if (e == null) {
                    continue;
                }
                if (maySee.test(e)) {
                    seen.add(EvidenceRow.of(e, mayChange.test(e)));
                } else {
                    hidden++;
                }
            }
            rows.add(new ReadinessRow(item.getId(), item.getVersion(), item.getTitle(), item.getDescription(),
                    seen, hidden, mayEdit));
        }
        return rows;
    }

    @AdminOnly
    @Transactional
    public long add(String title, String description) {
        requireKeeper();
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > 300) {
            throw new ValidationProblem("title", "Give the item a title of up to 300 characters.");
        }
        int next = items.findAllByOrderByPosition().stream().mapToInt(ReadinessItem::getPosition).max().orElse(0) + 1;
        return items.saveAndFlush(new ReadinessItem(next, clean, description == null ? "" : description.strip()))
                .getId();
    }

    /** Points an item at the evidence that answers it (replacing what it pointed at). */
    @AdminOnly
    @Transactional
    public void answer(long itemId, long version, Set<Long> evidenceIds) {
        requireKeeper();
        ReadinessItem item = items.findById(itemId).orElseThrow(() -> new ValidationProblem("id",
                "That item is no longer on the list."));
        if (item.getVersion() != version) {
            throw new ConcurrentEditException("this item");
        }
        if (!evidenceIds.isEmpty() && evidence.findAllById(evidenceIds).size() != evidenceIds.size()) {
            throw new ValidationProblem("evidenceIds", "One of those items is no longer in the library.");
        }
        item.answerWith(new HashSet<>(evidenceIds));
        items.saveAndFlush(item);
    }

    @AdminOnly
    @Transactional
    public void remove(long itemId, long version) {
        requireKeeper();
        ReadinessItem item = items.findById(itemId).orElseThrow(() -> new ValidationProblem("id",
                "That item is no longer on the list."));
        if (item.getVersion() != version) {
            throw new ConcurrentEditException("this item");
        }
        items.delete(item);
    }

    private void requireKeeper() {
        if (!permissions.mayKeepTemplates()) {
            throw new AccessDeniedException("Only admins keep the readiness list.");
        }
    }
}
