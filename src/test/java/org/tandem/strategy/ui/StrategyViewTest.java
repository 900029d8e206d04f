package org.tandem.strategy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.people.Role;
import org.tandem.people.SystemAuthentication;
import org.tandem.strategy.StrategyService;
import org.tandem.support.PlanFixture;
import org.tandem.support.UiTest;

class StrategyViewTest extends UiTest {

    @Autowired
    PlanFixture fixture;
    @Autowired
    StrategyService strategies;

    PlanFixture.Plan thePlan;

    @BeforeEach
    void aCurrentStrategy() {
        thePlan = fixture.plan("Strategy view");
    }

    @Test
    void anAdminAddsAPriorityWithItsOutcomes() {
        loginAs("strategy-admin", Role.ADMIN);
        UI.getCurrent().navigate(StrategyView.class);
        _click(_get(Button.class, spec -> spec.withText("Add priority")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Short title")), "Preparing for adulthood");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(
                "Outcomes: what this will mean for children, young people and families")),
                "Young people plan their future from Year 9\n\nMore young people find paid work");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var added = SystemAuthentication.call(() -> strategies.priorities()).stream()
                .filter(p -> p.title().equals("Preparing for adulthood")).findFirst().orElseThrow();
        assertThat(added.outcomes()).containsExactly("Young people plan their future from Year 9",
                "More young people find paid work");
        assertThat(_find(H3.class).stream().map(h3 -> h3.getElement().getTextRecursively())).contains(added.label());
    }

    @Test
    void aBoardMemberReadsTheStrategyWithoutEditButtons() {
        loginAs("strategy-board", Role.BOARD_MEMBER);
        UI.getCurrent().navigate(StrategyView.class);
        assertThat(_find(H2.class).stream().map(H2::getText)).anyMatch(text -> text.startsWith("Strategy view strategy"));
        assertThat(_find(Button.class)).noneMatch(button -> button.getText().startsWith("Edit"));
    }
}
