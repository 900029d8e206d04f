package org.tandem.support;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.tandem.people.Role;

/** Signs a person in for service calls made outside a request; the username must be a user of the database. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(Role::authority)
                .map(SimpleGrantedAuthority::new).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
