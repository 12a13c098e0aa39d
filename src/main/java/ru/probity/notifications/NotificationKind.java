package ru.probity.notifications;

import java.util.List;

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
    /** A gift received in connection with protocol events, official travel and other official events. */
    GIFT(
            "ПД",
            true,
            List.of("event", "gift", "description", "quantity", "value", "documents"),
            List.of("event", "gift"),
            List.of("gift", "quantity", "value")),
    /** The impossibility, for objective reasons, to declare the income of one's spouse and minor children. */
    FAMILY_INCOME(
            "СД",
            true,
            List.of("relative", "period", "reason", "measures"),
            List.of("relative", "period", "reason"),
            List.of("relative")),
    /** 273-ФЗ ст.12 ч.1: a (former) official asks the commission's consent to a job with an organization he oversaw. */
    FORMER_OFFICIAL_CONSENT(
            "СГ",
            true,
            List.of("posts", "employer", "activity", "functions", "contract", "payment"),
            List.of("posts", "employer", "functions", "contract"),
            List.of("employer", "contract")),
    /** 273-ФЗ ст.12 ч.4: the new employer's notice of hiring a former official; arrives on paper. */
    NEW_EMPLOYER_NOTICE(
            "НР",
            false,
            List.of("post", "contract", "duties", "formerPost", "dismissedOn"),
            List.of("post", "contract"),
            List.of("post", "contract"));

    private final String code;
    private final boolean online;
    private final List<String> fields;
    private final List<String> required;
    private final List<String> journalFields;

    NotificationKind(
            String code, boolean online, List<String> fields, List<String> required, List<String> journalFields) {
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
