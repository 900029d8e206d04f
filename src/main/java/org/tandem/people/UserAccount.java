package org.tandem.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.tandem.shared.AbstractEntity;

/** A person who signs in to Tandem. */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_LENGTH = 60;
    public static final int EMAIL_LENGTH = 254;
    public static final int DISPLAY_NAME_LENGTH = 120;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(length = EMAIL_LENGTH)
    private @Nullable String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private @Nullable PartnerOrganisation organisation;

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
    }

    UserAccount(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public @Nullable PartnerOrganisation getOrganisation() {
        return organisation;
    }

    void describe(String newDisplayName, @Nullable String newEmail, @Nullable PartnerOrganisation newOrganisation) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.organisation = newOrganisation;
    }

    void assignRoles(Set<Role> newRoles) {
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }
}
