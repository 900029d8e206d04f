package org.tandem.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstUseTest {

    @Test
    void anAbbreviationIsSpeltOutOnItsFirstUseInADocumentOnly() {
        FirstUse words = new FirstUse();
        assertThat(words.plain("Is the EHC plan ready?")).isEqualTo(
                "Is the EHC plan (education, health and care plan) ready?");
        assertThat(words.plain("The EHC plan was late.")).isEqualTo("The EHC plan was late.");
        assertThat(new FirstUse().plain("The EHC plan was late.")).contains("(education, health and care plan)");
    }

    @Test
    void theLongestAbbreviationWinsAndOnlyWholeWordsInTheirOwnCaseCount() {
        assertThat(new FirstUse().plain("Call SENDIASS.")).isEqualTo(
                "Call SENDIASS (SEND information, advice and support service).");
        assertThat(new FirstUse().plain("Please send the rag and the SENDer's note; DRAGON.")).isEqualTo(
                "Please send the rag and the SENDer's note; DRAGON.");
    }

    @Test
    void aWriterWhoAlreadySpeltItOutIsNotRepeated() {
        assertThat(new FirstUse().plain("A RAG (red, amber, green) rating.")).isEqualTo(
                "A RAG (red, amber, green) rating.");
        assertThat(new FirstUse().plain("An education, health and care plan (EHC plan) is legal.")).isEqualTo(
                "An education, health and care plan (EHC plan) is legal.");
    }

    @Test
    void markedTextKeepsEveryAbbreviationWithItsLongFormButSpellsNothingOut() {
        assertThat(FirstUse.marked("RAG of CAMHS")).extracting(FirstUse.Piece::longForm, FirstUse.Piece::first)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("red, amber, green", false),
                        org.assertj.core.groups.Tuple.tuple(null, false),
                        org.assertj.core.groups.Tuple.tuple("children and young people's mental health services",
                                false));
    }

    @Test
    void theGlossaryExplainsTheWordsFamiliesMeetUnexplained() {
        assertThat(Glossary.terms()).extracting(Term::name).contains("EHC plan", "SENCO", "SENDIASS", "Local Offer",
                "Co-production", "Workstream", "High needs funding", "RAG");
        assertThat(Glossary.terms()).allMatch(term -> !term.meaning().isBlank());
    }
}
