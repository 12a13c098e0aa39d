package ru.probity.expertise.detector;

import java.util.Arrays;
import java.util.Optional;

/**
 * The corruptogenic factors of the Методика of ПП РФ №96 of 26.02.2010: п.3 (broad discretion of the
 * law enforcer) and п.4 (excessive requirements, legal uncertainty). The code is the one printed by
 * {@code expertise scan} and stored with findings: the paragraph and its Cyrillic letter.
 */
public enum Factor {
    /** п.3 «а»: broad discretionary powers — no terms, conditions or grounds of a decision. */
    P3A("3а"),
    /** п.3 «б»: competence by the formula «вправе». */
    P3B("3б"),
    /** п.3 «в»: selective change of the scope of rights — exceptions at the body's discretion. */
    P3V("3в"),
    /** п.3 «г»: excessive freedom of by-law rule-making — blanket and reference norms. */
    P3G("3г"),
    /** п.3 «д»: adoption of an act beyond the competence. */
    P3D("3д"),
    /** п.3 «е»: filling legislative gaps by by-laws without delegation. */
    P3E("3е"),
    /** п.3 «ж»: absent or incomplete administrative procedures. */
    P3ZH("3ж"),
    /** п.3 «з»: refusal of competitive (auction) procedures. */
    P3Z("3з"),
    /** п.3 «и»: normative collisions. */
    P3I("3и"),
    /** п.4 «а»: excessive requirements on a person exercising a right. */
    P4A("4а"),
    /** п.4 «б»: abuse of the applicant's right by the bodies. */
    P4B("4б"),
    /** п.4 «в»: legal-linguistic uncertainty — unsettled, ambiguous, evaluative terms. */
    P4V("4в");

    private final String code;

    Factor(String code) {
        this.code = code;
    }

    /** The code as the Методика numbers it: «3а» … «4в». */
    public String code() {
        return code;
    }

    public static Optional<Factor> byCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
