package org.tandem.sef.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SefTextTest {

    @Test
    void hiddenEvidenceIsCountedInPlainGrammar() {
        assertThat(SefText.hidden(1)).isEqualTo("1 more item holds personal data and is not shown to you.");
        assertThat(SefText.hidden(2)).isEqualTo("2 more items hold personal data and are not shown to you.");
    }
}
