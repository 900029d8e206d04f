package org.tandem.people;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;
import org.tandem.shared.audit.AuditHistory;
import org.tandem.shared.audit.HistoryEntry;

/** The one door to users: admins manage them, everyone manages their own password. */
@Service
public class UserService {

    private static final Map<String, String> LABELS = Map.of(
            "username", "Username", "displayName", "Name", "email", "E-mail", "passwordHash", "Password",
            "enabled", "Enabled", "roles", "Roles", "organisation", "Organisation");

    private final UserAccountRepository users;
    private final PartnerOrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final AuditHistory auditHistory;
    private final CurrentUser currentUser;
    private final PeopleNames names;

    UserService(UserAccountRepository users, PartnerOrganisationRepository organisations,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Validator validator,
            ApplicationEventPublisher events, AuditHistory auditHistory, CurrentUser currentUser,
            PeopleNames names) {
        this.currentUser = currentUser;
        this.names = names;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.events = events;
        this.auditHistory = auditHistory;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Page<UserSummary> list(String text, @Nullable Role role, Pageable pageable) {
        return users.search(text.strip().toLowerCase(Locale.ROOT), role, pageable).map(UserSummary::of);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public UserDraft edit(long id) {
        return UserDraft.of(find(id));
    }

    @AdminOnly
    @Transactional
    public long create(UserDraft draft, String initialPassword) {
        check(draft);
        if (users.existsByUsername(draft.getUsername())) {
            throw new ValidationProblem("username", "That username is taken. Choose another.");
        }
        checkPassword(initialPassword);
        UserAccount user = new UserAccount(draft.getUsername(), draft.getDisplayName(),
                passwordEncoder.encode(initialPassword));
        apply(draft, user);
        return users.saveAndFlush(user).getId();
    }

    @AdminOnly
    @Transactional
    public void update(UserDraft draft) {
        check(draft);
        UserAccount user = find(draft.getId());
        guardVersion(user, draft.getVersion());
        if (!user.getUsername().equals(draft.getUsername())) {
            throw new ValidationProblem("username", "A username cannot be changed once the account exists.");
        }
        apply(draft, user);
        flush(user);
    }

    @AdminOnly
    @Transactional
    public void disable(long id, long version) {
        UserAccount user = find(id);
        guardVersion(user, version);
        if (user.getUsername().equals(currentUsername())) {
            throw new ValidationProblem("enabled", "You cannot disable your own account.");
        }
        user.disable();
        flush(user);
        events.publishEvent(new UserDisabled(user.getUsername()));
    }

    @AdminOnly
    @Transactional
    public void enable(long id, long version) {
        UserAccount user = find(id);
        guardVersion(user, version);
        user.enable();
        flush(user);
    }

    @AdminOnly
    @Transactional
    public void resetPassword(long id, String newPassword) {
        checkPassword(newPassword);
        UserAccount user = find(id);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        flush(user);
    }

    @SignedIn
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = users.findByUsername(currentUsername())
                .orElseThrow(() -> new IllegalStateException("The signed-in user no longer exists"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new ValidationProblem("currentPassword", "That is not your current password.");
        }
        checkPassword(newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new ValidationProblem("password", "Choose a password different from your current one.");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        flush(user);
    }

    /** People's names by username, for "by whom" lines; "system" reads as Tandem's own. */
    @SignedIn
    @Transactional(readOnly = true)
    public Map<String, String> namesByUsername(java.util.Collection<String> usernames) {
        return names.peopleByUsername(usernames);
    }

    /** Whether the person signed in manages people (and so sees how many hold each role). */
    @SignedIn
    public boolean mayManagePeople() {
        return currentUser.has(Role.ADMIN);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Map<Role, Long> countEnabledByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        for (Object[] row : users.countEnabledByRole()) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        UserAccount user = find(id);
        return auditHistory.of(UserAccount.class, id, user.getUsername(), field -> LABELS.getOrDefault(field, field));
    }

    /** People holding a role, for pickers (a sponsor, an owner, a recipient). */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Person> peopleWithRole(Role role) {
        return users.enabledPeopleWithRole(role);
    }

    /** People by id, for lists that show owners and leads (one query whatever the number). */
    @SignedIn
    @Transactional(readOnly = true)
    public Map<Long, Person> people(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.peopleByIds(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Person::id, person -> person));
    }

    /**
     * One page of the people who may sign in whose name or username holds {@code text}, by name: for a picker that
     * asks as its list scrolls, so that a screen need not hold the whole partnership.
     */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Person> findPeople(String text, Pageable pageable) {
        return users.enabledPeopleMatching(text.strip().toLowerCase(Locale.ROOT), pageable);
    }

    /** Everyone who may sign in, for pickers. */
    @SignedIn
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        return users.enabledPeople();
    }

    /** The signed-in person, for the header and the home page. */
    @SignedIn
    @Transactional(readOnly = true)
    public Optional<Person> me() {
        return users.findByUsername(currentUsername()).map(Person::of);
    }

    /** For signing in only: called before anyone is authenticated. */
    @Transactional(readOnly = true)
    public Optional<Credentials> findCredentials(String username) {
        return users.findByUsername(username).map(user -> new Credentials(ActingUser.of(user),
                user.getPasswordHash(), user.isEnabled()));
    }

    private void apply(UserDraft draft, UserAccount user) {
        PartnerOrganisation organisation = draft.getOrganisationId() == null ? null
                : organisations.findById(draft.getOrganisationId()).orElseThrow(
                        () -> new ValidationProblem("organisationId", "That organisation no longer exists."));
        user.describe(draft.getDisplayName(), draft.getEmail().isBlank() ? null : draft.getEmail(), organisation);
        user.assignRoles(draft.getRoles());
    }

    private void check(UserDraft draft) {
        Set<ConstraintViolation<UserDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            ConstraintViolation<UserDraft> first = violations.iterator().next();
            throw new ValidationProblem(first.getPropertyPath().toString(), first.getMessage());
        }
    }

    private void checkPassword(String password) {
        passwordPolicy.problemWith(password).ifPresent(problem -> {
            throw new ValidationProblem("password", problem);
        });
    }

    private UserAccount find(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No user id given");
        }
        return users.findById(id).orElseThrow(() -> new ValidationProblem("id", "That user no longer exists."));
    }

    private static void guardVersion(UserAccount user, long version) {
        if (user.getVersion() != version) {
            throw new ConcurrentEditException("this user");
        }
    }

    private void flush(UserAccount user) {
        try {
            users.saveAndFlush(user);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("this user");
        }
    }

    private String currentUsername() {
        return currentUser.username();
    }
}
