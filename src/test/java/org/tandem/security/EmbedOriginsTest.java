package org.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmbedOriginsTest {

    @Test
    void noOriginsAllowNoFraming() {
        assertThat(new EmbedOrigins(List.of()).any()).isFalse();
        assertThat(new EmbedOrigins(List.of(" ", "")).any()).isFalse();
    }

    @Test
    void originsAreTrimmedAndNamedAfterSelf() {
        EmbedOrigins origins = new EmbedOrigins(List.of(" https://localoffer.example.gov.uk/ ", "http://a.example:8080"));
        assertThat(origins.frameAncestors())
                .isEqualTo("frame-ancestors 'self' https://localoffer.example.gov.uk http://a.example:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localoffer.example.gov.uk", "https://a.example/path", "https://a.example; script-src *",
            "https://a.example 'unsafe-inline'", "*", "javascript:alert(1)", "https://"})
    void anythingButAnOriginStopsTheStart(String origin) {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmbedOrigins(List.of(origin)))
                .withMessageContaining("tandem.public.embed-origins");
    }
}
