package ru.probity.procurement.names;

import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.names.Grammar.Gender;

/**
 * Brings names to their canonical form: lower case, ё as е, single spaces, one hyphen in double
 * surnames, initials as single letters, Latin spellings back in Cyrillic and every part in the
 * nominative. The grammatical case is read from the patronymic (the most regular word), then from
 * the first name by the dictionary; when nothing tells, only forms that cannot be a nominative are
 * changed.
 *
 * <p>Called for every record of every register: no regular expressions, dictionaries built once.
 */
public final class PersonNames {

    private static final NormalName EMPTY = new NormalName("", "", "");
    private static final String[] NO_WORDS = new String[0];

    private PersonNames() {}

    /** The canonical form of a name (see {@link NormalName}). */
    public static NormalName normalize(PersonName name) {
        if (name == null) {
            return EMPTY;
        }
        String[] l = words(name.lastName());
        String[] f = words(name.firstName());
        String[] m = words(name.middleName());
        String last;
        String first;
        String middle;
        if (f.length == 0 && m.length == 0 && l.length >= 2) {
            // the whole name in one field: «Иванов И.И.», «И.И. Иванов», «IVANOV IVAN»
            if (l[0].length() == 1 && l[l.length - 1].length() > 1) {
                last = l[l.length - 1];
                first = l[0];
                middle = join(l, 1, l.length - 1, ' ');
            } else {
                last = l[0];
                first = l[1];
                middle = join(l, 2, l.length, ' ');
            }
        } else {
            last = join(l, 0, l.length, '-');
            if (m.length == 0 && f.length >= 2) {
                first = f[0];
                middle = join(f, 1, f.length, ' ');
            } else {
                first = join(f, 0, f.length, ' ');
                middle = join(m, 0, m.length, ' ');
            }
        }
        return grammar(latinLast(last), latinFirst(first), latinLast(middle));
    }

    /** One part of a name cleaned without grammar: lower case, ё→е, spaces and hyphens, no dots. */
    public static String clean(String part) {
        return join(words(part), 0, Integer.MAX_VALUE, ' ');
    }

    private static NormalName grammar(String last, String first, String middle) {
        Grammar g = Grammar.UNKNOWN;
        if (middle.length() > 1) {
            Patronymics.Reading p = Patronymics.read(middle);
            if (p != null) {
                middle = p.nominative();
                g = p.grammar();
            }
        }
        if (first.length() > 1) {
            FirstNames.Entry e = FirstNames.pick(first, g);
            if (e != null) {
                first = e.nominative();
                if (g == Grammar.UNKNOWN) {
                    g = e.grammar();
                }
            } else if (g.known()) {
                first = Surnames.firstName(first, g);
            }
        }
        if (g.gender() == Gender.UNKNOWN) {
            g = Grammar.UNKNOWN;
        }
        last = Surnames.nominative(last, g);
        return new NormalName(last, first, middle);
    }

    private static String latinLast(String s) {
        if (s.isEmpty() || !Latin.hasLatin(s)) {
            return s;
        }
        return Latin.hasCyrillic(s) ? Latin.homoglyphsToCyrillic(s) : Latin.toCyrillic(s);
    }

    private static String latinFirst(String s) {
        if (s.length() < 2 || !Latin.hasLatin(s)) {
            return latinLast(s);
        }
        if (Latin.hasCyrillic(s)) {
            return Latin.homoglyphsToCyrillic(s);
        }
        String known = FirstNames.fromLatin(s);
        return known != null ? known : Latin.toCyrillic(s);
    }

    /**
     * The words of a field: letters lower-cased (ё→е), dashes joining words into one (spaces around
     * them dropped), everything else — spaces, dots of initials, commas, digits — separating words.
     */
    static String[] words(String s) {
        if (s == null || s.isEmpty()) {
            return NO_WORDS;
        }
        char[] b = new char[s.length()];
        int n = 0;
        int count = 0;
        boolean pendingSpace = false;
        boolean joining = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLetter(c)) {
                c = lower(c);
                if (pendingSpace && !joining && n > 0) {
                    b[n++] = ' ';
                }
                if (n == 0 || pendingSpace && !joining) {
                    count++;
                }
                pendingSpace = false;
                joining = false;
                b[n++] = c;
            } else if (c == '-' || c == '‐' || c == '‑' || c == '–' || c == '—' || c == '−') {
                if (n > 0 && !joining) {
                    b[n++] = '-';
                    joining = true;
                }
                pendingSpace = false;
            } else if ((c == '\'' || c == '’' || c == 'ʼ' || c == '`') && n > 0 && !pendingSpace) {
                b[n++] = '\'';
            } else {
                pendingSpace = true;
            }
        }
        if (n > 0 && b[n - 1] == '-') {
            n--;
        }
        if (count == 0) {
            return NO_WORDS;
        }
        if (count == 1) {
            return new String[] {new String(b, 0, n)};
        }
        String[] out = new String[count];
        int from = 0;
        for (int k = 0; k < count; k++) {
            int to = from;
            while (to < n && b[to] != ' ') {
                to++;
            }
            out[k] = new String(b, from, to - from);
            from = to + 1;
        }
        return out;
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return (c >= 'А' && c <= 'я') || c == 'ё' || c == 'Ё' || Character.isLetter(c);
    }

    /** Lower case, ё as е. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 'А' && c <= 'Я') {
            return (char) (c + 32);
        }
        if (c >= 'а' && c <= 'я') {
            return c;
        }
        c = Character.toLowerCase(c);
        return c == 'ё' ? 'е' : c;
    }

    private static String join(String[] w, int from, int to, char sep) {
        to = Math.min(to, w.length);
        if (from >= to) {
            return "";
        }
        if (to - from == 1) {
            return w[from];
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(sep);
            }
            b.append(w[i]);
        }
        return b.toString();
    }
}
