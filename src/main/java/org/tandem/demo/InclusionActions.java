package org.tandem.demo;

import static org.tandem.action.ActionStatus.AT_RISK;
import static org.tandem.action.ActionStatus.ON_TRACK;
import static org.tandem.action.CoProductionPartner.PARENT_CARER_FORUM;
import static org.tandem.demo.DemoAction.action;
import static org.tandem.demo.DemoOrganisation.COLLEGE;
import static org.tandem.demo.DemoOrganisation.COUNCIL;
import static org.tandem.demo.DemoOrganisation.EARLY_YEARS;
import static org.tandem.demo.DemoOrganisation.FORUM;
import static org.tandem.demo.DemoOrganisation.SCHOOLS;
import static org.tandem.demo.DemoOrganisation.SENDIASS;
import static org.tandem.demo.DemoOrganisation.TRUST;
import static org.tandem.demo.DemoWorkstream.INCLUSION;
import static org.tandem.demo.DemoWorkstream.WELLBEING;

import java.util.List;

/** Priority 2: needs met early in mainstream settings. */
final class InclusionActions {

    private InclusionActions() {
    }

    static List<DemoAction> all() {
        return List.of(
                action("2.1", "Publish a guide to the support every school and setting gives without a plan", """
                        Describe in plain words, with examples, what every early years setting, school and \
                        college in Riverside provides for children with SEND as part of ordinary teaching, so \
                        families and staff know what to expect.""")
                        .in(INCLUSION).ownedBy("nadia.begum").with(EARLY_YEARS, SCHOOLS, COLLEGE, FORUM)
                        .runs(-12, 3).coProducedWith(PARENT_CARER_FORUM)
                        .earlier(ON_TRACK, 60, """
                                Groups of SENCOs, early years staff and parents drafted sections on \
                                communication, learning, sensory, physical and emotional needs. The draft went to \
                                every school for comment and 40 replied. Next we will test it with families at \
                                two forum coffee mornings.""")
                        .latest(AT_RISK, 70, """
                                Families at the coffee mornings said the draft read like a list for \
                                professionals and did not tell them what to ask for. We agreed to add a short \
                                family version before publishing, which delays publication by a half-term. The \
                                family version comes back to the forum next."""),
                action("2.2", "Run a SENCO network every term, with peer review between schools", """
                        Bring SENCOs from every phase together each term to share practice and hear what is \
                        changing, and pair schools to visit and review each other's SEN support.""")
                        .in(INCLUSION).ownedBy("nadia.begum").with(SCHOOLS, EARLY_YEARS, COUNCIL).runs(-12, 19)
                        .earlier(ON_TRACK, 40, """
                                This term's network had 74 SENCOs, the most so far, and eight schools formed two \
                                new peer review groups. SENCOs said the visits were the most useful part of the \
                                year. Next we will pair each new SENCO with an experienced one.""")
                        .latest(ON_TRACK, 55, """
                                Eleven new SENCOs now have an experienced partner, and the next network is \
                                planned around the new support guide. Two peer review groups shared what they \
                                learned at a headteachers' briefing. The summer survey will ask SENCOs whether \
                                they feel less on their own."""),
                action("2.3", "Make early years inclusion funding quicker and simpler to claim", """
                        Replace the paper claim for inclusion funding in nurseries and with childminders by a \
                        short online form and a monthly decision panel, so that support starts sooner.""")
                        .in(INCLUSION).ownedBy("nadia.begum").with(EARLY_YEARS, COUNCIL).runs(-9, 4)
                        .earlier(ON_TRACK, 70, """
                                The online form went live and 46 claims came through it in the first \
                                half-term. Decisions now take three weeks on average instead of seven. Next we \
                                will ask settings what still slows them down.""")
                        .latest(ON_TRACK, 85, """
                                Settings found the form easy but were unsure what evidence to attach, so we \
                                added examples. Childminders are using it too. The process becomes part of the \
                                early years team's normal work next term."""),
                action("2.4", "Extend outreach from special schools into mainstream classrooms", """
                        Special school staff coach mainstream teachers in meeting complex needs, so that more \
                        children can stay at their local school.""")
                        .in(INCLUSION).ownedBy("helen.wright").with(SCHOOLS, COUNCIL).runs(-6, 7)
                        .earlier(AT_RISK, 25, """
                                Two special schools agreed to offer outreach and the first 12 mainstream schools \
                                asked for it. Staff shortages mean one special school can give only half the \
                                days planned. We are asking a third special school to share the work.""")
                        .latest(AT_RISK, 30, """
                                Outreach reached 15 schools and teachers rated the coaching highly, but 20 \
                                schools are now waiting. The third special school cannot join until next \
                                September. We have asked the high needs funding group whether outreach can be \
                                funded centrally."""),
                action("2.5", "Check the talking and understanding of every two-year-old", """
                        Health visitors and nursery staff use one short communication check at the two-year \
                        review, and refer children who need help to a local group without waiting for a \
                        specialist.""")
                        .in(INCLUSION).ownedBy("nadia.begum").with(TRUST, EARLY_YEARS).runs(-6, 8)
                        .earlier(ON_TRACK, 30, """
                                Health visitors and 20 nurseries have learned to use the same check. 140 \
                                children were checked and 18 have joined a chatter club run by a nursery \
                                practitioner. Next we will train the remaining nurseries."""),
                action("2.6", "Reduce suspensions and exclusions of children with SEND", """
                        Set up an inclusion panel where schools get advice and extra help for a child at risk of \
                        exclusion, and share each school's figures for children with SEND every term.""")
                        .in(WELLBEING).ownedBy("gareth.evans").with(COUNCIL, SCHOOLS, SENDIASS).runs(-12, 10)
                        .earlier(AT_RISK, 20, """
                                The inclusion panel met four times and advised on 23 children, 19 of whom are \
                                still at their school. Suspensions of children on SEN support still rose last \
                                year. Next we will show headteachers each school's figures so they can \
                                compare.""")
                        .latest(AT_RISK, 25, """
                                Headteachers have their school's figures, and six schools with the highest rates \
                                asked for a visit. The panel now meets every fortnight because more schools ask \
                                for it. We will report whether suspensions fell when this term's figures are \
                                in."""),
                action("2.7", "Agree how schools help children who find it hard to attend", """
                        One shared approach for schools, families and health staff when anxiety or unmet needs \
                        keep a child from school, with help early, before attendance falls far.""")
                        .in(WELLBEING).ownedBy("lead").with(SCHOOLS, TRUST, FORUM).runs(-6, 6)
                        .coProducedWith(PARENT_CARER_FORUM)
                        .earlier(ON_TRACK, 45, """
                                Parents, school staff and the mental health support teams wrote the guidance \
                                together over four sessions. It puts adjustments and a named adult in place \
                                before any talk of penalties. Next it goes to every school, with two briefings.""")
                        .latest(ON_TRACK, 60, """
                                The guidance has gone to all schools and 58 staff came to the briefings. Parents \
                                told the forum it was the first school document that matched their experience. \
                                Next term we will ask how many schools are using it."""),
                action("2.8", "Train teaching assistants in the graduated approach", """
                        A course for teaching assistants in mainstream schools on assess, plan, do, review, so \
                        that the adults closest to children can spot needs and adjust support.""")
                        .in(INCLUSION).ownedBy("nadia.begum").with(SCHOOLS, COUNCIL).runs(6, 14));
    }
}
