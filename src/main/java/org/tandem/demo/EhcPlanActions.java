package org.tandem.demo;

import static org.tandem.action.ActionStatus.AT_RISK;
import static org.tandem.action.ActionStatus.OFF_TRACK;
import static org.tandem.action.ActionStatus.ON_TRACK;
import static org.tandem.action.CoProductionPartner.PARENT_CARER_FORUM;
import static org.tandem.action.CoProductionPartner.YOUNG_PEOPLES_GROUP;
import static org.tandem.demo.DemoAction.action;
import static org.tandem.demo.DemoOrganisation.COLLEGE;
import static org.tandem.demo.DemoOrganisation.COUNCIL;
import static org.tandem.demo.DemoOrganisation.FORUM;
import static org.tandem.demo.DemoOrganisation.ICB;
import static org.tandem.demo.DemoOrganisation.SCHOOLS;
import static org.tandem.demo.DemoOrganisation.TRUST;
import static org.tandem.demo.DemoOrganisation.YOUTH_VOICE;
import static org.tandem.demo.DemoWorkstream.EHC_PLANS;
import static org.tandem.demo.DemoWorkstream.THERAPIES;

import java.util.List;

/** Priority 1: timely, good-quality EHC plans. */
final class EhcPlanActions {

    private EhcPlanActions() {
    }

