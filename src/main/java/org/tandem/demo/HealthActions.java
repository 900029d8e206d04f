package org.tandem.demo;

import static org.tandem.action.ActionStatus.AT_RISK;
import static org.tandem.action.ActionStatus.OFF_TRACK;
import static org.tandem.action.ActionStatus.ON_TRACK;
import static org.tandem.action.CoProductionPartner.PARENT_CARER_FORUM;
import static org.tandem.action.CoProductionPartner.YOUNG_PEOPLES_GROUP;
import static org.tandem.demo.DemoAction.action;
import static org.tandem.demo.DemoOrganisation.COLLEGE;
import static org.tandem.demo.DemoOrganisation.COUNCIL;
import static org.tandem.demo.DemoOrganisation.EARLY_YEARS;
import static org.tandem.demo.DemoOrganisation.FORUM;
import static org.tandem.demo.DemoOrganisation.ICB;
import static org.tandem.demo.DemoOrganisation.SCHOOLS;
import static org.tandem.demo.DemoOrganisation.SENDIASS;
import static org.tandem.demo.DemoOrganisation.TRUST;
import static org.tandem.demo.DemoOrganisation.YOUTH_VOICE;
import static org.tandem.demo.DemoWorkstream.THERAPIES;
import static org.tandem.demo.DemoWorkstream.WELLBEING;

import java.util.List;

/** Priority 4: health, therapies and emotional wellbeing. */
final class HealthActions {

    private HealthActions() {
    }

