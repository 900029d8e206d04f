package org.tandem.sef;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word pack's heading styles: Word's own "heading 1" to "heading 4" (by those names and with their outline
 * levels), which Word's navigation pane, LibreOffice's navigator and a screen reader's list of headings all go
 * by. A new POI document has no styles, and bold paragraphs are not headings to any of them. The levels follow
 * the PDF's: the pack's title, an area, a criterion, a part of its narrative.
 */
final class PackStyles {

    /** Sizes in half-points (Word's unit), level 1 first. */
    private static final int[] SIZES = {40, 32, 26, 22};

    private PackStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    static void addTo(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= SIZES.length; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId(heading(level));
            style.addNewName().setVal("heading " + level);
            style.addNewNext().setVal("Normal");
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 360 - 60L * level));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(SIZES[level - 1]));
            run.addNewSzCs().setVal(BigInteger.valueOf(SIZES[level - 1]));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }
}
