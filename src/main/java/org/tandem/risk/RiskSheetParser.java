package org.tandem.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tandem.people.Person;
import org.tandem.shared.spreadsheet.MappedRow;
import org.tandem.shared.spreadsheet.RowParser;

/**
 * Reads one row of a council's register, as they come: scores as "4x5", "4 × 5" or "20", likelihood and impact
 * in columns of their own or only a score, owners as names with job titles, arrows for direction, UK dates. A
 * score that contradicts its likelihood × impact is an error of the row, shown in the preview.
 */
class RiskSheetParser implements RowParser<RiskImportRow> {

    private static final Pattern PAIR = Pattern.compile("^\\s*([0-9]+)\\s*[x×X*]\\s*([0-9]+)\\s*(?:=\\s*([0-9]+))?\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+)\\s*$");

    private final List<Category> categories;
    private final List<Person> people;
    private final Set<String> taken;
    private final Set<String> seen = new HashSet<>();
    private final LocalDate today;

    RiskSheetParser(List<Category> categories, List<Person> people, Set<String> taken, LocalDate today) {
        this.categories = categories;
        this.people = people;
        this.taken = taken;
        this.today = today;
    }

    @Override
    public @Nullable RiskImportRow parse(MappedRow row) {
        List<String> notes = new ArrayList<>();
        RiskDraft draft = new RiskDraft();
        String reference = row.text(RiskImport.REFERENCE, Risk.REFERENCE_LENGTH);
        if (!reference.isEmpty() && (taken.contains(reference) || !seen.add(reference))) {
            row.error("Reference " + reference + " is already in the register or earlier in the sheet");
        }
        draft.setReference(reference);
        String title = row.text(RiskImport.TITLE, Risk.TITLE_LENGTH);
        draft.setTitle(title);
        String event = row.text(RiskImport.EVENT, Risk.STATEMENT_LENGTH);
        draft.setEvent(event.isEmpty() ? title : event);
        draft.setCause(row.text(RiskImport.CAUSE, Risk.STATEMENT_LENGTH));
        draft.setConsequence(row.text(RiskImport.CONSEQUENCE, Risk.STATEMENT_LENGTH));
        draft.setControls(row.text(RiskImport.CONTROLS, Risk.CONTROLS_LENGTH));
        Category category = category(row);
        Person owner = owner(row);
        int[] residual = residual(row, notes);
        int[] inherent = pair(row, RiskImport.INHERENT);
        int[] target = pair(row, RiskImport.TARGET);
        if (residual != null) {
            if (inherent == null) {
                inherent = residual;
                notes.add("Inherent score taken as the residual score");
            }
            if (target == null) {
                target = residual;
            }
            if (residual[0] * residual[1] > inherent[0] * inherent[1]) {
                row.error("The residual score " + residual[0] * residual[1] + " is above the inherent score "
                        + inherent[0] * inherent[1] + "; correct it, or raise the risk in Tandem with a note");
            }
            draft.scores(inherent[0], inherent[1], residual[0], residual[1], target[0], target[1]);
        }
        LocalDate next = row.date(RiskImport.NEXT_REVIEW);
        if (next != null && next.isBefore(today)) {
            row.error("Next review " + RiskImport.UK.format(next) + " is in the past; give a date from today");
        }
        draft.setNextReviewOn(next);
        draft.setLevel(level(row.text(RiskImport.LEVEL)));
        draft.setConfidential(Set.of("yes", "y", "true", "confidential").contains(row.text(RiskImport.CONFIDENTIAL)
                .toLowerCase(Locale.ROOT)));
        String direction = row.text(RiskImport.DIRECTION);
        if (!direction.isEmpty()) {
            notes.add("Direction \"" + direction + "\" read as " + trend(direction)
                    + "; Tandem works out the trend from the next review");
        }
        if (category == null || owner == null || residual == null || row.hasErrors()) {
            return null;
        }
        draft.setCategory(category.code());
        draft.setOwnerId(owner.id());
        return new RiskImportRow(draft, owner.displayName(), category.label(), notes);
    }