    static List<DemoAction> all() {
        return List.of(
                action("1.1", "Clear the backlog of needs assessments running past 20 weeks", """
                        Add casework and educational psychology time until every open needs assessment is back \
                        within the 20-week legal limit, and keep it there.""")
                        .in(EHC_PLANS).ownedBy("gareth.evans").with(COUNCIL).runs(-12, 7)
                        .earlier(AT_RISK, 40, """
                                We recruited two temporary EHC coordinators and bought extra educational \
                                psychology time from a neighbouring service. The number of assessments past 20 \
                                weeks fell from 96 to 71. Requests rose again at the start of term, so next we \
                                will review every case past 16 weeks each week.""")
                        .latest(OFF_TRACK, 45, """
                                Requests this half-term were the highest we have seen, and one educational \
                                psychologist post is still empty. Assessments past 20 weeks went back up to 84, \
                                so families are still waiting too long. We have asked the board to fund six more \
                                months of agency psychology time and will report its decision."""),
                action("1.2", "Tell families where their needs assessment has got to at every stage", """
                        Send families a short update at each stage of the assessment, and name one contact who \
                        answers within three working days.""")
                        .in(EHC_PLANS).ownedBy("dave.hughes").with(COUNCIL, FORUM).runs(-6, 4)
                        .coProducedWith(PARENT_CARER_FORUM)
                        .earlier(ON_TRACK, 50, """
                                Parent carer forum members tested the wording of the four stage letters and \
                                asked us to drop the legal jargon, which we did. The letters now go out \
                                automatically for every new request. Next we will add the name and direct phone \
                                number of the family's coordinator.""")
                        .latest(ON_TRACK, 75, """
                                Every letter now names the family's coordinator and gives a direct number. Calls \
                                to the SEND inbox asking where an assessment has got to fell by about a third on \
                                the same weeks last year. The spring forum survey will ask families whether they \
                                feel better informed."""),
                action("1.3", "Write a new EHC plan template with families and young people", """
                        Replace the plan template with one that starts with the child's own views, uses plain \
                        English and sets outcomes that can be checked at each annual review.""")
                        .in(EHC_PLANS).ownedBy("gareth.evans").with(COUNCIL, FORUM, YOUTH_VOICE).runs(-10, 2)
                        .coProducedWith(PARENT_CARER_FORUM, YOUNG_PEOPLES_GROUP)
                        .earlier(ON_TRACK, 80, """
                                Six workshops with parents and two with Riverside Youth Voice shaped the new \
                                template, including an "all about me" section the child or young person writes. \
                                Coordinators tried it on twelve new plans and found the outcomes easier to write. \
                                Next we will make final changes and ask the forum to sign it off.""")
                        .completedLatest("""
                                The new template is now used for every new plan, and for plans amended after an \
                                annual review from next term. In the trial, all twelve families said they \
                                recognised their child in the plan, against about half in last year's audit. The \
                                plan audit (action 1.4) will check that quality holds as use grows.""")
                        .signedOffBy("Lucy Mills, Riverside Parent Carer Forum"),
                action("1.4", "Check the quality of new EHC plans every term, across education, health and care", """
                        Each term a panel from education, health, social care and the parent carer forum reads \
                        a sample of new plans, grades them against a shared standard and feeds back to the \
                        writers.""")
                        .in(EHC_PLANS).ownedBy("gareth.evans").with(COUNCIL, ICB, FORUM).runs(-3, 19)
                        .earlier(ON_TRACK, 30, """
                                We agreed the standard with health and social care colleagues and graded the \
                                first 20 plans. Ten were good; the weakest parts were health and care needs, \
                                often copied from reports. The next audit will show whether feedback to writers \
                                has improved those parts.""")
                        .latest(ON_TRACK, 45, """
                                The second audit is booked and a parent carer forum member has joined the panel. \
                                Coordinators have had feedback sessions on writing the health and care sections. \
                                We will show the board both terms' grades side by side."""),
                action("1.5", "Hold every annual review of an EHC plan on time", """
                        Bring late annual reviews up to date, and give schools a calendar and a simple form so \
                        that every review is held and followed up within the legal timescales.""")
                        .in(EHC_PLANS).ownedBy("dave.hughes").with(COUNCIL, SCHOOLS).dueLastHalfTerm(-12)
                        .earlier(AT_RISK, 60, """
                                Schools now get a termly list of the reviews due, and reviews more than a month \
                                late fell from 210 to 140. Amending the plan after the review is the bottleneck: \
                                some families wait months. One coordinator now works on amendments only.""")
                        .latest(AT_RISK, 70, """
                                We missed the date we set: 95 reviews are still more than a month late, most \
                                waiting for the amended plan. The oldest cases are cleared, and families whose \
                                review is late now get a letter saying when to expect their plan. We will ask \
                                the board to agree a new date at its next meeting."""),
                action("1.6", "Get health advice for needs assessments back within six weeks", """
                        Agree with the community health trust how therapy and paediatric advice is asked for and \
                        tracked, so it arrives within six weeks and families can understand it.""")
                        .in(THERAPIES).ownedBy("lead").with(TRUST, ICB, COUNCIL).runs(-6, 5)
                        .earlier(ON_TRACK, 50, """
                                The designated clinical officer now sees a weekly list of advice requests, and \
                                78% came back within six weeks, up from 55%. Paediatric advice is the slowest \
                                part. Next we will try a shorter advice form that families helped to word."""),
                action("1.7", "Train coordinators and SENCOs to write outcomes that can be checked", """
                        A half-day course for EHC coordinators and school SENCOs on outcomes that are specific, \
                        linked to what the child wants for their future, and easy to review.""")
                        .in(EHC_PLANS).ownedBy("gareth.evans").with(COUNCIL, SCHOOLS).runs(-9, 0)
                        .completedEarlier("""
                                All 14 EHC coordinators and 61 SENCOs have been on the course, and it is now part \
                                of every new coordinator's induction. In the first audit, outcomes written after \
                                the course were graded good twice as often. The materials are on the Local Offer \
                                for anyone to use."""),
                action("1.8", "Confirm the new school or college of every child with a plan who changes phase", """
                        Name the next school or college in the plan of every child moving phase next September, \
                        in time for the legal deadline, so that visits can be planned for the summer.""")
                        .in(EHC_PLANS).ownedBy("gareth.evans").with(COUNCIL, SCHOOLS, COLLEGE).runs(-2, 3)
                        .earlier(ON_TRACK, 20, """
                                We wrote to the families of the 310 children and young people who change phase \
                                next September and asked for their preferences. 82% replied on time, more than \
                                last year. Consultations with schools and colleges start next.""")
                        .latest(ON_TRACK, 35, """
                                Consultations have gone out for 250 children, and the rest will go by the end of \
                                the half-term. Two special schools are already full for September, which we have \
                                added to the risk register. We will offer the families affected a meeting \
                                before the break."""));
    }
}
