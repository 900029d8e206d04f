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
 * <p>
 * Names: see {@link NameFinder}, which knows a list of first names ({@code feedback/first-names.txt}) and the
 * words around a name; addresses and schools: see {@link PlaceFinder}. What it cannot catch is in the README
 * ("What the personal-data check catches"), with its measured rates.
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
    private static final String FULL = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\s+\\d{4}"
            + "|" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}";
    private static final Pattern FULL_DATE = Pattern.compile("\\b(?:" + FULL + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Near "born" or "DOB", the whole date when there is one ("DOB 2011-07-22", not "DOB 2011"), else a year. */
    private static final Pattern BIRTH = Pattern.compile("\\b(?:born|dob|d\\.o\\.b\\.?|date of birth|birthday)\\b"
            + "[^.\\n]{0,25}?(?:\\b(?:" + FULL + ")\\b|\\b\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTHS + "\\b)", Pattern.CASE_INSENSITIVE);

    private static final NameFinder NAMES = new NameFinder(FirstNames.load());
    private static final PlaceFinder PLACES = new PlaceFinder();

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
        add(found, taken, text, PLACES.addresses(text), Finding.Kind.ADDRESS, field);
        add(found, taken, text, PLACES.schools(text), Finding.Kind.SCHOOL, field);
        add(found, taken, text, NAMES.find(text), Finding.Kind.NAME, field);
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

    private static void add(List<Finding> found, List<int[]> taken, String text, List<NameFinder.Span> spans,
            Finding.Kind kind, String field) {
        for (NameFinder.Span span : spans) {
            if (taken.stream().noneMatch(other -> span.start() < other[1] && other[0] < span.end())) {
                taken.add(new int[] {span.start(), span.end()});
                found.add(new Finding(kind, text.substring(span.start(), span.end()), field));
            }
        }
    }

    private static boolean free(List<int[]> taken, Matcher matcher) {
        return taken.stream().noneMatch(span -> matcher.start() < span[1] && span[0] < matcher.end());
    }
}
