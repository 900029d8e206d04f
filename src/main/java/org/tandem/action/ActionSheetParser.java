package org.tandem.action;

import static org.tandem.action.ActionSheetFields.COMPLETED_ON;
import static org.tandem.action.ActionSheetFields.DESCRIPTION;
import static org.tandem.action.ActionSheetFields.DUE_DATE;
import static org.tandem.action.ActionSheetFields.OWNER;
import static org.tandem.action.ActionSheetFields.PERCENT_COMPLETE;
import static org.tandem.action.ActionSheetFields.PRIORITY;
import static org.tandem.action.ActionSheetFields.REFERENCE;
import static org.tandem.action.ActionSheetFields.START_DATE;
import static org.tandem.action.ActionSheetFields.STATUS;
import static org.tandem.action.ActionSheetFields.TITLE;
import static org.tandem.action.ActionSheetFields.UNKNOWN_OWNER_LEFT_EMPTY;
import static org.tandem.action.ActionSheetFields.WORKSTREAM;
import static org.tandem.action.ActionSheetFields.lower;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tandem.people.Person;
import org.tandem.shared.spreadsheet.MappedRow;
import org.tandem.shared.spreadsheet.RowParser;
import org.tandem.strategy.PriorityInfo;

/**
 * Reads the rows of an action-plan sheet against what Tandem already holds (loaded once, before the first row):
 * the current priorities, the workstreams, the people, and the actions the sheet names.
 */
final class ActionSheetParser implements RowParser<ActionImportRow> {

    private static final Pattern REFERENCE_FORM = Pattern.compile("[A-Za-z0-9.\\-]+");
    /** "2", "2.0", "P2", "Priority 2", "2. Better lives", "2: Better lives". */
    private static final Pattern PRIORITY_NUMBER = Pattern.compile(
            "(?i)(?:priority|p)?\\s*(\\d{1,2})(?:\\.0+)?(?:\\s*[.:)\\-](?:\\s+.*)?)?");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Map<Integer, PriorityInfo> prioritiesByNumber;
    private final Map<String, PriorityInfo> prioritiesByTitle;
    private final Map<String, Workstream> workstreamsByName;
    private final Map<String, Person> peopleByUsername;
    private final Map<String, List<Person>> peopleByName;
    private final Map<Long, Person> peopleById;
    private final Map<Long, PriorityInfo> prioritiesById;
    private final Map<String, ActionItem> existing;
    private final LocalDate today;
    private final Map<Integer, Integer> highestNumber = new HashMap<>();
    private final Map<String, Integer> firstRowOfReference = new HashMap<>();

    /**
     * @param existing   the actions the sheet names, by lower-case reference
     * @param references every reference taken: those in Tandem and those the sheet gives, for automatic numbering
     */
    ActionSheetParser(List<PriorityInfo> priorities, List<Workstream> workstreams, List<Person> people,
            Map<String, ActionItem> existing, Collection<String> references, LocalDate today) {
        this.today = today;
        this.prioritiesById = priorities.stream().collect(Collectors.toMap(PriorityInfo::id, p -> p, (a, b) -> a));
        this.prioritiesByNumber = priorities.stream()
                .collect(Collectors.toMap(PriorityInfo::number, p -> p, (a, b) -> a));
        this.prioritiesByTitle = priorities.stream()
                .collect(Collectors.toMap(p -> lower(p.title()), p -> p, (a, b) -> a));
        this.workstreamsByName = workstreams.stream()
                .collect(Collectors.toMap(w -> lower(w.getName()), w -> w, (a, b) -> a));
        this.peopleByUsername = people.stream()
                .collect(Collectors.toMap(p -> lower(p.username()), p -> p, (a, b) -> a));
        this.peopleByName = people.stream().collect(Collectors.groupingBy(p -> lower(p.displayName())));
        this.peopleById = people.stream().collect(Collectors.toMap(Person::id, p -> p, (a, b) -> a));
        this.existing = existing;
        references.forEach(this::countReference);
    }

