package org.tandem.strategy;

import static org.tandem.support.PermissionTable.ADMIN;
import static org.tandem.support.PermissionTable.EVERYONE;
import static org.tandem.support.PermissionTable.roles;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.shared.Rag;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PermissionTable;

/**
 * Who may do what with the strategy: everyone signed in reads it, admins set it up, the board (and admins)
 * override a priority's RAG. Changes are given drafts that break a rule, or ids that name nothing, so that a
 * person let through is stopped by the rule and nothing changes.
 */
class StrategyPermissionsTest extends IntegrationTest {

    static final long NO_SUCH = -1;
    static final Set<Role> BOARD = roles(Role.ADMIN, Role.BOARD_MEMBER);

    @Autowired
    StrategyService strategies;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;

    PermissionTable table;

    @BeforeEach
    void theTable() {
        table = new PermissionTable(people, users)
                .row("StrategyService.current", EVERYONE, actor -> strategies::current)
                .row("StrategyService.strategies", EVERYONE, actor -> strategies::strategies)
                .row("StrategyService.mayEdit", EVERYONE, actor -> strategies::mayEdit)
                .row("StrategyService.mayOverrideRag", EVERYONE, actor -> strategies::mayOverrideRag)
                .row("StrategyService.candidateSponsors", EVERYONE, actor -> strategies::candidateSponsors)
                .row("StrategyService.priorities/0", EVERYONE, actor -> strategies::priorities)
                .row("StrategyService.priorities/1", EVERYONE, actor -> () -> strategies.priorities(NO_SUCH))
                .row("StrategyService.priority", EVERYONE, actor -> () -> strategies.priority(NO_SUCH))
                .row("StrategyService.prioritiesById", EVERYONE,
                        actor -> () -> strategies.prioritiesById(Set.of(NO_SUCH)))
                .row("StrategyService.priorityHistory", EVERYONE, actor -> () -> strategies.priorityHistory(NO_SUCH))
                .row("StrategyService.strategyHistory", EVERYONE, actor -> () -> strategies.strategyHistory(NO_SUCH))
                .row("StrategyService.editStrategy", ADMIN, actor -> () -> strategies.editStrategy(NO_SUCH))
                .row("StrategyService.createStrategy", ADMIN,
                        actor -> () -> strategies.createStrategy(new StrategyDraft()))
                .row("StrategyService.updateStrategy", ADMIN,
                        actor -> () -> strategies.updateStrategy(new StrategyDraft()))
                .row("StrategyService.approve", ADMIN,
                        actor -> () -> strategies.approve(NO_SUCH, 0, LocalDate.of(2030, 1, 1), ""))
                .row("StrategyService.makeCurrent", ADMIN, actor -> () -> strategies.makeCurrent(NO_SUCH))
                .row("StrategyService.editPriority", ADMIN, actor -> () -> strategies.editPriority(NO_SUCH))
                .row("StrategyService.addPriority", ADMIN, actor -> () -> strategies.addPriority(new PriorityDraft()))
                .row("StrategyService.updatePriority", ADMIN,
                        actor -> () -> strategies.updatePriority(new PriorityDraft()))
                .row("StrategyService.overrideRag", BOARD,
                        actor -> () -> strategies.overrideRag(NO_SUCH, 0, Rag.RED, ""))
                .row("StrategyService.clearOverride", BOARD, actor -> () -> strategies.clearOverride(NO_SUCH, 0));
    }

    @Test
    void everyoneReadsTheStrategyAdminsSetItUpAndTheBoardOverridesARag() {
        table.check();
    }

    @Test
    void everyOperationOfTheStrategyHasARowSoAddingOneWithoutARowFails() {
        table.assertCovers(StrategyService.class);
    }
}
