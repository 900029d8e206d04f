package org.tandem.risk;

/** A risk category as lists and filters show it, with its appetite (the highest residual score accepted). */
public record Category(long id, long version, String code, String label, int displayOrder, boolean active,
        int appetite) {

    public static final int LABEL_LENGTH = 60;

    public boolean exceededBy(int residualScore) {
        return residualScore > appetite;
    }

    @Override
    public String toString() {
        return label;
    }
}
