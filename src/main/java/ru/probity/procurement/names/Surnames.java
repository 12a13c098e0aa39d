package ru.probity.procurement.names;

import static ru.probity.procurement.names.Grammar.ACC;
import static ru.probity.procurement.names.Grammar.DAT;
import static ru.probity.procurement.names.Grammar.GEN;
import static ru.probity.procurement.names.Grammar.INS;
import static ru.probity.procurement.names.Grammar.PRE;
import static ru.probity.procurement.names.Grammar.endsWithConsonant;
import static ru.probity.procurement.names.Grammar.isConsonant;
import static ru.probity.procurement.names.Grammar.isHushingOrTs;
import static ru.probity.procurement.names.Grammar.isVelarOrHushing;
import static ru.probity.procurement.names.Grammar.last;
import static ru.probity.procurement.names.Grammar.possessive;

import java.util.Set;
import ru.probity.procurement.names.Grammar.Gender;

/**
 * Surnames (and, by the same noun rules, unknown first names) brought to the nominative, by suffix
 * class: possessive -ов/-ев/-ин/-ын (Иванова → Иванов, Петровой → Петрова), adjectival
 * -ский/-цкий/-ой/-ий (Достоевского → Достоевский, Толстой → Толстая for a woman), nouns ending in a
 * consonant that decline for men only (Ковальчука → Ковальчук; a woman's Ковальчук never changes),
 * first-declension nouns in -а (Глинки → Глинка) and the indeclinable (Шевченко, Черных, Живаго,
 * Дурново, Кикабидзе, foreign surnames in a vowel such as Дюма).
 */
final class Surnames {

    /** Foreign surnames whose vowel ending looks like a Russian case ending. */
    private static final Set<String> FOREIGN =
            Set.of("дюма", "золя", "гете", "дега", "петипа", "бизе", "моне", "мане", "доде", "карре", "тома");

    /**
     * Adjectival surnames in -вой/-ной whose forms look possessive (Полевой → Полевым, Полевая →
     * Полевой would otherwise read as Полев, Полева).
     */
    private static final Set<String> ADJECTIVAL_OV = Set.of(
            "полевой",
            "лановой",
            "луговой",
            "боровой",
            "садовой",
            "дубовой",
            "мостовой",
            "постовой",
            "листовой",
            "яровой",
            "боевой",
            "ледовой");

    private static final String[] ADJECTIVAL_OV_ENDINGS = {"ого", "ому", "ым", "ом", "ой", "ою", "ую", "ая"};

    private Surnames() {}

    /** The nominative of a surname read with the given grammar (unknown: only unambiguous forms). */
    static String nominative(String s, Grammar g) {
        if (s.isEmpty() || g.nominative()) {
            return s;
        }
        int hyphen = s.indexOf('-');
        if (hyphen > 0) {
            StringBuilder b = new StringBuilder(s.length());
            int from = 0;
            while (true) {
                int to = s.indexOf('-', from);
                String part = to < 0 ? s.substring(from) : s.substring(from, to);
                b.append(one(part, g));
                if (to < 0) {
                    return b.toString();
                }
                b.append('-');
                from = to + 1;
            }
        }
        return one(s, g);
    }

    private static String one(String s, Grammar g) {
        if (s.length() < 3 || indeclinable(s)) {
            return s;
        }
        String r = adjectival(s);
        if (r == null) {
            r = adjectivalOv(s, g.gender());
        }
        if (r != null) {
            return r;
        }
        return switch (g.gender()) {
            case MALE -> male(s, g);
            case FEMALE -> female(s, g);
            case UNKNOWN -> unambiguous(s);
        };
    }

    static boolean indeclinable(String s) {
        return s.endsWith("ко")
                || s.endsWith("их")
                || s.endsWith("ых")
                || s.endsWith("аго")
                || s.endsWith("яго")
                || s.endsWith("ово")
                || s.endsWith("дзе")
                || FOREIGN.contains(s);
    }

    /** Oblique forms of -ский/-цкий surnames are unambiguous whatever the gender. */
    private static String adjectival(String s) {
        int n = s.length();
        for (int cut = 2; cut <= 3; cut++) {
            int k = n - cut; // where the ending starts
            if (k < 3 || s.charAt(k - 1) != 'к' || (s.charAt(k - 2) != 'с' && s.charAt(k - 2) != 'ц')) {
                continue;
            }
            if (cut == 3 ? s.endsWith("ого") || s.endsWith("ому") : s.endsWith("им") || s.endsWith("ом")) {
                return s.substring(0, k) + "ий";
            }
            if (cut == 2 && s.endsWith("ую")) {
                return s.substring(0, k) + "ая";
            }
        }
        return null;
    }