    static List<DemoAction> all() {
        return List.of(
                action("4.1", "Cut the wait for autism and ADHD assessments", """
                        Bring the wait for a neurodevelopmental assessment down to 18 weeks, with more \
                        assessment sessions, one shared waiting list and assessments in school where that \
                        helps.""")
                        .in(THERAPIES).ownedBy("lead").with(TRUST, ICB).runs(-12, 10)
                        .earlier(OFF_TRACK, 30, """
                                Saturday clinics and some assessments in school meant we saw 120 more children \
                                than a year ago. Referrals grew faster still, and the longest wait is now 26 \
                                months. The integrated care board is reviewing the service's funding.""")
                        .latest(OFF_TRACK, 35, """
                                The funding review agreed more money from the new financial year, but recruiting \
                                will take months and the longest wait is now 27 months. We are writing to every \
                                family on the list about the support open to them while they wait (action 4.2). \
                                A recovery plan goes to the board next term."""),
                action("4.2", "Support families while their child waits for an assessment", """
                        Offer every family on the neurodevelopmental waiting list advice, parent workshops and \
                        help at school that does not depend on a diagnosis.""")
                        .in(THERAPIES).ownedBy("lead").with(TRUST, FORUM, SENDIASS).runs(-9, 8)
                        .coProducedWith(PARENT_CARER_FORUM)
                        .earlier(ON_TRACK, 40, """
                                The parent carer forum and the trust designed a "waiting well" pack and a series \
                                of six workshops. 160 parents came and most left with something to try at home. \
                                Next we will add evening sessions for parents who work.""")
                        .latest(ON_TRACK, 60, """
                                The evening workshops filled within a week. Every family on the waiting list now \
                                has the pack. The forum's next survey will ask families whether they feel \
                                supported while they wait."""),
                action("4.3", "Bring speech and language therapy into schools", """
                        Move speech and language therapists from clinics into clusters of schools, so that \
                        children are seen where they learn and staff learn the strategies too.""")
                        .in(THERAPIES).ownedBy("lead").with(TRUST, SCHOOLS).runs(-6, 9)
                        .earlier(AT_RISK, 30, """
                                Three clusters of schools now have a named therapist, and clinic waits in those \
                                areas fell. Two therapists left and the posts are hard to fill, so the fourth \
                                cluster has not started. We are training therapy assistants to cover part of \
                                the work."""),
                action("4.4", "Put a mental health support team in every secondary school", """
                        Extend the mental health support teams so that every secondary school and the college \
                        has trained staff for children with mild to moderate anxiety and low mood.""")
                        .in(WELLBEING).ownedBy("lead").with(ICB, TRUST, SCHOOLS, COLLEGE).runs(-12, 14)
                        .earlier(ON_TRACK, 55, """
                                The second team started, so 14 of the 19 secondary schools are now covered. \
                                Schools say pupils get help sooner where before they would not have met the bar \
                                for specialist services. Next we will bid for a third team.""")
                        .latest(ON_TRACK, 70, """
                                The bid for a third team succeeded and recruiting has started. The teams changed \
                                their sessions for autistic pupils after parents' feedback. The third team \
                                should start next term."""),
                action("4.5", "Give schools a guide to sensory needs, written with occupational therapists", """
                        Practical guidance and training on sensory needs in the classroom, so that schools can \
                        make changes without waiting for a referral.""")
                        .in(THERAPIES).ownedBy("nadia.begum").with(TRUST, SCHOOLS, EARLY_YEARS).dueLastHalfTerm(-6)
                        .earlier(ON_TRACK, 80, """
                                The guide was tried in six schools and two nurseries, which found the classroom \
                                checklists most useful. Staff made simple changes, such as quiet spaces and \
                                movement breaks, the same week. Next it goes for design and printing.""")
                        .latest(ON_TRACK, 90, """
                                Design and printing took longer than planned, so the guide missed its date. The \
                                online version is ready and training sessions are booked for next term. Printed \
                                copies will reach schools before the end of this half-term."""),
                action("4.6", "Agree how education, health and care share the cost of support in plans", """
                        One simple joint funding rule for the therapy, equipment and care named in EHC plans, so \
                        that families are not caught between services.""")
                        .in(THERAPIES).ownedBy("aisha.rahman").with(ICB, COUNCIL).runs(-6, 6)
                        .earlier(ON_TRACK, 25, """
                                Finance leads from the council and the integrated care board mapped what each \
                                paid for last year. The main gap is equipment used at home, which neither budget \
                                clearly covers. Next they will propose a shared rule for the board to agree."""),
                action("4.7", "Run wellbeing drop-ins at youth clubs, designed with young people", """
                        Weekly evening drop-ins at two youth clubs where young people with SEND can talk to a \
                        wellbeing worker, planned with Riverside Youth Voice.""")
                        .in(WELLBEING).ownedBy("joanna.price").with(YOUTH_VOICE, TRUST).runs(-9, 5)
                        .coProducedWith(YOUNG_PEOPLES_GROUP)
                        .earlier(AT_RISK, 20, """
                                Young people from Riverside Youth Voice chose the two youth clubs and named the \
                                sessions. The youth service then told us its funding for evening sessions ends \
                                this year. We are looking for another way to pay for the drop-ins.""")
                        .cancelled("The youth service's evening funding ended and no other funding was found. "
                                + "Young people told us they would rather have wellbeing support at school and "
                                + "college, so it is now part of the third mental health support team "
                                + "(action 4.4)."),
                action("4.8", "Offer an annual health check to young people with a learning disability from 14", """
                        Help GP practices invite, prepare and see young people with a learning disability for \
                        their annual health check, with easy-read invitations.""")
                        .in(THERAPIES).ownedBy("lead").with(ICB, TRUST).dueLastHalfTerm(-12)
                        .earlier(ON_TRACK, 80, """
                                GP practices sent easy-read invitations and 74% of the young people who could \
                                have a check had one, up from 52%. A learning disability nurse helped the \
                                practices with the fewest checks. We aim to reach 80% by the date set.""")
                        .latest(AT_RISK, 85, """
                                We reached 77%, short of the 80% we set out to reach by now. Most young people \
                                who missed their check are registered at four practices, which the learning \
                                disability nurse has now visited. We will report the figure again at the end of \
                                the financial year."""));
    }
}
