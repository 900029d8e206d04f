package org.tandem.sef;

import java.util.List;
import org.tandem.shared.Rag;

/** An edition as the inspection pack sets it out, in framework order; nothing holding personal data is named. */
record InspectionPack(String title, String edition, String standing, String framework, String gaps,
        List<Area> areas) {

    record Area(String title, List<Item> criteria) {
    }

    record Item(String title, String judgement, String strength, String owner, String reviewed,
            List<Part> narrative, List<Action> actions, List<Listed> evidence, int withheld) {

        /** "1 further item holds personal data; it is kept in Tandem and not listed here." */
        public String withheldInWords() {
            return Counted.of(withheld, "further item holds", "further items hold") + " personal data; "
                    + Counted.agreeing(withheld, "it is", "they are") + " kept in Tandem and not listed here.";
        }
    }

    record Part(String heading, String text) {
    }

    record Action(String reference, String title, Rag rag) {
    }

    record Listed(String title, EvidenceKind kind, Voice voice, String date, String sourceOrganisation) {
    }
}
