package org.tandem.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin edits about a user; the form binds to it and the service checks it again. */
public class UserDraft {

    private @Nullable Long id;
    private long version;

    @NotBlank(message = "Enter a username")
    @Size(max = UserAccount.USERNAME_LENGTH, message = "Use at most " + UserAccount.USERNAME_LENGTH + " characters")
    @Pattern(regexp = "[a-z0-9._-]*", message = "Use lower-case letters, digits, dots, dashes and underscores only")
    private String username = "";

    @NotBlank(message = "Enter the person's name")
    @Size(max = UserAccount.DISPLAY_NAME_LENGTH,
            message = "Use at most " + UserAccount.DISPLAY_NAME_LENGTH + " characters")
    private String displayName = "";

    @Email(message = "Enter an e-mail address like name@example.org")
    @Size(max = UserAccount.EMAIL_LENGTH, message = "Use at most " + UserAccount.EMAIL_LENGTH + " characters")
    private String email = "";

    @NotEmpty(message = "Choose at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private @Nullable Long organisationId;

    private boolean enabled = true;

    public static UserDraft of(UserAccount user) {
        UserDraft draft = new UserDraft();
        draft.id = user.getId();
        draft.version = user.getVersion();
        draft.username = user.getUsername();
        draft.displayName = user.getDisplayName();
        draft.email = user.getEmail() == null ? "" : user.getEmail();
        draft.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        draft.organisationId = user.getOrganisation() == null ? null : user.getOrganisation().getId();
        draft.enabled = user.isEnabled();
        return draft;
    }

    /** Keeps what this draft holds but takes the version of {@code saved}, after someone else saved first. */
    public void rebaseOn(UserDraft saved) {
        this.version = saved.version;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
