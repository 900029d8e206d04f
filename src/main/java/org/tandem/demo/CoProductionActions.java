package org.tandem.demo;

import static org.tandem.action.ActionStatus.AT_RISK;
import static org.tandem.action.ActionStatus.ON_TRACK;
import static org.tandem.action.CoProductionPartner.PARENT_CARER_FORUM;
import static org.tandem.action.CoProductionPartner.YOUNG_PEOPLES_GROUP;
import static org.tandem.demo.DemoAction.action;
import static org.tandem.demo.DemoOrganisation.COUNCIL;
import static org.tandem.demo.DemoOrganisation.FORUM;
import static org.tandem.demo.DemoOrganisation.ICB;
import static org.tandem.demo.DemoOrganisation.SCHOOLS;
import static org.tandem.demo.DemoOrganisation.SENDIASS;
import static org.tandem.demo.DemoOrganisation.TRUST;
import static org.tandem.demo.DemoOrganisation.YOUTH_VOICE;
import static org.tandem.demo.DemoWorkstream.CO_PRODUCTION;

import java.util.List;

/** Priority 5: co-production and communication with families. */
final class CoProductionActions {

    private CoProductionActions() {
    }

    static List<DemoAction> all() {
        return List.of(
                action("5.1", "Ask every partner to sign the Riverside co-production charter", """
                        Agree a co-production charter with families and young people, and ask every partner on \
                        the board to sign it and say what it will do differently.""")
                        .in(CO_PRODUCTION).ownedBy("forum").with(FORUM, YOUTH_VOICE, COUNCIL, ICB).runs(-12, 0)
                        .coProducedWith(PARENT_CARER_FORUM, YOUNG_PEOPLES_GROUP)
                        .completedEarlier("""
                                All nine partners have signed the charter, each with three commitments of its \
                                own. The charter is on the Local Offer and on the wall of every SEND team office. \
                                In the summer the forum will ask each partner how it has kept its \
                                commitments."""),
                action("5.2", "Rewrite the Local Offer's most-visited pages in plain English with families", """
                        Rewrite the 20 most-visited Local Offer pages with parents and young people, test them \
                        with families and keep them up to date.""")
                        .in(CO_PRODUCTION).ownedBy("gareth.evans").with(COUNCIL, FORUM, SENDIASS).runs(-6, 5)
                        .coProducedWith(PARENT_CARER_FORUM)
                        .earlier(ON_TRACK, 40, """
                                Parents from the forum reviewed the 20 pages and rewrote eight with the web team. \
                                The pages done so far now read at age 11 rather than 16. Next every page gets a \
                                "who to contact" box.""")
                        .latest(ON_TRACK, 60, """
                                Fourteen pages are rewritten and every page names a contact. Visits to the \
                                "help at school" page rose by half after its rewrite. The last six pages will be \
                                done next term."""),
                action("5.3", "Publish \"you said, we did\" every half-term", """
                        Log what families and young people tell us, say what we did about it, and publish it on \
                        the Local Offer every half-term.""")
                        .in(CO_PRODUCTION).ownedBy("lucy.mills").with(FORUM, COUNCIL).runs(-12, 19)
                        .coProducedWith(PARENT_CARER_FORUM)
                        .earlier(ON_TRACK, 50, """
                                We published 18 entries, on transport, annual reviews and short breaks. Families \
                                liked seeing what changed, but some answers were vague. Next we will ask each \
                                service for a date by which its change will happen."""),
                action("5.4", "Give young people a regular place at the partnership board", """
                        Young people from Riverside Youth Voice come to the board twice a year and set an item \
                        of their choice, with help to prepare and a report back on what changed.""")
                        .in(CO_PRODUCTION).ownedBy("dave.hughes").with(YOUTH_VOICE, COUNCIL).runs(-6, 19)
                        .coProducedWith(YOUNG_PEOPLES_GROUP)
                        .earlier(ON_TRACK, 30, """
                                Four young people told the board what makes a good annual review. The board \
                                agreed three changes, which are now part of action 3.2. Next we will help the \
                                group choose its topic for the next board.""")
                        .latest(ON_TRACK, 45, """
                                The group chose transport to college and is collecting other students' stories. \
                                Board members have been asked to come with answers, not only to listen. We will \
                                report back to the group within a month of the meeting."""),
                action("5.5", "Send families a SEND newsletter every term", """
                        A short newsletter each term, written with the forum, on what has changed, what is \
                        coming and how to take part.""")
                        .in(CO_PRODUCTION).ownedBy("dave.hughes").with(COUNCIL, FORUM).runs(-12, 19)
                        .earlier(ON_TRACK, 60, """
                                The newsletter reached 2,900 families through schools and the forum, and 40% \
                                opened the e-mail version. Families asked for more news from health services. \
                                The next issue will have a health page.""")
                        .latest(ON_TRACK, 70, """
                                This term's issue had a health page written with the trust and a short guide to \
                                the new plan template. The share opening it held at 40%. Next we will try printed \
                                copies in GP surgeries and libraries for families who are not online."""),
                action("5.6", "Train professionals in co-production, with parent carers as co-trainers", """
                        A course for staff in education, health and care, designed and run with parent carers, \
                        on working with families as equal partners.""")
                        .in(CO_PRODUCTION).ownedBy("lucy.mills").with(FORUM, COUNCIL, TRUST, SCHOOLS).runs(-6, 9)
                        .coProducedWith(PARENT_CARER_FORUM)
                        .earlier(ON_TRACK, 25, """
                                Four parent carers trained as co-trainers and the course ran twice, for 35 \
                                staff. Staff said the parents' stories changed how they write to families. Next \
                                we will offer the course to schools.""")
                        .latest(AT_RISK, 30, """
                                Only five schools have booked, far below the 30 we planned for. Headteachers say \
                                releasing staff for a whole day is hard. We are making a two-hour version that \
                                fits into a staff meeting."""),
                action("5.7", "Learn from complaints, mediation and tribunal appeals", """
                        Review each term why families complain, go to mediation or appeal to the tribunal, and \
                        change how we work where the same problem keeps coming up.""")
                        .in(CO_PRODUCTION).ownedBy("gareth.evans").with(COUNCIL, SENDIASS, FORUM).runs(-9, 19)
                        .earlier(ON_TRACK, 20, """
                                The first review looked at 42 complaints and 19 tribunal appeals; most were about \
                                the school named in a plan and late annual reviews. Next we will share what we \
                                found with coordinators and the forum, and check that mediation is offered early \
                                enough."""),
                action("5.8", "Publish the strategy in easy-read, young people's and translated versions", """
                        Make the strategy readable by everyone: an easy-read version, a version written by young \
                        people, and translations into the four languages most spoken locally.""")
                        .in(CO_PRODUCTION).ownedBy("dave.hughes").with(COUNCIL, FORUM, YOUTH_VOICE).runs(-12, 1)
                        .coProducedWith(YOUNG_PEOPLES_GROUP)
                        .earlier(ON_TRACK, 80, """
                                The easy-read version is finished and Riverside Youth Voice has drafted the young \
                                people's version. The translations are with the council's translation service. \
                                We will publish all the versions together.""")
                        .completedLatest("""
                                All versions are on the Local Offer, with printed copies in libraries, children's \
                                centres and the college. The young people's version has been downloaded more \
                                often than the full strategy. We will update every version when the strategy is \
                                refreshed."""));
    }
}
