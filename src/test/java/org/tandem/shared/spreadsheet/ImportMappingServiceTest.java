package org.tandem.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.people.SystemAuthentication;
import org.tandem.support.IntegrationTest;

class ImportMappingServiceTest extends IntegrationTest {

    private static final List<ImportField> FIELDS = List.of(new ImportField("name", "Name", true),
            new ImportField("score", "Score", false, "Rating"));
    private static final List<String> HEADERS = List.of("Risk", "Rating", "Owner");

    @Autowired
    ImportMappingService mappings;

    @Test
    @WithMockUser(username = "mapping-rosa")
    void eachPersonGetsBackTheMappingTheyUsedLastForThatKindOfImport() {
        String kind = unique("risks");
        ColumnMapping mine = ColumnMapping.none().with("name", "Risk").with("score", "Rating");
        assertThat(mappings.suggest(kind, FIELDS, HEADERS)).isEqualTo(ColumnMapping.none().with("score", "Rating"));

        mappings.remember(kind, mine);
        mappings.remember(kind, mine.with("score", "Owner"));

        assertThat(mappings.remembered(kind)).contains(mine.with("score", "Owner"));
        assertThat(mappings.suggest(kind, FIELDS, List.of("Risk", "Rating"))).isEqualTo(mine);
        assertThat(SystemAuthentication.call(() -> mappings.remembered(kind))).isEmpty();
        assertThat(mappings.remembered(unique("measures"))).isEmpty();
    }

    @Test
    void nobodyIsRememberedWithoutSigningIn() {
        assertThatThrownBy(() -> mappings.remembered("risks"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
