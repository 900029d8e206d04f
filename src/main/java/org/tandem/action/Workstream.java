package org.tandem.action;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/** A group of people, led by a workstream lead, that delivers actions for one or more priorities. */
@Entity
@Table(name = "workstream")
@Audited
public class Workstream extends AbstractEntity {

    public static final int NAME_LENGTH = 150;
    public static final int PURPOSE_LENGTH = 2000;

    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name = "";

    @Column(nullable = false, length = PURPOSE_LENGTH)
    private String purpose = "";

    @Column(name = "lead_id")
    private @Nullable Long leadId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "workstream_member", joinColumns = @JoinColumn(name = "workstream_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> memberIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "workstream_priority", joinColumns = @JoinColumn(name = "workstream_id"))
    @Column(name = "priority_id", nullable = false)
    private Set<Long> priorityIds = new HashSet<>();

    protected Workstream() {
    }

    Workstream(String name) {
        this.name = name;
    }

    void describe(String newName, String newPurpose, @Nullable Long newLeadId, Set<Long> members,
            Set<Long> priorities) {
        this.name = newName;
        this.purpose = newPurpose;
        this.leadId = newLeadId;
        this.memberIds.retainAll(members);
        this.memberIds.addAll(members);
        this.priorityIds.retainAll(priorities);
        this.priorityIds.addAll(priorities);
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public @Nullable Long getLeadId() {
        return leadId;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }

    public Set<Long> getPriorityIds() {
        return Set.copyOf(priorityIds);
    }

    @Override
    public String toString() {
        return name;
    }
}
