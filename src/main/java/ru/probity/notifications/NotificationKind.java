package ru.probity.notifications;

import java.util.List;
import ru.probity.org.EmployeeCategory;

/**
 * The kinds of notifications, each with its own register. {@code code} prefixes the registration
 * number; {@code fields} are the kind's own details (labels {@code notifications.field.<name>}),
 * those in {@code required} must be filled; {@code journalFields} get their own column in the
 * register's XLSX.
 */
public enum NotificationKind {
    /** 273-ФЗ ст.9: an approach to induce the employee to commit a corruption offence. */
    INDUCEMENT(
            "СК",
            true,
            List.of("circumstances", "inducer", "offence", "method", "response"),
            List.of("circumstances", "offence"),
            List.of()),
    /** 273-ФЗ ст.11, 25-ФЗ ст.14.1: personal interest that leads or may lead to a conflict of interest. */
    PERSONAL_INTEREST("ЛЗ", true, List.of("grounds", "duties", "measures"), List.of("grounds", "duties"), List.of()),
    /** 25-ФЗ ст.11 ч.2: the intention to do other paid work. */
    OTHER_PAID_WORK(
            "ИР",
            true,
            List.of("employer", "work", "period", "conditions"),
            List.of("employer", "work", "period"),
            List.of("employer", "period")),
    /**
     * ПП РФ №10 of 09.01.2014: a gift received in connection with protocol events, official travel and
     * other official events. Not a matter of the conduct commission: a gift over 3 000 ₽ or of unknown
     * value is handed over by act and valued by the commission on receipt and disposal of assets
     * ({@code notifications.model.GiftRules}).
     */
    GIFT(
            "ПД",
            true,
            List.of("giftReceivedOn", "event", "gift", "description", "quantity", "value", "documents"),
            List.of("giftReceivedOn", "event", "gift"),
            List.of("giftReceivedOn", "gift", "quantity", "value"),
            Document.NOTICE,
            false),
    /**
     * Указ №821 п.16 «б»: the servant's <em>application</em> («заявление», not a notification) that he
     * cannot, for objective reasons, submit the income, property and obligations of his spouse and
     * minor children; the commission decides on it.
     */
    FAMILY_INCOME(
            "СД",
            true,
            List.of("relative", "period", "reason", "measures"),
            List.of("relative", "period", "reason"),
            List.of("relative"),
            Document.APPLICATION,
            true),
    /** 273-ФЗ ст.12 ч.1: a (former) official asks the commission's consent to a job with an organization he oversaw. */
    FORMER_OFFICIAL_CONSENT(
            "СГ",
            true,
            List.of("posts", "employer", "activity", "functions", "contract", "payment"),
            List.of("posts", "employer", "functions", "contract"),
            List.of("employer", "contract"),
            Document.REQUEST,
            true),
    /** 273-ФЗ ст.12 ч.4: the new employer's notice of hiring a former official; arrives on paper. */
    NEW_EMPLOYER_NOTICE(
            "НР",
            false,
            List.of("post", "contract", "duties", "formerPost", "dismissedOn"),
            List.of("post", "contract"),
            List.of("post", "contract")),
    /**
     * 25-ФЗ ст.14 ч.1 п.3 «б»: unpaid participation in the management of a non-profit organization,
     * with prior notice to the employer (in the order of the regional law). The employer takes note
     * (closed with the result); a possible conflict of interest is a notification of personal interest.
     */
    NPO_MANAGEMENT(
            "НК",
            true,
            List.of("npo", "activity", "body", "period"),
            List.of("npo", "body"),
            List.of("npo", "body"),
            Document.NOTICE,
            false),
    /**
     * 25-ФЗ ст.14 ч.1 п.10: a petition for the head's written permission to accept an award, an
     * honorary or special title (except scientific ones) of a foreign state, an international
     * organization, a party or another public or religious association. The head decides (closed with
     * the result), not the conduct commission.
     */
    FOREIGN_AWARD(
            "НГ",
            true,
            List.of("award", "grantor", "awardedOn", "handedOver"),
            List.of("award", "grantor"),
            List.of("award", "grantor"),
            Document.PETITION,
            false),
    /**
     * 273-ФЗ ст.11 ч.6 (a servant) and ст.12.3 ч.2 (a municipal post): securities, shares and stakes
     * whose ownership leads or may lead to a conflict of interest are transferred into trust
     * management; the notice of the transfer is kept in the register (closed with the result).
     */
    TRUST_MANAGEMENT(
            "ДУ",
            true,
            List.of("securities", "trustee", "trustContract"),
            List.of("securities", "trustee"),
            List.of("securities", "trustee", "trustContract"),
            Document.NOTICE,
            false);

    /** What the paper is called: the UI names it so ({@code notifications.doc.<DOCUMENT>}). */
    public enum Document {
        /** «уведомление». */
        NOTICE,
        /** «заявление» (Указ №821 п.16 «б»). */
        APPLICATION,
        /** «обращение» (273-ФЗ ст.12 ч.1). */
        REQUEST,
        /** «ходатайство» (25-ФЗ ст.14 ч.1 п.10). */
        PETITION
    }

