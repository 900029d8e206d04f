package org.tandem.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellSafetyTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=1+1", "'=1+1"),
                Arguments.of("=HYPERLINK(\"http://evil.example\",\"Click\")",
                        "'=HYPERLINK(\"http://evil.example\",\"Click\")"),
                Arguments.of("+44 1234 567890", "'+44 1234 567890"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1:A9)", "'@SUM(A1:A9)"),
                Arguments.of("\t=1+1", "'\t=1+1"),
                Arguments.of("\r=1+1", "'\r=1+1"),
                Arguments.of("Plain words", "Plain words"),
                Arguments.of("2.3", "2.3"),
                Arguments.of("a = b", "a = b"),
                Arguments.of(" =1+1", " =1+1"),
                Arguments.of("'quoted already", "'quoted already"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "\"{0}\" is written as \"{1}\"")
    @MethodSource("cells")
    void aCellThatWouldRunAsAFormulaIsWrittenAsText(String typed, String written) {
        assertThat(CellSafety.neutralise(typed)).isEqualTo(written);
    }

    @ParameterizedTest(name = "\"{0}\" reads back unchanged")
    @MethodSource("cells")
    void whatWasNeutralisedReadsBackAsTyped(String typed, String written) {
        assertThat(CellSafety.restore(CellSafety.neutralise(typed))).isEqualTo(typed);
    }

    @Test
    void nothingIsWrittenForAnEmptyCell() {
        assertThat(CellSafety.neutralise(null)).isEmpty();
    }
}
