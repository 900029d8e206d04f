package org.tandem.bench;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.springframework.data.domain.PageRequest;
import org.tandem.action.ActionFilter;
import org.tandem.action.ActionPlanService;
import org.tandem.action.ActionStatus;
import org.tandem.people.Role;
import org.tandem.support.SignIn;

/**
 * What the action-plan screens ask of the services for each thing a person does there, call for call: the grid
 * asks for the count, then for its first page of 50. Each step returns how many items the screen shows; its
 * {@code i}-th run may look at another priority or action, so that repeated runs do not read only one row.
 */
public final class ActionPlanSteps {

    public static final int PAGE_SIZE = 50;

    /** One thing a person does, as who, and the service calls it makes. */
    public record Step(String name, String username, Role role, IntUnaryOperator calls) {

        /** Signs in as the step's person and runs it the {@code i}-th time. */
        public int run(int i) {
            SignIn.as(username, role);
            return calls.applyAsInt(i);
        }
    }

    private ActionPlanSteps() {
    }

    public static List<Step> of(ActionPlanService plan, LargePartnership.Generated partnership) {
        String admin = partnership.admin();
        List<Long> priorities = partnership.priorityIds();
        List<Long> actions = partnership.actionIds();
        return List.of(
                new Step("open the action plan", admin, Role.ADMIN,
                        i -> grid(plan, ActionFilter.none())),
                new Step("filter by priority and status", admin, Role.ADMIN,
                        i -> grid(plan, ActionFilter.none().withPriority(priorities.get(i % priorities.size()))
                                .withStatus(ActionStatus.ON_TRACK))),
                new Step("filter by update overdue", admin, Role.ADMIN,
                        i -> grid(plan, ActionFilter.none().withUpdateOverdue(true))),
                new Step("open an action page", admin, Role.ADMIN, i -> {
                    long id = i == 0 ? partnership.typicalActionId() : actions.get((i * 7_919) % actions.size());
                    plan.details(id);
                    return plan.updates(id).size();
                }),
                new Step("show an action's history", admin, Role.ADMIN, i -> {
                    long id = i == 0 ? partnership.typicalActionId() : actions.get((i * 7_919) % actions.size());
                    return plan.history(id).size();
                }),
                new Step("priorities overview", admin, Role.ADMIN, i -> plan.overview().size()),
                new Step("my actions (a workstream lead)", partnership.lead(), Role.WORKSTREAM_LEAD,
                        i -> plan.mine().size()));
    }

    private static int grid(ActionPlanService plan, ActionFilter filter) {
        plan.count(filter);
        return plan.list(filter, PageRequest.of(0, PAGE_SIZE)).getNumberOfElements();
    }
}
