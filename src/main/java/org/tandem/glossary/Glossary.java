package org.tandem.glossary;

import java.util.Comparator;
import java.util.List;

/**
 * The words families, board members and officers meet in Tandem, its public pages and its reports, explained
 * for a parent reading them for the first time. Kept short on purpose: a word belongs here when it appears on a
 * page or in a report without an explanation next to it.
 */
public final class Glossary {

    private static final List<Term> TERMS = List.of(
            Term.abbreviation("SEND", "special educational needs and disabilities",
                    "Help a child or young person needs to learn, because of a learning difficulty or a disability."),
            Term.abbreviation("EHC plan", "education, health and care plan",
                    "A legal document for a child or young person up to 25 that describes their needs and the "
                            + "help the council, health services and school must give."),
            Term.abbreviation("EHCP", "education, health and care plan",
                    "Another way of writing EHC plan."),
            Term.abbreviation("SENCO", "special educational needs co-ordinator",
                    "The teacher in a school or nursery who makes sure children with SEND get the right help."),
            Term.abbreviation("SENDIASS", "SEND information, advice and support service",
                    "A free, confidential and impartial service that helps families and young people with SEND."),
            Term.abbreviation("RAG", "red, amber, green",
                    "How on track something is: green is on track, amber is at risk, red is off track. Tandem "
                            + "always writes the word next to the colour."),
            Term.abbreviation("CAMHS", "children and young people's mental health services",
                    "NHS services that assess and treat children and young people with emotional or mental "
                            + "health difficulties."),
            Term.abbreviation("ICB", "integrated care board",
                    "The NHS body that plans and pays for health services in the area."),
            Term.abbreviation("CQC", "Care Quality Commission",
                    "The independent regulator of health and social care in England. It inspects local SEND "
                            + "arrangements together with Ofsted."),
            Term.abbreviation("SEF", "self-evaluation",
                    "What the partnership thinks it does well and what it must improve, with the evidence."),
            Term.abbreviation("NEET", "not in education, employment or training",
                    "Young people aged 16 to 24 who are not studying, working or training."),
            Term.abbreviation("PfA", "preparing for adulthood",
                    "Help for young people with SEND to move into work, independent living, friendships and good "
                            + "health as adults."),
            Term.word("Ofsted", "The Office for Standards in Education, Children's Services and Skills. It "
                    + "inspects schools and, with the CQC, local SEND arrangements."),
            Term.word("Local Offer", "The council's published information about the services and support "
                    + "available for children and young people with SEND and their families."),
            Term.word("Co-production", "Families, children and young people working with professionals as "
                    + "equal partners to plan, design and check services, from the start."),
            Term.word("Parent carer forum", "A group of parents and carers of children with SEND who work with "
                    + "the council and health services to improve them."),
            Term.word("Workstream", "A group of people working on one part of the strategy, such as health or "
                    + "preparing for adulthood, led by a workstream lead."),
            Term.word("High needs funding", "The part of the government's schools money that pays for support "
                    + "for children and young people with complex SEND."),
            Term.word("Alternative provision", "Education for children who cannot attend a mainstream or "
                    + "special school, for example because of illness or exclusion."),
            Term.word("Annual review", "The meeting, at least once a year, that checks an EHC plan still "
                    + "meets the child's or young person's needs."),
            Term.word("Partnership board", "The people from the council, health services, schools and the "
                    + "parent carer forum who lead the area's SEND strategy together."),
            Term.word("Risk appetite", "How much risk the board is willing to accept in an area of its work "
                    + "before it acts."));

    private Glossary() {
    }

    /** Every term, in alphabetical order of its name. */
    public static List<Term> terms() {
        return TERMS.stream().sorted(Comparator.comparing(term -> term.name().toLowerCase(java.util.Locale.UK)))
                .toList();
    }

    /** The abbreviations, longest first, so that "SENDIASS" is found before "SEND". */
    static List<Term> abbreviations() {
        return TERMS.stream().filter(Term::isAbbreviation)
                .sorted(Comparator.comparingInt((Term term) -> term.shortForm().length()).reversed()).toList();
    }
}
