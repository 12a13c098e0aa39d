package ru.probity.procurement.names;

import static ru.probity.procurement.names.Grammar.ACC;
import static ru.probity.procurement.names.Grammar.DAT;
import static ru.probity.procurement.names.Grammar.GEN;
import static ru.probity.procurement.names.Grammar.INS;
import static ru.probity.procurement.names.Grammar.NOM;
import static ru.probity.procurement.names.Grammar.PRE;
import static ru.probity.procurement.names.Grammar.isHushingOrTs;
import static ru.probity.procurement.names.Grammar.isVelarOrHushing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.probity.procurement.names.Grammar.Gender;

/**
 * The first-name dictionary: every case form of the names of {@link FirstNameList}, generated once by
 * the rules of Russian declension (Иван → Ивана/Ивану/Иваном/Иване; Анна → Анны/Анне/Анну/Анной;
 * Илья → Ильи/Илье/Илью/Ильей; Любовь → Любови/Любовью; Павел → Павла), and the index of their
 * Latin spellings.
 */
final class FirstNames {

    /** One reading of a word form: the name it belongs to, the gender and the cases it can be. */
    record Entry(String nominative, Gender gender, int cases, Grammar grammar) {

        Entry(String nominative, Gender gender, int cases) {
            this(nominative, gender, cases, new Grammar(gender, (cases & NOM) != 0 ? NOM : cases));
        }
    }

    private static final Map<String, Entry[]> FORMS;
    private static final Map<String, String> LATIN;
    private static final Set<String> NOMINATIVES;

    static {
        Map<String, String> stems = new HashMap<>();
        for (String[] s : FirstNameList.IRREGULAR_STEMS) {
            stems.put(s[0], s[1]);
        }
        Map<String, List<Entry>> forms = new HashMap<>(4096);
        Set<String> male = words(FirstNameList.MALE);
        Set<String> female = words(FirstNameList.FEMALE);
        for (String n : male) {
            maleForms(n, stems.getOrDefault(n, null), forms);
        }
        for (String n : female) {
            femaleForms(n, forms);
        }
        Map<String, Entry[]> frozen = new HashMap<>(forms.size() * 2);
        forms.forEach((k, v) -> frozen.put(k, v.toArray(Entry[]::new)));
        FORMS = Map.copyOf(frozen);

        Map<String, String> latin = new HashMap<>();
        for (String[] v : FirstNameList.LATIN_VARIANTS) {
            latin.put(Latin.skeleton(v[0]), v[1]);
        }
        Set<String> all = new LinkedHashSet<>(male);
        all.addAll(female);
        for (String n : all) {
            latin.putIfAbsent(Latin.skeleton(RussianNames.commonLatin(n)), n);
        }
        LATIN = Map.copyOf(latin);
        NOMINATIVES = Set.copyOf(all);
    }

    private FirstNames() {}

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.strip().split("\\s+")) {
            out.add(w);
        }
        return out;
    }

    private static void add(Map<String, List<Entry>> forms, String form, String nom, Gender g, int cases) {
        List<Entry> list = forms.computeIfAbsent(form, k -> new ArrayList<>(1));
        for (int i = 0; i < list.size(); i++) {
            Entry e = list.get(i);
            if (e.nominative().equals(nom) && e.gender() == g) {
                list.set(i, new Entry(nom, g, e.cases() | cases));
                return;
            }
        }
        list.add(new Entry(nom, g, cases));
    }

    private static void maleForms(String n, String irregularStem, Map<String, List<Entry>> forms) {
        Gender g = Gender.MALE;
        add(forms, n, n, g, NOM);
        char end = Grammar.last(n);
        String stem = n.substring(0, n.length() - 1);
        if (end == 'й' || end == 'ь') {
            add(forms, stem + "я", n, g, GEN | ACC);
            add(forms, stem + "ю", n, g, DAT);
            add(forms, stem + "ем", n, g, INS);
            add(forms, stem + (n.endsWith("ий") ? "и" : "е"), n, g, PRE);
        } else if (end == 'а') {
            firstDeclension(n, stem, g, forms);
        } else if (end == 'я') {
            add(forms, stem + "и", n, g, GEN);
            add(forms, stem + "е", n, g, DAT | PRE);
            add(forms, stem + "ю", n, g, ACC);
            add(forms, stem + "ей", n, g, INS);
        } else if (Grammar.isConsonant(end)) {
            String s = irregularStem != null ? irregularStem : n;
            add(forms, s + "а", n, g, GEN | ACC);
            add(forms, s + "у", n, g, DAT);
            add(forms, s + (isHushingOrTs(end) ? "ем" : "ом"), n, g, INS);
            add(forms, s + "е", n, g, PRE);
        }
    }

    private static void femaleForms(String n, Map<String, List<Entry>> forms) {
        Gender g = Gender.FEMALE;
        add(forms, n, n, g, NOM);
        char end = Grammar.last(n);
        String stem = n.substring(0, n.length() - 1);
        if (end == 'а') {
            firstDeclension(n, stem, g, forms);
        } else if (n.endsWith("ия")) {
            add(forms, stem + "и", n, g, GEN | DAT | PRE);
            add(forms, stem + "ю", n, g, ACC);
            add(forms, stem + "ей", n, g, INS);
        } else if (end == 'я') {
            add(forms, stem + "и", n, g, GEN);
            add(forms, stem + "е", n, g, DAT | PRE);
            add(forms, stem + "ю", n, g, ACC);
            add(forms, stem + "ей", n, g, INS);
        } else if (end == 'ь') {
            add(forms, stem + "и", n, g, GEN | DAT | PRE);
            add(forms, n, n, g, ACC);
            add(forms, n + "ю", n, g, INS);
        }
    }

    /** Nouns in -а of either gender: Анна, Никита, Ольга, Фома. */
    private static void firstDeclension(String n, String stem, Gender g, Map<String, List<Entry>> forms) {
        char before = Grammar.last(stem);
        add(forms, stem + (isVelarOrHushing(before) ? "и" : "ы"), n, g, GEN);
        add(forms, stem + "е", n, g, DAT | PRE);
        add(forms, stem + "у", n, g, ACC);
        add(forms, stem + (isHushingOrTs(before) ? "ей" : "ой"), n, g, INS);
    }

    /** All readings of a word form, or null when it is not a form of a dictionary name. */
    static Entry[] readings(String form) {
        return FORMS.get(form);
    }

    static boolean isNominative(String name) {
        return NOMINATIVES.contains(name);
    }

    /**
     * The reading of a form that fits what the patronymic said; without that, a nominative reading
     * is preferred (Александра is a woman's name before it is a man's genitive).
     */
    static Entry pick(String form, Grammar hint) {
        Entry[] es = FORMS.get(form);
        if (es == null) {
            return null;
        }
        if (hint.known() && !hint.nominative()) {
            for (Entry e : es) {
                if (e.gender() == hint.gender() && (e.cases() & hint.cases()) != 0) {
                    return e;
                }
            }
        }
        for (Entry e : es) {
            if ((e.cases() & NOM) != 0 && (hint.gender() == Gender.UNKNOWN || e.gender() == hint.gender())) {
                return e;
            }
        }
        for (Entry e : es) {
            if ((e.cases() & NOM) != 0) {
                return e;
            }
        }
        for (Entry e : es) {
            if (e.gender() == hint.gender()) {
                return e;
            }
        }
        return es[0];
    }

    /** The dictionary name a Latin spelling stands for, or null. */
    static String fromLatin(String latin) {
        return LATIN.get(Latin.skeleton(latin));
    }
}