    /**
     * A field of an existing action takes the sheet's value only where the sheet gives one: a column left out, a
     * blank cell or "TBC" leaves it as it was (unless the admin chose that blank cells clear values).
     */
    @Override
    public @Nullable ActionImportRow parse(MappedRow row) {
        String given = reference(row);
        ActionItem action = given.isEmpty() ? null : existing.get(lower(given));
        String title = row.text(TITLE, ActionItem.TITLE_LENGTH);
        String description = takes(row, DESCRIPTION, action) ? row.text(DESCRIPTION, ActionItem.DESCRIPTION_LENGTH)
                : action == null ? "" : action.getDescription();
        PriorityInfo priority = priority(row);
        Workstream workstream = takes(row, WORKSTREAM, action) ? workstream(row)
                : action == null ? null : action.getWorkstream();
        Long ownerId = takes(row, OWNER, action) ? ownerId(row, action) : action == null ? null : action.getOwnerId();
        Person owner = ownerId == null ? null : peopleById.get(ownerId);
        LocalDate start = takes(row, START_DATE, action) ? row.date(START_DATE)
                : action == null ? null : action.getStartDate();
        LocalDate due = takes(row, DUE_DATE, action) ? row.date(DUE_DATE) : action == null ? null : action.getDueDate();
        if (start != null && due != null && due.isBefore(start)) {
            row.error("The due date " + UK_DATE.format(due) + " is before the start date " + UK_DATE.format(start));
        }
        ActionStatus status = status(row, action);
        int percent = percent(row, action, status);
        LocalDate completedOn = status == ActionStatus.COMPLETE ? completedOn(row, action) : null;
        if (row.hasErrors() || priority == null) {
            return null;
        }
        String reference = action != null ? action.getReference() : given.isEmpty() ? next(priority) : given;
        ActionImportRow result = new ActionImportRow(reference, action != null, title, description, priority.id(),
                priority.number(), workstream == null ? null : workstream.getId(),
                workstream == null ? null : workstream.getName(), ownerId, owner == null ? null : owner.displayName(),
                start, due, status, percent, completedOn, List.of());
        return action == null ? result : withChanges(result, action, priority);
    }

    /** The sheet's reference and title, so that a row with errors is found by what it is about. */
    @Override
    public String label(MappedRow row) {
        String title = row.text(TITLE);
        String shown = title.length() > 80 ? title.substring(0, 79) + "…" : title;
        return (row.text(REFERENCE) + " " + shown).strip();
    }

    private static boolean takes(MappedRow row, String key, @Nullable ActionItem action) {
        return action == null ? row.mapped(key) : row.given(key);
    }

    private @Nullable LocalDate completedOn(MappedRow row, @Nullable ActionItem action) {
        LocalDate on = row.given(COMPLETED_ON) ? row.date(COMPLETED_ON) : null;
        if (on != null && on.isAfter(today)) {
            row.error("The completion date " + UK_DATE.format(on) + " is after today");
        }
        return on != null ? on : action == null ? null : action.getCompletedOn();
    }

    private ActionImportRow withChanges(ActionImportRow row, ActionItem action, PriorityInfo priority) {
        List<ActionImportRow.Change> changes = new ArrayList<>();
        change(changes, "Title", action.getTitle(), row.title());
        change(changes, "Description", action.getDescription(), row.description());
        if (action.getPriorityId() != row.priorityId()) {
            PriorityInfo before = prioritiesById.get(action.getPriorityId());
            change(changes, "Priority", before == null ? "" : String.valueOf(before.number()),
                    String.valueOf(priority.number()));
        }
        change(changes, "Workstream", action.getWorkstream() == null ? "" : action.getWorkstream().getName(),
                row.workstream() == null ? "" : row.workstream());
        Person before = action.getOwnerId() == null ? null : peopleById.get(action.getOwnerId());
        change(changes, "Owner", before == null ? "" : before.displayName(), row.owner() == null ? "" : row.owner());
        change(changes, "Start date", date(action.getStartDate()), date(row.startDate()));
        change(changes, "Due date", date(action.getDueDate()), date(row.dueDate()));
        change(changes, "Status", action.getStatus().label(), row.status().label());
        change(changes, "Percent complete", action.getPercentComplete() + "%", row.percentComplete() + "%");
        return new ActionImportRow(row.reference(), true, row.title(), row.description(), row.priorityId(),
                row.priorityNumber(), row.workstreamId(), row.workstream(), row.ownerId(), row.owner(),
                row.startDate(), row.dueDate(), row.status(), row.percentComplete(), row.completedOn(), changes);
    }

