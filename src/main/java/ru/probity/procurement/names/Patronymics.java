package ru.probity.procurement.names;

import static ru.probity.procurement.names.Grammar.ACC;
import static ru.probity.procurement.names.Grammar.DAT;
import static ru.probity.procurement.names.Grammar.GEN;
import static ru.probity.procurement.names.Grammar.INS;
import static ru.probity.procurement.names.Grammar.NOM;
import static ru.probity.procurement.names.Grammar.PRE;

import ru.probity.procurement.names.Grammar.Gender;

/**
 * The patronymic is the most reliable witness of a name's gender and case: -ович/-евич/-ич and
 * -овна/-евна/-ична/-инична have regular, unambiguous endings (Ивановича, Ивановичу, Ивановичем,
 * Ивановиче; Ивановны, Ивановне, Ивановну, Ивановной). Turkic «оглы»/«кызы» give the gender only.
 */
final class Patronymics {

    /** A patronymic brought to the nominative, with what its ending said. */
    record Reading(String nominative, Grammar grammar) {}

    private static final Grammar MALE_GEN = new Grammar(Gender.MALE, GEN | ACC);
    private static final Grammar MALE_DAT = new Grammar(Gender.MALE, DAT);
    private static final Grammar MALE_INS = new Grammar(Gender.MALE, INS);
    private static final Grammar MALE_PRE = new Grammar(Gender.MALE, PRE);
    private static final Grammar FEMALE_GEN = new Grammar(Gender.FEMALE, GEN);
    private static final Grammar FEMALE_DAT = new Grammar(Gender.FEMALE, DAT | PRE);
    private static final Grammar FEMALE_ACC = new Grammar(Gender.FEMALE, ACC);
    private static final Grammar FEMALE_INS = new Grammar(Gender.FEMALE, INS);

    private Patronymics() {}

    /** The reading of a patronymic, or null when the word is not recognisably one (or an initial). */
    static Reading read(String p) {
        int n = p.length();
        if (n < 4) {
            return null;
        }
        if (p.endsWith("оглы") || p.endsWith("улы") || p.endsWith("оглу")) {
            return new Reading(p, Grammar.MALE_NOM);
        }
        if (p.endsWith("кызы") || p.endsWith("гызы")) {
            return new Reading(p, Grammar.FEMALE_NOM);
        }
        // men: …ич + case ending
        int ich = p.lastIndexOf("ич");
        if (ich >= 2 && ich >= n - 4) {
            String ending = p.substring(ich + 2);
            Grammar g = switch (ending) {
                case "" -> Grammar.MALE_NOM;
                case "а" -> MALE_GEN;
                case "у" -> MALE_DAT;
                case "ем" -> MALE_INS;
                case "е" -> MALE_PRE;
                default -> null;
            };
            if (g != null) {
                return new Reading(ending.isEmpty() ? p : p.substring(0, ich + 2), g);
            }
        }
        // women: …вн/…чн + case ending
        int stemEnd = femaleStemEnd(p);
        if (stemEnd > 0) {
            String ending = p.substring(stemEnd);
            Grammar g = switch (ending) {
                case "а" -> Grammar.FEMALE_NOM;
                case "ы" -> FEMALE_GEN;
                case "е" -> FEMALE_DAT;
                case "у" -> FEMALE_ACC;
                case "ой", "ою" -> FEMALE_INS;
                default -> null;
            };
            if (g != null) {
                return new Reading(g.nominative() ? p : p.substring(0, stemEnd) + "а", g);
            }
        }
        return null;
    }

    private static int femaleStemEnd(String p) {
        int n = p.length();
        for (int cut = 1; cut <= 2; cut++) {
            int end = n - cut;
            if (end >= 4 && p.charAt(end - 1) == 'н' && (p.charAt(end - 2) == 'в' || p.charAt(end - 2) == 'ч')) {
                return end;
            }
        }
        return -1;
    }

    /** A genuine patronymic is a reading in the nominative (used by the self-checks). */
    static boolean isNominative(String p) {
        Reading r = read(p);
        return r != null && (r.grammar().cases() & NOM) != 0;
    }
}
