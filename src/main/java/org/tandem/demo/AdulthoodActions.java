package org.tandem.demo;

import static org.tandem.action.ActionStatus.AT_RISK;
import static org.tandem.action.ActionStatus.NOT_STARTED;
import static org.tandem.action.ActionStatus.ON_TRACK;
import static org.tandem.action.CoProductionPartner.YOUNG_PEOPLES_GROUP;
import static org.tandem.demo.DemoAction.action;
import static org.tandem.demo.DemoOrganisation.COLLEGE;
import static org.tandem.demo.DemoOrganisation.COUNCIL;
import static org.tandem.demo.DemoOrganisation.ICB;
import static org.tandem.demo.DemoOrganisation.SCHOOLS;
import static org.tandem.demo.DemoOrganisation.TRUST;
import static org.tandem.demo.DemoOrganisation.YOUTH_VOICE;
import static org.tandem.demo.DemoWorkstream.ADULTHOOD;

import java.util.List;

/** Priority 3: preparing for adulthood from the earliest years. */
final class AdulthoodActions {

    private AdulthoodActions() {
    }

    static List<DemoAction> all() {
        return List.of(
                action("3.1", "Offer 30 supported internships a year", """
                        Work with employers and Riverside College so that 30 young people with EHC plans each \
                        year learn a job in a real workplace, with a job coach beside them.""")
                        .in(ADULTHOOD).ownedBy("joanna.price").with(COLLEGE, COUNCIL, YOUTH_VOICE).runs(-12, 9)
                        .coProducedWith(YOUNG_PEOPLES_GROUP)
                        .earlier(ON_TRACK, 50, """
                                24 young people started internships this year with the hospital, the council \
                                and two supermarkets. Young people from Riverside Youth Voice helped to interview \
                                the job coaches. Next we need two more employers to reach 30 places.""")
                        .latest(ON_TRACK, 65, """
                                A garden centre and a hotel will take interns from next September, which brings \
                                the places to 30. All 24 interns are still on their placements. Last year's \
                                interns will tell their stories at the next employers' breakfast."""),
                action("3.2", "Talk about adult life at every annual review from Year 9", """
                        Every review from Year 9 asks the young person about work, where they want to live, \
                        friends and health, and records what will happen next.""")
                        .in(ADULTHOOD).ownedBy("joanna.price").with(COUNCIL, SCHOOLS, COLLEGE).runs(-9, 8)
                        .earlier(ON_TRACK, 40, """
                                We added preparing for adulthood questions to the review form and ran three \
                                sessions for SENCOs on using them. In 30 Year 9 reviews we sampled, two in three \
                                now record the young person's own goals for adult life. Next we will do the same \
                                with the college."""),
                action("3.3", "Agree how young people move from children's to adult health and care services", """
                        One protocol with the NHS and adult social care, so that planning for the move starts at \
                        14 and no young person has a gap in care at 18.""")
                        .in(ADULTHOOD).ownedBy("gareth.evans").with(COUNCIL, ICB, TRUST).runs(-6, 11)
                        .earlier(AT_RISK, 30, """
                                The first draft was shared, but adult social care and the NHS did not agree who \
                                pays for care between 18 and 25, so the protocol could not be signed. The board \
                                sponsor asked both to bring a joint proposal to the board.""")
                        .latest(ON_TRACK, 45, """
                                The board agreed a joint funding approach, which unblocked the protocol. Young \
                                people from Riverside Youth Voice are checking that the final draft is in plain \
                                English. We expect it to be signed at the next board."""),
                action("3.4", "Open a foundation course at Riverside College for young people with complex needs", """
                        A full-time course close to home for young people who would otherwise travel to a \
                        specialist college outside the area.""")
                        .in(ADULTHOOD).ownedBy("joanna.price").with(COLLEGE, COUNCIL).runs(-12, 0)
                        .completedEarlier("""
                                The course opened with 12 students, eight of whom would otherwise have gone to \
                                colleges more than an hour away. They travel less and have kept their friends \
                                and local activities. The college will report students' progress to the \
                                workstream each term."""),
                action("3.5", "Help more young people learn to travel on their own", """
                        Travel training from Year 10 for young people with EHC plans, so that they can get to \
                        college, work and friends without relying on school transport.""")
                        .in(ADULTHOOD).ownedBy("gareth.evans").with(COUNCIL, COLLEGE).runs(-9, 10)
                        .earlier(ON_TRACK, 35, """
                                Two travel trainers started and 19 young people are now in training. Seven \
                                already travel to college on their own. Next we will offer training to Year 10 \
                                students at the special schools.""")
                        .latest(ON_TRACK, 50, """
                                Eleven more young people started training this half-term. Parents told us they \
                                were nervous at first and now see their children more confident. Next \
                                September we will count how many no longer need school transport."""),
                action("3.6", "Write a guide to life after school, by young people for young people", """
                        Young people from Riverside Youth Voice write and design a guide to the choices after \
                        16: courses, work, money, housing and health.""")
                        .in(ADULTHOOD).ownedBy("kai.thompson").with(YOUTH_VOICE, COLLEGE).runs(-6, 2)
                        .coProducedWith(YOUNG_PEOPLES_GROUP)
                        .earlier(ON_TRACK, 70, """
                                Eleven young people met every fortnight and chose what the guide should cover. \
                                They interviewed college staff, an employer and two young adults who left school \
                                last year. Next they will try the draft with a class at a special school.""")
                        .completedLatest("""
                                The young people launched the guide at the college open evening, and it is on \
                                the Local Offer in print, online and easy read. 300 copies went to Year 11 \
                                students in the first week. The group will update it each year and wants to make \
                                a short film next."""),
                action("3.7", "Widen the choice of homes for young adults with SEND", """
                        Work with housing and adult social care on supported and shared housing close to home \
                        for young adults who want to live independently.""")
                        .in(ADULTHOOD).ownedBy("gareth.evans").with(COUNCIL).runs(6, 18)
                        .latest(NOT_STARTED, 0, """
                                This action starts once the housing strategy is agreed. Meanwhile we have listed \
                                the young people likely to need supported housing in the next three years, so \
                                planning starts from real numbers. The first meeting with housing colleagues is \
                                booked for next term."""),
                action("3.8", "Build a network of employers who offer work to young people with SEND", """
                        Recruit local employers to offer work experience, internships and jobs, and support \
                        them with advice on reasonable adjustments.""")
                        .in(ADULTHOOD).ownedBy("joanna.price").with(COLLEGE, COUNCIL).runs(-3, 13)
                        .earlier(ON_TRACK, 20, """
                                Fourteen employers came to the first network meeting, hosted by the local \
                                chamber of commerce. Three offered work experience places. Next we will write a \
                                short guide to adjustments for employers.""")
                        .latest(ON_TRACK, 35, """
                                The employers' guide is written and three more employers have joined. Students \
                                have started work experience with the first three. The next meeting will be at \
                                a supermarket that took on two interns last year."""));
    }
}
