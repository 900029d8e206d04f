package org.tandem.security;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.tandem.people.Credentials;
import org.tandem.people.Role;
import org.tandem.people.UserService;

/**
 * Checks a username and password against the users in the database. The order of checks matters: the lock is
 * checked by name alone, and "disabled" is said only after the right password, so that no answer tells an
 * outsider whether an account exists.
 */
@Component
class TandemAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Incorrect username or password.";

    private final UserService userService;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final String decoyHash;

    TandemAuthenticationProvider(UserService userService, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.userService = userService;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        // Comparing against a real hash for unknown users keeps both answers equally slow.
        this.decoyHash = passwordEncoder.encode("decoy-password-for-unknown-users");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? ""
                : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String remoteAddress = remoteAddress(authentication);
        if (throttle.isLocked(username)) {
            throttle.record(username, LoginOutcome.LOCKED, remoteAddress);
            throw new LockedException("Too many failed attempts");
        }
        Credentials credentials = userService.findCredentials(username).orElse(null);
        if (credentials == null) {
            passwordEncoder.matches(password, decoyHash);
            throttle.record(username, LoginOutcome.BAD_CREDENTIALS, remoteAddress);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!passwordEncoder.matches(password, credentials.passwordHash())) {
            throttle.record(username, LoginOutcome.BAD_CREDENTIALS, remoteAddress);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!credentials.enabled()) {
            throttle.record(username, LoginOutcome.DISABLED, remoteAddress);
            throw new DisabledException("Account disabled");
        }
        throttle.record(username, LoginOutcome.SUCCESS, remoteAddress);
        var authorities = credentials.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        // The person is fixed here, once: every module reads who is acting from this principal.
        var result = UsernamePasswordAuthenticationToken.authenticated(credentials.user(), null, authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
