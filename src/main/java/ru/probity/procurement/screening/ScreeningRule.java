package ru.probity.procurement.screening;

import java.util.Locale;
import java.util.regex.Pattern;
import ru.probity.org.EmployeeCategory;

/**
 * The ban an employee's tie to business may break, by his category (DOMAIN.md «Who is who»; the
 * articles as docs/legal-rules.md S1–S3 cite them). A {@link #violation} rule makes the finding «a
 * possible breach of the ban»; the others are for information only.
 */
public enum ScreeningRule {
    /**
     * A municipal servant may neither do business nor take part in the management of a commercial
     * organization (25-ФЗ ст.14 ч.1 п.3).
     */
    MUNICIPAL_SERVICE(true),
    /** A state civil servant of the region: the same ban under 79-ФЗ ст.17 ч.1 п.3. */
    CIVIL_SERVICE(true),
    /**
     * A person holding a municipal post or a state post of the region: 273-ФЗ ст.12.1 ч.3 (no
     * business, no management of a commercial organization, save as the law allows).
     */
    PUBLIC_POST(true),
    /**
     * The head of a municipal institution or enterprise: not a servant; his duties are 273-ФЗ ст.13.3
     * and the bans of his labour contract — the tie is for information, to check against the contract.
     */
    INSTITUTION_HEAD(false),
    /**
     * A tie to a non-profit organization: management without pay with prior notice is allowed
     * (25-ФЗ ст.14 ч.1 п.3 «б», notification N14) — for information, to compare with the notices.
     */
    NON_PROFIT(false),
    /** The category is not stated: the card should say which law applies; for information. */
    CATEGORY_UNKNOWN(false),
    /** Other staff of an institution: no ban of the anti-corruption laws; for information. */
    NONE(false);

    private static final Pattern NON_PROFIT_NAME =
            Pattern.compile("(^|[^а-я])((ано|нко|тсж|тсн|снт|союз|фонд|партия)(?![а-я])"
                    + "|некоммерческ|ассоциаци|общественн|религиозн|благотворительн|учреждени|товарищество собственников"
                    + "|потребительск)");

    private final boolean violation;

    ScreeningRule(boolean violation) {
        this.violation = violation;
    }

    /** Whether a tie under this rule is a possible breach of a ban (else for information). */
    public boolean violation() {
        return violation;
    }

    /**
     * The rule of a tie of an employee of {@code category} (null: not stated) to the register
     * record named {@code registerName} (an entrepreneur's own name, or a company's).
     */
    public static ScreeningRule of(EmployeeCategory category, Tie tie, String registerName) {
        if (tie != Tie.ENTREPRENEUR && nonProfit(registerName)) {
            return NON_PROFIT;
        }
        if (category == null) {
            return CATEGORY_UNKNOWN;
        }
        return switch (category) {
            case MUNICIPAL_SERVANT -> MUNICIPAL_SERVICE;
            case REGIONAL_CIVIL_SERVANT -> CIVIL_SERVICE;
            case MUNICIPAL_POST, REGIONAL_POST -> PUBLIC_POST;
            case INSTITUTION_HEAD -> INSTITUTION_HEAD;
            case OTHER -> NONE;
        };
    }

    /**
     * Whether a company's name shows a non-profit form (АНО, фонд, ассоциация, союз, ТСЖ, кооператив,
     * учреждение, …): the registers do not store the legal form's code, so the name is the guide.
     */
    public static boolean nonProfit(String name) {
        if (name == null) {
            return false;
        }
        return NON_PROFIT_NAME
                .matcher(name.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .find();
    }
}