    private static String adjectivalOv(String s, Gender g) {
        if (s.length() < 6 || s.charAt(s.length() - 3) != 'в' && s.charAt(s.length() - 4) != 'в') {
            return null;
        }
        for (String end : ADJECTIVAL_OV_ENDINGS) {
            if (s.endsWith(end)) {
                String stem = cut(s, end.length());
                if (!ADJECTIVAL_OV.contains(stem + "ой")) {
                    return null;
                }
                if (g == Gender.UNKNOWN) {
                    return end.equals("ой") ? s : end.equals("ую") || end.equals("ая") ? stem + "ая" : stem + "ой";
                }
                return g == Gender.FEMALE ? stem + "ая" : stem + "ой";
            }
        }
        return null;
    }

    private static String male(String s, Grammar g) {
        if (s.endsWith("ии") || s.endsWith("ию")) {
            return cut(s, 1) + "я"; // Берии, Берию → Берия
        }
        if (s.endsWith("ией")) {
            return cut(s, 2) + "я";
        }
        String r = null;
        if (g.has(GEN | ACC)) {
            r = maleGenitive(s);
        }
        if (r == null && g.has(DAT)) {
            r = maleDative(s);
        }
        if (r == null && g.has(INS)) {
            r = maleInstrumental(s);
        }
        if (r == null && g.has(PRE)) {
            r = malePrepositional(s);
        }
        return r == null ? s : fleetingE(r);
    }

