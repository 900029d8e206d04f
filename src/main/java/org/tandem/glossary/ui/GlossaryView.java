package org.tandem.glossary.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tandem.glossary.Glossary;
import org.tandem.glossary.Term;
import org.tandem.shared.TandemProperties;

/**
 * The words we use, for everyone and with no sign-in, since the public page and the report use them: each term
 * with its abbreviation spelt out and a plain-English meaning.
 */
@Route(value = "glossary", autoLayout = false)
@PageTitle("Words we use")
@AnonymousAllowed
@StyleSheet("styles/you-said-we-did.css")
public class GlossaryView extends Main {

    public GlossaryView(TandemProperties properties) {
        addClassNames("page", "public-page", "glossary");
        Header header = new Header(new Paragraph(properties.partnershipName()));
        header.addClassName("public-header");
        DescriptionList list = new DescriptionList();
        list.setId("glossary");
        for (Term term : Glossary.terms()) {
            String name = term.isAbbreviation() ? term.name() + " (" + term.longForm() + ")" : term.name();
            list.add(new DescriptionList.Term(name), new DescriptionList.Description(term.meaning()));
        }
        Anchor back = new Anchor("you-said-we-did", "What families told us, and what we did");
        add(header, new H1("Words we use"), new Paragraph("The words and abbreviations on our pages and in the "
                + "board's reports, in plain English."), list, new Paragraph(back));
    }
}