    private static void change(List<ActionImportRow.Change> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new ActionImportRow.Change(field, shortened(before), shortened(after)));
        }
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    private String reference(MappedRow row) {
        String reference = row.text(REFERENCE, ActionItem.REFERENCE_LENGTH);
        if (reference.isEmpty()) {
            return reference;
        }
        if (!REFERENCE_FORM.matcher(reference).matches()) {
            row.error("Reference \"" + reference + "\" may hold only letters, digits, dots and dashes");
        }
        Integer first = firstRowOfReference.putIfAbsent(lower(reference), row.number());
        if (first != null) {
            row.error("Reference " + reference + " is also used in row " + first);
        }
        return reference;
    }

    private @Nullable PriorityInfo priority(MappedRow row) {
        String text = row.text(PRIORITY);
        if (text.isEmpty()) {
            return null; // the import flow reports it as missing
        }
        if (prioritiesByNumber.isEmpty()) {
            row.error("The current strategy has no priorities yet; set them up before importing actions");
            return null;
        }
        Matcher number = PRIORITY_NUMBER.matcher(text);
        PriorityInfo priority = number.matches() ? prioritiesByNumber.get(Integer.parseInt(number.group(1)))
                : prioritiesByTitle.get(lower(text));
        if (priority == null) {
            row.error("There is no priority \"" + text + "\" in the current strategy; it has priorities "
                    + prioritiesByNumber.keySet().stream().sorted().map(String::valueOf)
                            .collect(Collectors.joining(", ")));
        }
        return priority;
    }

    private @Nullable Workstream workstream(MappedRow row) {
        String name = row.text(WORKSTREAM);
        if (name.isEmpty()) {
            return null;
        }
        Workstream workstream = workstreamsByName.get(lower(name));
        if (workstream == null) {
            row.error("There is no workstream called \"" + name + "\"");
        }
        return workstream;
    }

    /**
     * By username, else by name ignoring case. One the sheet names that is nobody's (a job title, a person without
     * an account) or several people's refuses the row, unless the admin chose to leave such owners empty: then
     * a new action has no owner and an updated one keeps its own, with a warning.
     */
    private @Nullable Long ownerId(MappedRow row, @Nullable ActionItem action) {
        String who = row.text(OWNER);
        if (who.isEmpty()) {
            return null;
        }
        Person byUsername = peopleByUsername.get(lower(who));
        if (byUsername != null) {
            return byUsername.id();
        }
        List<Person> byName = peopleByName.getOrDefault(lower(who), List.of());
        if (byName.size() == 1) {
            return byName.getFirst().id();
        }
        String problem = byName.size() > 1
                ? "More than one person is called \"" + who + "\""
                : "Owner \"" + who + "\" is not a Tandem user";
        if (row.option(UNKNOWN_OWNER_LEFT_EMPTY)) {
            Long kept = action == null ? null : action.getOwnerId();
            row.warn(problem + (kept == null ? ", so the action has no owner" : ", so the action keeps its owner"));
            return kept;
        }
        row.error(byName.size() > 1 ? problem + "; give the owner's username instead"
                : problem + "; give the username or the name of someone who can sign in");
        return null;
    }

    private ActionStatus status(MappedRow row, @Nullable ActionItem action) {
        ActionStatus current = action == null ? ActionStatus.NOT_STARTED : action.getStatus();
        String text = row.text(STATUS);
        if (text.isEmpty()) {
            return current;
        }
        ActionStatus status = row.meaning(STATUS).map(ActionSheetParser::statusNamed)
                .orElseGet(() -> statusCalled(text));
        if (status == null) {
            row.error("Status \"" + text + "\" is not one of: " + Arrays.stream(ActionStatus.values())
                    .map(ActionStatus::label).collect(Collectors.joining(", ")));
            return current;
        }
        if (action != null && !current.isOpen() && status != current) {
            row.error("Action " + action.getReference() + " is " + current.label().toLowerCase(Locale.ROOT)
                    + " and its status can no longer change");
        }
        return status;
    }

    private static int percent(MappedRow row, @Nullable ActionItem action, ActionStatus status) {
        int current = action == null ? 0 : action.getPercentComplete();
        Integer given = row.percent(PERCENT_COMPLETE);
        if (status == ActionStatus.COMPLETE) {
            return 100;
        }
        if (action != null && !action.getStatus().isOpen()) {
            return current;
        }
        return given == null ? current : given;
    }

    private static @Nullable ActionStatus statusNamed(String name) {
        return Arrays.stream(ActionStatus.values()).filter(status -> status.name().equals(name)).findFirst()
                .orElse(null);
    }

    /**
     * A first guess at what a council's RAG value means, offered in the value-mapping step for the admin to
     * confirm; never applied without it.
     */
    static @Nullable ActionStatus ragGuess(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "g", "green" -> ActionStatus.ON_TRACK;
            case "a", "amber" -> ActionStatus.AT_RISK;
            case "r", "red" -> ActionStatus.OFF_TRACK;
            case "b", "blue" -> ActionStatus.COMPLETE;
            case "grey", "gray" -> ActionStatus.NOT_STARTED;
            default -> null;
        };
    }

    static @Nullable ActionStatus statusCalled(String text) {
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
        for (ActionStatus status : ActionStatus.values()) {
            if (key.equals(status.label().toLowerCase(Locale.ROOT))
                    || key.equals(status.name().toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return status;
            }
        }
        return switch (key) {
            case "completed", "done" -> ActionStatus.COMPLETE;
            case "canceled" -> ActionStatus.CANCELLED;
            default -> null;
        };
    }

    /** The rule of ActionService: "2.3" is the third action of priority 2, one more than the highest so far. */
    private String next(PriorityInfo priority) {
        int number = highestNumber.getOrDefault(priority.number(), 0) + 1;
        highestNumber.put(priority.number(), number);
        return priority.number() + "." + number;
    }

    private void countReference(String reference) {
        int dot = reference.indexOf('.');
        if (dot <= 0) {
            return;
        }
        try {
            int priority = Integer.parseInt(reference.substring(0, dot));
            int number = Integer.parseInt(reference.substring(dot + 1));
            highestNumber.merge(priority, number, Math::max);
        } catch (NumberFormatException ignored) {
            // a hand-made reference such as "2.3a" does not take part in numbering
        }
    }
}