    private final String code;
    private final boolean online;
    private final List<String> fields;
    private final List<String> required;
    private final List<String> journalFields;
    private final Document document;
    private final boolean conductCommission;

    NotificationKind(
            String code, boolean online, List<String> fields, List<String> required, List<String> journalFields) {
        this(code, online, fields, required, journalFields, Document.NOTICE, true);
    }

    NotificationKind(
            String code,
            boolean online,
            List<String> fields,
            List<String> required,
            List<String> journalFields,
            Document document,
            boolean conductCommission) {
        this.document = document;
        this.conductCommission = conductCommission;
        this.code = code;
        this.online = online;
        this.fields = fields;
        this.required = required;
        this.journalFields = journalFields;
    }

    /** The prefix of the registration number, e.g. «ЛЗ» in «ЛЗ-3/2026». */
    public String code() {
        return code;
    }

    /** Whether an employee files it himself; a new employer's notice comes from outside, on paper. */
    public boolean online() {
        return online;
    }

    /** What the paper is called: «уведомление», «заявление», «обращение» or «ходатайство». */
    public Document document() {
        return document;
    }

    /**
     * Whether it may go to the commission on official conduct and conflicts of interest (Указ №821).
     * A gift goes to the commission on receipt and disposal of assets (ПП РФ №10); a foreign award,
     * a non-profit's management and trust management are decided by the employer.
     */
    public boolean conductCommission() {
        return conductCommission;
    }

    /**
     * Whether an employee of the category files this kind (docs/legal-rules.md N18): the duties of
     * 25-ФЗ are a municipal servant's, those of 79-ФЗ a regional civil servant's, 273-ФЗ ст.12.1 and
     * 12.3 a post holder's, ст.13.3 an institution's. A category not stated ({@code null}) files
     * every kind, as before the category was known.
     */
    public boolean appliesTo(EmployeeCategory category) {
        if (category == null) {
            return true;
        }
        boolean servant =
                category == EmployeeCategory.MUNICIPAL_SERVANT || category == EmployeeCategory.REGIONAL_CIVIL_SERVANT;
        boolean post = category == EmployeeCategory.MUNICIPAL_POST || category == EmployeeCategory.REGIONAL_POST;
        return switch (this) {
            // 273-ФЗ ст.9 (servants); ст.13.3 — the institution's own measures for its staff
            case INDUCEMENT -> !post;
            // 273-ФЗ ст.11 (servants), ст.12.1 ч.4.1 (posts), ст.13.3 (institutions)
            case PERSONAL_INTEREST -> true;
            // 25-ФЗ ст.11 ч.2 and 79-ФЗ ст.14 ч.2: a servant's duty only
            case OTHER_PAID_WORK, FORMER_OFFICIAL_CONSENT, NEW_EMPLOYER_NOTICE, FOREIGN_AWARD -> servant;
            // ПП РФ №10, Указ №821 п.16 «б», 273-ФЗ ст.11 ч.6 and ст.12.3 ч.2: servants and post holders
            case GIFT, FAMILY_INCOME, TRUST_MANAGEMENT -> servant || post;
            // 25-ФЗ ст.14 ч.1 п.3 «б», 79-ФЗ ст.17 ч.1 п.3 «б», 273-ФЗ ст.12.1 ч.3
            case NPO_MANAGEMENT -> servant || post;
        };
    }

    /**
     * The message key of the law the form and the card cite for an employee of the category: {@code
     * notifications.law.<KIND>.<CATEGORY>} where the category's own law differs, else {@code
     * notifications.law.<KIND>}.
     */
    public String lawKey(EmployeeCategory category) {
        String base = "notifications.law." + name();
        if (category == null) {
            return base;
        }
        boolean own = switch (this) {
            case OTHER_PAID_WORK, FOREIGN_AWARD -> category == EmployeeCategory.REGIONAL_CIVIL_SERVANT;
            case PERSONAL_INTEREST -> category != EmployeeCategory.MUNICIPAL_SERVANT;
            case NPO_MANAGEMENT ->
                category == EmployeeCategory.REGIONAL_CIVIL_SERVANT
                        || category == EmployeeCategory.MUNICIPAL_POST
                        || category == EmployeeCategory.REGIONAL_POST;
            case INDUCEMENT -> category == EmployeeCategory.INSTITUTION_HEAD || category == EmployeeCategory.OTHER;
            default -> false;
        };
        return own ? base + "." + category.name() : base;
    }

    /** A field holding a day (typed as a date on the form, stored as dd.MM.yyyy). */
    public static boolean dateField(String field) {
        return field.equals("giftReceivedOn");
    }

    public List<String> fields() {
        return fields;
    }

    public boolean isRequired(String field) {
        return required.contains(field);
    }

    public List<String> journalFields() {
        return journalFields;
    }

    /** The registration number of the {@code seq}-th notification of the year. */
    public String number(int seq, int year) {
        return code + "-" + seq + "/" + year;
    }
}
