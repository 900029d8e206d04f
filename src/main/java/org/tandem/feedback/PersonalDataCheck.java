package org.tandem.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Looks for likely personal data in text about to be published. It is a helper for the rep, not a guarantee:
 * it errs towards flagging, and each finding is then edited away or confirmed by a person.
 * <p>
 * Dates: any full date (day, month and year) is flagged, not only those near "born", "DOB" or "birthday",
 * because in families' words a full date is more often a child's birthday or an identifying appointment than
 * not; a rep confirms a meeting date in one click. A year alone is flagged only near those words.
 */
@Component
public class PersonalDataCheck {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern NHS = Pattern.compile("(?<![\\d+])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(?:\\+44[ -]?(?:\\(0\\)[ -]?)?|0)\\d(?:[ -]?\\d){8,9}(?!\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}\\b", Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern FULL_DATE = Pattern.compile("\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\s+\\d{4}"
            + "|" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIRTH = Pattern.compile("\\b(?:born|dob|d\\.o\\.b\\.?|date of birth|birthday)\\b"
            + "[^.\\n]{0,25}?(?:\\b\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String NAME = "([A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)?)";
    private static final Pattern NAME_AFTER = Pattern.compile("(?:\\b(?i:my\\s+(?:son|daughter|child|boy|girl|"
            + "grandson|granddaughter))(?:'s|’s)?,?\\s+|\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)" + NAME);

    private final List<Pattern> sensitiveWords;

    @Autowired
    public PersonalDataCheck(FeedbackSettings settings) {
        this(settings.sensitiveWords());
    }

    PersonalDataCheck(List<String> words) {
        this.sensitiveWords = words.stream().map(String::strip).filter(word -> !word.isEmpty())
                .map(word -> Pattern.compile("\\b" + Pattern.quote(word) + "\\b",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** What looks like personal data in the text, in the order found; {@code field} names the text. */
    public List<Finding> findings(String text, String field) {
        List<Finding> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        add(found, taken, EMAIL.matcher(text), Finding.Kind.EMAIL, field);
        Matcher nhs = NHS.matcher(text);
        while (nhs.find()) {
            if (validNhsNumber(nhs.group(1) + nhs.group(2) + nhs.group(3)) && free(taken, nhs)) {
                taken.add(new int[] {nhs.start(), nhs.end()});
                found.add(new Finding(Finding.Kind.NHS_NUMBER, nhs.group(), field));
            }
        }
        add(found, taken, PHONE.matcher(text), Finding.Kind.PHONE, field);
        add(found, taken, FULL_DATE.matcher(text), Finding.Kind.DATE_OF_BIRTH, field);
        add(found, taken, BIRTH.matcher(text), Finding.Kind.DATE_OF_BIRTH, field);
        add(found, taken, POSTCODE.matcher(text), Finding.Kind.POSTCODE, field);
        for (Pattern word : sensitiveWords) {
            add(found, taken, word.matcher(text), Finding.Kind.SENSITIVE_WORD, field);
        }
        Matcher name = NAME_AFTER.matcher(text);
        while (name.find()) {
            found.add(new Finding(Finding.Kind.NAME, name.group(), field));
        }
        return found;
    }

    /** The NHS number's tenth digit is a modulus 11 check of the first nine, weighted 10 down to 2. */
    static boolean validNhsNumber(String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static void add(List<Finding> found, List<int[]> taken, Matcher matcher, Finding.Kind kind,
            String field) {
        while (matcher.find()) {
            if (free(taken, matcher)) {
                taken.add(new int[] {matcher.start(), matcher.end()});
                found.add(new Finding(kind, matcher.group(), field));
            }
        }
    }

    private static boolean free(List<int[]> taken, Matcher matcher) {
        return taken.stream().noneMatch(span -> matcher.start() < span[1] && span[0] < matcher.end());
    }
}
