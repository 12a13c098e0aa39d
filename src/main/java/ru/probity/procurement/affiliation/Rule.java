package ru.probity.procurement.affiliation;

/** The rule a finding is made under, with its code in the findings file and the law it cites. */
public enum Rule {
    /** 44-ФЗ ст.31 ч.1 п.9: conflict of interest between participant and customer. */
    R44_31_1_9("44fz_31_1_9", "44-ФЗ ст.31 ч.1 п.9 — конфликт интересов между участником закупки и заказчиком"),
    /**
     * 44-ФЗ ст.39 ч.6: a member of the procurement commission is himself personally interested in
     * the purchase — the participant (individual or entrepreneur), its participant of any size, a
     * member of its management bodies (director, board, managing organization); a ground to remove
     * him from the commission.
     */
    R44_39_6(
            "44fz_39_6",
            "44-ФЗ ст.39 ч.6 — член комиссии по осуществлению закупок лично заинтересован в результатах закупки"
                    + " (участник закупки, участник (акционер) или член органа управления участника) и не может"
                    + " входить в комиссию"),
    /** 273-ФЗ ст.10: personal interest of an employee or his close relative or in-law. */
    R273_10(
            "273fz_10",
            "273-ФЗ ст.10 — личная заинтересованность, которая влияет или может повлиять на исполнение обязанностей"),
    /** The supplier's phone, e-mail or address is an employee's or relative's: a red flag. */
    SHARED_CONTACT(
            "shared_contact",
            "совпадение контактных данных — признак возможной личной заинтересованности (273-ФЗ ст.10), требует проверки"),
    /** The employee or relative recently ended a tie to the supplier: a red flag. */
    FORMER_TIE(
            "former_tie",
            "недавно прекращённая связь с поставщиком — признак возможной личной заинтересованности (273-ФЗ ст.10), требует проверки");

    private final String code;
    private final String law;

    Rule(String code, String law) {
        this.code = code;
        this.law = law;
    }

    /** The code in the findings file, e.g. {@code 44fz_31_1_9}. */
    public String code() {
        return code;
    }

    /** The law and article, in Russian. */
    public String law() {
        return law;
    }
}
