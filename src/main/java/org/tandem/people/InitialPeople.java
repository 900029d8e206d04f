package org.tandem.people;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates people before anyone can sign in: the demo data and the first admin of a new installation.
 * Idempotent, so a restart changes nothing.
 */
@Component
public class InitialPeople {

    private final UserAccountRepository users;
    private final PartnerOrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    InitialPeople(UserAccountRepository users, PartnerOrganisationRepository organisations,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
    }

    @Transactional(readOnly = true)
    public boolean anyEnabledAdmin() {
        return users.countEnabledWithRole(Role.ADMIN) > 0;
    }

    @Transactional
    public long organisation(String name, OrganisationKind kind) {
        return organisations.findAllByOrderByNameAsc().stream().filter(o -> o.getName().equalsIgnoreCase(name))
                .findFirst().orElseGet(() -> organisations.save(new PartnerOrganisation(name, kind))).getId();
    }

    @Transactional
    public void user(String username, String displayName, @Nullable String email, @Nullable Long organisationId,
            String password, List<Role> roles) {
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (users.existsByUsername(name)) {
            return;
        }
        passwordPolicy.problemWith(password).ifPresent(problem -> {
            throw new IllegalArgumentException("The password for " + username + " is refused: " + problem);
        });
        UserAccount user = new UserAccount(name, displayName, passwordEncoder.encode(password));
        user.describe(displayName, email, organisationId == null ? null : organisations.getReferenceById(organisationId));
        user.assignRoles(EnumSet.copyOf(roles));
        users.save(user);
    }
}
