package org.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceKeyTest {

    @Test
    void numberedReferencesSortAsPeopleReadThem() {
        List<String> references = List.of("2.10", "10.1", "2.2", "2.11", "2.1", "2", "PfA-3", "PfA-12", "A1");
        assertThat(references.stream().sorted(Comparator.comparing(ReferenceKey::of)))
                .containsExactly("2", "2.1", "2.2", "2.10", "2.11", "10.1", "A1", "PfA-3", "PfA-12");
    }

    @Test
    void theKeyUsesOnlyCharactersBothDatabasesOrderAlikeAndFitsItsColumn() {
        assertThat(ReferenceKey.of(" 2.10 ")).isEqualTo("00000002.00000010");
        assertThat(ReferenceKey.of("2.")).as("no separator at the end").isEqualTo("00000002");
        assertThat(ReferenceKey.of("1.".repeat(10))).hasSizeLessThanOrEqualTo(ReferenceKey.LENGTH);
    }
}
