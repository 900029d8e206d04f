package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.tandem.people.InitialPeople;
import org.tandem.people.Person;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.people.UserService;
import org.tandem.shared.ConcurrentEditException;
import org.tandem.shared.ValidationProblem;

/**
 * A module's permissions as a table, in the manner of {@code RouteAccessTest}: operation × whose record → the roles
 * allowed. Each row is tried as a person holding each role in turn (and by nobody signed in), through the services.
 * Refused means AccessDeniedException (from {@code @PreAuthorize} or the module's permissions class), or for nobody
 * signed in, an authentication failure; done, or stopped by a business rule after the permission check (a
 * ValidationProblem, a conflict), means allowed. A call that fails otherwise fails the table.
 */
public final class PermissionTable {

    public static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    public static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);
    public static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    /** Whose record the operation is on, where that decides. */
    public enum Whose {
        /** Ownership plays no part. */
        ANY,
        /** The actor's own: they own it, logged it, are assigned it. */
        OWN,
        /** In the actor's charge: in a workstream they lead. */
        LED,
        /** Someone else's. */
        OTHERS
    }

    /** Prepares, as the system, what the actor is about to do, and answers the call they then make. */
    @FunctionalInterface
    public interface Operation {
        Runnable given(@Nullable Person actor);
    }

    record Row(String operation, Whose whose, Set<Role> allowed, boolean anonymous, Operation operationCall) {
    }

    private final InitialPeople people;
    private final UserService users;
    private final List<Row> rows = new ArrayList<>();

    public PermissionTable(InitialPeople people, UserService users) {
        this.people = people;
        this.users = users;
    }

    /** An operation, named {@code Service.method} ({@code Service.method/2} among overloads), for these roles. */
    public PermissionTable row(String operation, Set<Role> allowed, Operation call) {
        return row(operation, Whose.ANY, allowed, call);
    }

    public PermissionTable row(String operation, Whose whose, Set<Role> allowed, Operation call) {
        rows.add(new Row(operation, whose, allowed, false, call));
        return this;
    }

    /** An operation open to everyone, signed in or not (the public pages). */
    public PermissionTable rowForAnyone(String operation, Operation call) {
        rows.add(new Row(operation, Whose.ANY, EVERYONE, true, call));
        return this;
    }

    /** Tries every row as every role, and nobody signed in, reporting each answer that differs from the table. */
    public void check() {
        Map<Role, Person> actors = actors();
        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows) {
            for (Role role : Role.values()) {
                softly.assertThat(allowed(row, actors.get(role), role))
                        .as("%s by a %s on %s", row.operation(), role.name(), whose(row))
                        .isEqualTo(row.allowed().contains(role));
            }
            if (row.whose() == Whose.ANY || row.whose() == Whose.OTHERS) {
                softly.assertThat(allowed(row, null, null))
                        .as("%s by nobody signed in", row.operation()).isEqualTo(row.anonymous());
            }
        }
        softly.assertAll();
    }

    /** Every public method of the services has a row, and every row a method: a new operation needs a decision. */
    public void assertCovers(Class<?>... services) {
        Set<String> operations = new TreeSet<>();
        for (Class<?> service : services) {
            List<Method> methods = Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic() && !m.isBridge()).toList();
            Map<String, Long> overloads = methods.stream().collect(Collectors.groupingBy(Method::getName,
                    Collectors.counting()));
            for (Method method : methods) {
                operations.add(service.getSimpleName() + "." + method.getName()
                        + (overloads.get(method.getName()) > 1 ? "/" + method.getParameterCount() : ""));
            }
        }
        Set<String> inTable = rows.stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("operations with a row in the permission table")
                .containsExactlyInAnyOrderElementsOf(operations);
    }

    private static boolean allowed(Row row, @Nullable Person actor, @Nullable Role role) {
        Runnable call = SystemAuthentication.call(() -> row.operationCall().given(actor));
        if (actor == null) {
            SignIn.out();
        } else {
            SignIn.as(actor.username(), role);
        }
        try {
            call.run();
            return true;
        } catch (AccessDeniedException | AuthenticationException refused) {
            return false;
        } catch (ValidationProblem | ConcurrentEditException stoppedByARule) {
            return true;
        } catch (RuntimeException unexpected) {
            throw new AssertionError(row.operation() + " as " + role + " failed: " + unexpected, unexpected);
        } finally {
            SignIn.out();
        }
    }

    private static String whose(Row row) {
        return switch (row.whose()) {
            case ANY -> "any record";
            case OWN -> "their own record";
            case LED -> "a record in their charge";
            case OTHERS -> "someone else's record";
        };
    }

    /** One person for each role, holding that role only. */
    private Map<Role, Person> actors() {
        Map<Role, Person> actors = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String username = IntegrationTest.unique("may-" + role.name().toLowerCase().replace('_', '-'));
            people.user(username, "Person " + username, null, null, PlanFixture.PASSWORD, List.of(role));
            actors.put(role, SystemAuthentication.call(() -> users.peopleWithRole(role).stream()
                    .filter(p -> p.username().equals(username)).findFirst().orElseThrow()));
        }
        return actors;
    }

    /** The roles given, for a row. */
    public static Set<Role> roles(Role first, Role... more) {
        return EnumSet.of(first, more);
    }
}
