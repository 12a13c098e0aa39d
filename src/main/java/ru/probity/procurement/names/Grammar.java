package ru.probity.procurement.names;

/**
 * What a name's words say about the person's gender and the grammatical case the name is written in.
 * Cases are a bit set because some forms are ambiguous (a man's genitive and accusative, a woman's
 * dative and prepositional coincide).
 */
record Grammar(Gender gender, int cases) {

    enum Gender {
        MALE,
        FEMALE,
        UNKNOWN
    }

    static final int NOM = 1;
    static final int GEN = 2;
    static final int DAT = 4;
    static final int ACC = 8;
    static final int INS = 16;
    static final int PRE = 32;
    static final int OBLIQUE = GEN | DAT | ACC | INS | PRE;

    static final Grammar UNKNOWN = new Grammar(Gender.UNKNOWN, 0);
    static final Grammar MALE_NOM = new Grammar(Gender.MALE, NOM);
    static final Grammar FEMALE_NOM = new Grammar(Gender.FEMALE, NOM);

    boolean nominative() {
        return (cases & NOM) != 0;
    }

    boolean known() {
        return gender != Gender.UNKNOWN && cases != 0;
    }

    boolean has(int kase) {
        return (cases & kase) != 0;
    }

    // ---- letters

    static boolean isVowel(char c) {
        return switch (c) {
            case 'а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ё' -> true;
            default -> false;
        };
    }

    static boolean isConsonant(char c) {
        return c >= 'а' && c <= 'я' && !isVowel(c) && c != 'ь' && c != 'ъ' && c != 'й';
    }

    /** г, к, х and the hushing consonants, after which Russian writes и, not ы. */
    static boolean isVelarOrHushing(char c) {
        return switch (c) {
            case 'г', 'к', 'х', 'ж', 'ш', 'ч', 'щ' -> true;
            default -> false;
        };
    }

    static boolean isHushingOrTs(char c) {
        return c == 'ж' || c == 'ш' || c == 'ч' || c == 'щ' || c == 'ц';
    }

    static char last(String s) {
        return s.isEmpty() ? 0 : s.charAt(s.length() - 1);
    }

    static boolean endsWithConsonant(String s) {
        return isConsonant(last(s));
    }

    /**
     * Whether a stem of three letters or more ends like a possessive surname, -ов, -ев, -ин, -ын: the
     * rule of {@link RussianNames#possessive} that gives the feminine form (ё is е here).
     */
    static boolean possessive(String stem) {
        return stem.length() >= 3 && RussianNames.possessive(stem);
    }
}
