package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    private final InitialPeople people = mock(InitialPeople.class);

    @Test
    void withNoAdminAndNoBootstrapCredentialsTandemRefusesToStart() {
        when(people.anyEnabledAdmin()).thenReturn(false);
        assertThatThrownBy(() -> new AdminBootstrap(people, "", "", "").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TANDEM_BOOTSTRAP_ADMIN_USERNAME");
    }

    @Test
    void withNoAdminTheFirstAdminComesFromTheBootstrapCredentials() {
        when(people.anyEnabledAdmin()).thenReturn(false);
        new AdminBootstrap(people, "priya.shah", "a long first passphrase", "priya@council.example").run(null);
        verify(people).user(eq("priya.shah"), any(), eq("priya@council.example"), eq(null),
                eq("a long first passphrase"), eq(List.of(Role.ADMIN)));
    }

    @Test
    void onceAnAdminExistsTheBootstrapCredentialsAreIgnored() {
        when(people.anyEnabledAdmin()).thenReturn(true);
        new AdminBootstrap(people, "someone", "a long first passphrase", "").run(null);
        verify(people, never()).user(any(), any(), any(), any(), any(), any());
    }
}