    /**
     * The fleeting vowel of -ец: Кравца → Кравец, Стрельцу → Стрелец (Кузнеца → Кузнец stays; German
     * -льц/-рц/-нц/-тц such as Шульц, Шварц are left alone).
     */
    private static String fleetingE(String r) {
        int n = r.length();
        if (n < 4 || r.charAt(n - 1) != 'ц') {
            return r;
        }
        char before = r.charAt(n - 2);
        if (before == 'ь') {
            return r.substring(0, n - 2) + "ец";
        }
        if (isConsonant(before) && before != 'л' && before != 'р' && before != 'н' && before != 'т') {
            return r.substring(0, n - 1) + "ец";
        }
        return r;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    /** Adjectival -ой/-ий by the consonant before: Толстого → Толстой, Горького → Горький. */
    private static String adjective(String stem) {
        return stem + (isVelarOrHushing(last(stem)) ? "ий" : "ой");
    }

    /** A soft stem: Бондаря → Бондарь, Гайдая → Гайдай; null after и (Берия does not change). */
    private static String soft(String stem) {
        char c = last(stem);
        if (isConsonant(c)) {
            return stem + "ь";
        }
        if (c == 'а' || c == 'е' || c == 'о' || c == 'у' || c == 'я' || c == 'ю') {
            return stem + "й";
        }
        return null;
    }

    private static String maleGenitive(String s) {
        if (s.endsWith("ого")) {
            return adjective(cut(s, 3));
        }
        if (s.endsWith("его")) {
            return cut(s, 3) + "ий";
        }
        char end = last(s);
        String stem = cut(s, 1);
        if (end == 'а' && endsWithConsonant(stem)) {
            return stem;
        }
        if (end == 'я') {
            return soft(stem);
        }
        if ((end == 'ы' && endsWithConsonant(stem)) || (end == 'и' && isVelarOrHushing(last(stem)))) {
            return stem + "а";
        }
        return null;
    }

    private static String maleDative(String s) {
        if (s.endsWith("ому")) {
            return adjective(cut(s, 3));
        }
        if (s.endsWith("ему")) {
            return cut(s, 3) + "ий";
        }
        char end = last(s);
        String stem = cut(s, 1);
        if (end == 'у' && endsWithConsonant(stem)) {
            return stem;
        }
        if (end == 'ю') {
            return soft(stem);
        }
        return null;
    }

    private static String maleInstrumental(String s) {
        if (s.endsWith("ым")) {
            String stem = cut(s, 2);
            return possessive(stem) ? stem : stem + "ой";
        }
        if (s.endsWith("им")) {
            return cut(s, 2) + "ий";
        }
        if (s.endsWith("ом") && endsWithConsonant(cut(s, 2))) {
            return cut(s, 2);
        }
        if (s.endsWith("ем") || s.endsWith("ём")) {
            String stem = cut(s, 2);
            return isHushingOrTs(last(stem)) ? stem : soft(stem);
        }
        if ((s.endsWith("ой") || s.endsWith("ей")) && endsWithConsonant(cut(s, 2))) {
            return cut(s, 2) + "а";
        }
        return null;
    }

    private static String malePrepositional(String s) {
        if (s.endsWith("ом")) {
            return adjective(cut(s, 2));
        }
        if (s.endsWith("ем")) {
            return cut(s, 2) + "ий";
        }
        String stem = cut(s, 1);
        if (last(s) == 'е') {
            if (endsWithConsonant(stem)) {
                return stem;
            }
            return soft(stem);
        }
        return null;
    }

    private static String female(String s, Grammar g) {
        if (endsWithConsonant(s) || last(s) == 'ь' || last(s) == 'й' && !s.endsWith("ой")) {
            return s; // a woman's surname in a consonant does not decline
        }
        if (g.has(GEN | DAT | INS | PRE) && (s.endsWith("ой") || s.endsWith("ою"))) {
            String stem = cut(s, 2);
            if (possessive(stem)) {
                return stem + "а";
            }
            if (stem.length() >= 3 && endsWithConsonant(stem)) {
                return stem + "ая";
            }
            return s;
        }
        char end = last(s);
        String stem = cut(s, 1);
        if (g.has(GEN) && ((end == 'ы' && endsWithConsonant(stem)) || (end == 'и' && isVelarOrHushing(last(stem))))) {
            return stem + "а";
        }
        if (g.has(DAT | PRE) && end == 'е' && endsWithConsonant(stem) && s.length() >= 4) {
            return stem + "а";
        }
        if (g.has(ACC)) {
            if (s.endsWith("ую")) {
                return cut(s, 2) + "ая";
            }
            if (s.endsWith("юю")) {
                return cut(s, 2) + "яя";
            }
            if (end == 'у' && endsWithConsonant(stem)) {
                return stem + "а";
            }
        }
        return s;
    }

    /**
     * Without gender and case (initials only), change only forms that cannot be a nominative:
     * Иванову → Иванов (a man's dative is the likelier reading), Ивановым → Иванов, Ивановой →
     * Иванова, Иванове → Иванов, Толстого → Толстой. Иванова stays: it may be a woman.
     */
    private static String unambiguous(String s) {
        int n = s.length();
        if (s.endsWith("ого") || s.endsWith("ому")) {
            return adjective(cut(s, 3));
        }
        if (s.endsWith("его") || s.endsWith("ему")) {
            return cut(s, 3) + "ий";
        }
        if (n > 5 && s.endsWith("ым") && possessive(cut(s, 2))) {
            return cut(s, 2);
        }
        if (n > 5 && (s.endsWith("ой") || s.endsWith("ою")) && possessive(cut(s, 2))) {
            return cut(s, 2) + "а";
        }
        if (n > 4 && (last(s) == 'у' || last(s) == 'е') && possessive(cut(s, 1))) {
            return cut(s, 1);
        }
        return s;
    }

    /** A first name outside the dictionary, by the same noun rules (Евстигнея → Евстигней). */
    static String firstName(String s, Grammar g) {
        if (s.length() < 3 || !g.known() || g.nominative()) {
            return s;
        }
        if (g.gender() == Gender.MALE) {
            String r = null;
            if (g.has(GEN | ACC)) {
                r = s.endsWith("ия") ? cut(s, 1) + "й" : maleGenitive(s);
            }
            if (r == null && g.has(DAT)) {
                r = maleDative(s);
            }
            if (r == null && g.has(INS)) {
                r = s.endsWith("ом") && endsWithConsonant(cut(s, 2)) ? cut(s, 2) : null;
                if (r == null && (s.endsWith("ем"))) {
                    String stem = cut(s, 2);
                    r = isHushingOrTs(last(stem)) ? stem : soft(stem);
                }
            }
            if (r == null && g.has(PRE)) {
                r = s.endsWith("ии") ? cut(s, 1) + "й" : last(s) == 'е' ? malePrepositional(s) : null;
            }
            return r == null ? s : r;
        }
        if (s.endsWith("ии")) {
            return cut(s, 1) + "я";
        }
        if (s.endsWith("ией") || s.endsWith("ию")) {
            return s.substring(0, s.lastIndexOf('и') + 1) + "я";
        }
        if (g.has(INS) && s.endsWith("ью")) {
            return cut(s, 1);
        }
        return female(s, g);
    }
}
