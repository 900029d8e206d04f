package org.tandem.action;

import java.util.Locale;

/**
 * What an action's reference sorts by, so that the database orders references as people read them (2.1, 2.2 …
 * 2.10, 10.1) rather than as text (2.1, 2.10, 2.2). Each run of digits is zero-padded to {@link #DIGITS}, each
 * run of letters lower-cased, and any other characters between them become one '.', which sorts before digits
 * and letters in H2 and in MariaDB's collations alike. So "2.10" is "00000002.00000010" and "PfA-3" is
 * "pfa.00000003". The key is stored with the action (column {@code reference_key}) and set with its reference;
 * migration V15.1 filled it for the actions that were there before, so a change here needs a migration too.
 */
public final class ReferenceKey {

    static final int DIGITS = 8;
    /** A 20-character reference of alternating single digits and dots is the longest key: 10 × 8 + 9. */
    public static final int LENGTH = 100;

    private ReferenceKey() {
    }

    public static String of(String reference) {
        StringBuilder key = new StringBuilder();
        String text = reference.strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            char c = text.charAt(i);
            if (isDigit(c)) {
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
                String digits = text.substring(start, i).replaceFirst("^0+(?=\\d)", "");
                key.append("0".repeat(Math.max(0, DIGITS - digits.length()))).append(digits);
            } else if (Character.isLetter(c)) {
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                key.append(text, start, i);
            } else {
                while (i < text.length() && !isDigit(text.charAt(i)) && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                // No '.' at either end: MariaDB's collations pad with spaces when comparing, and a trailing
                // separator would then sort differently there than on H2.
                if (!key.isEmpty() && i < text.length()) {
                    key.append('.');
                }
            }
        }
        return key.length() > LENGTH ? key.substring(0, LENGTH) : key.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
