package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.people.InitialPeople;
import org.tandem.people.Role;
import org.tandem.people.UserService;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.w3c.dom.Document;

class PublicFeedsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2034, 6, 12);
    static final String SCRIPT = "<script>alert('x')</script> & \"quotes\"";

    @Autowired
    PublicFeeds feeds;
    @Autowired
    FeedbackService service;
    @Autowired
    FeedbackRegister register;
    @Autowired
    InitialPeople people;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    FeedbackFixture given;
    String marker;

    @BeforeEach
    void aRepAndAnOfficer() {
        clock.setDate(TODAY);
        given = new FeedbackFixture(people, users, service, register);
        marker = FeedbackFixture.unique("feeds");
    }

    @AfterEach
    void signOutAndRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void pastedScriptStaysTextAndIsEscapedInBothFeeds() throws Exception {
        long id = given.published("Pasted", TODAY, "You said " + marker + " " + SCRIPT, "We did " + SCRIPT,
                "SHORT_BREAKS");
        SecurityContextHolder.clearContext();

        var json = feeds.json(marker, null, null, null);
        assertThat(json.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(json.getBody()).doesNotContain("<script>").contains("\\u003cscript\\u003e")
                .contains("\"id\":" + id);
        var parsed = new tools.jackson.databind.ObjectMapper().readTree(json.getBody());
        assertThat(parsed.get("entries").get(0).get("youSaid").asString()).isEqualTo("You said " + marker + " " + SCRIPT);

        var atom = feeds.atom(marker, null, null, null);
        assertThat(atom.getBody()).doesNotContain("<script>").contains("&lt;script&gt;");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(atom.getBody().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("entry").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("content").item(0).getTextContent()).contains(SCRIPT);
    }

    @Test
    void nothingUnpublishedOrInternalAppearsInTheFeedsAndWithdrawnEntriesLeaveThem() {
        long published = given.published("Internal words " + marker, TODAY, "Public you said " + marker,
                "Public we did", "TRANSPORT");
        long agreed = given.agreed("Agreed only " + marker, TODAY, "Agreed you said " + marker, "Agreed we did");
        SecurityContextHolder.clearContext();

        String body = feeds.json(marker, null, null, null).getBody();
        assertThat(body).contains("Public you said").doesNotContain("Internal words").doesNotContain("Agreed")
                .doesNotContain(given.rep).doesNotContain(given.officerName)
                .doesNotContain("We changed the letter");
        assertThat(feeds.atom(marker, null, null, null).getBody()).contains("Public you said")
                .doesNotContain("Internal words").doesNotContain("Agreed you said");

        FeedbackFixture.signInAs(given.rep, Role.FORUM_REP);
        service.withdraw(published, given.version(published), "Families asked us to reword it.");
        SecurityContextHolder.clearContext();
        assertThat(feeds.json(marker, null, null, null).getBody()).doesNotContain("Public you said");
        assertThat(feeds.atom(marker, null, null, null).getBody()).doesNotContain("Public you said");
        assertThat(agreed).isPositive();
    }

    @Test
    void oddOrHugeParametersGiveANormalBoundedAnswer() {
        for (int i = 0; i < 3; i++) {
            given.published("Bulk " + i, TODAY, "Bulk you said " + marker + " " + i, "We did " + i, "OTHER");
        }
        SecurityContextHolder.clearContext();
        assertThat(feeds.json(marker, "no-such-theme", "banana", "-5").getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(count(feeds.json(marker, null, null, "2").getBody())).isEqualTo(2);
        assertThat(count(feeds.json(marker, null, null, "99999999999999999999").getBody())).isEqualTo(3);
        assertThat(count(feeds.json(marker, "other", null, "1").getBody())).isEqualTo(1);
        assertThat(count(feeds.json(marker, "transport", null, null).getBody())).isZero();
        String huge = marker + "x".repeat(100_000);
        assertThat(feeds.json(huge, "x".repeat(10_000), "9".repeat(10_000), "1".repeat(10_000))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(feeds.atom("\u0000\u0001" + marker, "\uFFFF", null, "0").getStatusCode().is2xxSuccessful())
                .isTrue();
    }

    private static int count(String json) {
        return json.split("\"youSaid\"", -1).length - 1;
    }
}
