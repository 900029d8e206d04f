package org.tandem.sef.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tandem.sef.SefFrameworks;
import org.tandem.sef.SefService;
import org.tandem.sef.TemplateOutline;
import org.tandem.shared.ui.Notifications;
import org.tandem.shared.ui.SaveAttempt;
import org.tandem.shared.ui.TextLimits;

/**
 * The frameworks editions are graded on, each with its areas and criteria in order. Admins copy one; in a copy
 * they reword criteria and add new ones. The shipped frameworks stay as shipped.
 */
@Route("sef/frameworks")
@PageTitle("SEF frameworks | Tandem")
@PermitAll
public class FrameworksView extends Main {

    final Div frameworks = new Div();
    private final SefFrameworks service;
    private final boolean mayCopy;

    public FrameworksView(SefFrameworks service, SefService sef) {
        this.service = service;
        this.mayCopy = sef.mayStartEdition();
        addClassName("page");
        add(new RouterLink("Back to the overview", SefOverviewView.class), new H1("Self-evaluation frameworks"),
                frameworks);
        show();
    }

    private void show() {
        frameworks.removeAll();
        for (TemplateOutline template : service.templates()) {
            Div block = new Div(new H2(template.name()), new Paragraph(template.description()),
                    new Paragraph((template.shipped() ? "Shipped with Tandem; copy it to change it. " : "")
                            + org.tandem.sef.Counted.of(template.criteriaCount(), "criterion", "criteria")
                            + ". Outcomes an inspection can reach: "
                            + String.join("; ", template.outcomes()) + "."));
            if (mayCopy) {
                block.add(new Button("Copy this framework", e -> copy(template)));
            }
            for (TemplateOutline.Area area : template.areas()) {
                block.add(new H3(area.position() + ". " + area.title()));
                OrderedList list = new OrderedList();
                for (TemplateOutline.Item item : area.criteria()) {
                    ListItem line = new ListItem(new Span(item.title()), new Span(": " + item.description()));
                    if (template.mayEdit()) {
                        Button reword = new Button("Reword", e -> reword(item));
                        reword.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        reword.getElement().setAttribute("aria-label", "Reword " + item.title());
                        line.add(reword);
                    }
                    list.add(line);
                }
                block.add(list);
                if (template.mayEdit()) {
                    Button add = new Button("Add a criterion to " + area.title(), e -> add(template, area));
                    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    block.add(add);
                }
            }
            frameworks.add(block);
        }
    }

    private void copy(TemplateOutline template) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Copy " + template.name());
        TextField name = new TextField("Name of the copy");
        TextLimits.limit(name, 200);
        Button save = new Button("Copy", e -> new SaveAttempt().at("name", name).call(() ->
                service.copy(template.id(), name.getValue())).ifPresent(id -> {
                    dialog.close();
                    Notifications.success("Copied as " + name.getValue().strip() + ".");
                    show();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void reword(TemplateOutline.Item item) {
        criterionDialog("Reword the criterion", item.title(), item.description(), (title, description) ->
                service.describeCriterion(item.id(), item.version(), title, description));
    }

    private void add(TemplateOutline template, TemplateOutline.Area area) {
        criterionDialog("Add a criterion to " + area.title(), "", "", (title, description) ->
                service.addCriterion(template.id(), area.position(), title, description));
    }

    private void criterionDialog(String heading, String oldTitle, String oldDescription,
            java.util.function.BiConsumer<String, String> save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(heading);
        TextField title = new TextField("Criterion");
        TextLimits.limit(title, 300);
        title.setValue(oldTitle);
        TextArea description = new TextArea("Description");
        TextLimits.limit(description, 2000);
        description.setValue(oldDescription);
        Button ok = new Button("Save", e -> {
            if (new SaveAttempt().at("title", title).onConflict(this::show).run(() -> save.accept(title.getValue(),
                    description.getValue()))) {
                dialog.close();
                Notifications.success("Saved.");
                show();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title, description);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }
}