    /** Likelihood and impact from their own columns, or from the score ("4x5" or "20"); they must agree. */
    private int @Nullable [] residual(MappedRow row, List<String> notes) {
        Integer likelihood = row.whole(RiskImport.LIKELIHOOD, 1, 5);
        Integer impact = row.whole(RiskImport.IMPACT, 1, 5);
        String scoreText = row.text(RiskImport.SCORE);
        int[] pair = null;
        Integer score = null;
        if (!scoreText.isEmpty()) {
            Matcher both = PAIR.matcher(scoreText);
            Matcher alone = NUMBER.matcher(scoreText);
            if (both.matches()) {
                pair = new int[] {Integer.parseInt(both.group(1)), Integer.parseInt(both.group(2))};
                if (!inRange(pair)) {
                    row.error("Score \"" + scoreText + "\" needs a likelihood and an impact from 1 to 5");
                    return null;
                }
                if (both.group(3) != null && Integer.parseInt(both.group(3)) != pair[0] * pair[1]) {
                    row.error("Score \"" + scoreText + "\" does not add up: " + pair[0] + " × " + pair[1] + " = "
                            + pair[0] * pair[1]);
                    return null;
                }
            } else if (alone.matches()) {
                score = Integer.parseInt(alone.group(1));
            } else {
                row.error("Score \"" + scoreText + "\" is neither a number like 20 nor a pair like 4x5");
                return null;
            }
        }
        if (likelihood != null && impact != null) {
            int product = likelihood * impact;
            int stated = pair != null ? pair[0] * pair[1] : score != null ? score : product;
            if (stated != product) {
                row.error("Score " + (pair != null ? scoreText : score) + " contradicts likelihood " + likelihood
                        + " × impact " + impact + " = " + product);
                return null;
            }
            return new int[] {likelihood, impact};
        }
        if (pair != null) {
            return pair;
        }
        if (score != null) {
            for (int l = 1; l <= 5; l++) {
                if (score % l == 0 && score / l >= l && score / l <= 5) {
                    notes.add("Likelihood and impact read from the score " + score + " as " + l + " × " + score / l);
                    return new int[] {l, score / l};
                }
            }
            row.error("Score " + score + " is not a likelihood × impact from 1 to 5 (1 to 25, such as 12 or 20)");
            return null;
        }
        if (!row.hasErrors()) {
            row.error("Give the residual likelihood and impact, or a score such as 4x5 or 20");
        }
        return null;
    }

    private static int @Nullable [] pair(MappedRow row, String key) {
        String text = row.text(key);
        if (text.isEmpty()) {
            return null;
        }
        Matcher both = PAIR.matcher(text);
        if (both.matches()) {
            int[] pair = {Integer.parseInt(both.group(1)), Integer.parseInt(both.group(2))};
            if (inRange(pair)) {
                return pair;
            }
        }
        row.error(row.label(key) + " \"" + text + "\" should be a likelihood × impact such as 4x5");
        return null;
    }

    private static boolean inRange(int[] pair) {
        return pair[0] >= 1 && pair[0] <= 5 && pair[1] >= 1 && pair[1] <= 5;
    }

    private @Nullable Category category(MappedRow row) {
        String text = row.text(RiskImport.CATEGORY);
        if (text.isEmpty()) {
            return categories.stream().filter(c -> c.code().equals("OTHER")).findFirst().orElse(null);
        }
        Optional<Category> found = categories.stream().filter(Category::active).filter(c -> c.label()
                .equalsIgnoreCase(text) || c.code().equalsIgnoreCase(text)).findFirst();
        if (found.isEmpty()) {
            row.error("Category \"" + text + "\" is not one of Tandem's; use one of: " + String.join(", ",
                    categories.stream().filter(Category::active).map(Category::label).toList()));
        }
        return found.orElse(null);
    }

    /** A username, a name, or a name with a job title ("Gareth Evans, Head of SEND" or "... (Head of SEND)"). */
    private @Nullable Person owner(MappedRow row) {
        String text = row.text(RiskImport.OWNER);
        if (text.isEmpty()) {
            row.error("Owner is missing");
            return null;
        }
        String name = text.replaceAll("\\(.*\\)", "").split("[,;–-]\\s")[0].strip();
        Map<String, Person> byKey = new java.util.HashMap<>();
        for (Person person : people) {
            byKey.putIfAbsent(person.username().toLowerCase(Locale.ROOT), person);
            byKey.putIfAbsent(person.displayName().toLowerCase(Locale.ROOT), person);
        }
        Person found = byKey.get(name.toLowerCase(Locale.ROOT));
        if (found == null) {
            row.error("Owner \"" + text + "\" is not anyone in Tandem; use their name or username");
        }
        return found;
    }

    private static Level level(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("board") ? Level.BOARD : lower.contains("steer") ? Level.STEERING_GROUP
                : Level.WORKSTREAM;
    }

    private static String trend(String direction) {
        String lower = direction.toLowerCase(Locale.ROOT);
        if (lower.contains("↑") || lower.contains("up") || lower.contains("increas") || lower.contains("worse")) {
            return "up";
        }
        if (lower.contains("↓") || lower.contains("down") || lower.contains("decreas") || lower.contains("better")) {
            return "down";
        }
        return "same";
    }
}
