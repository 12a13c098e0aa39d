package ru.probity.declarations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.probity.declarations.checks.Problem;
import ru.probity.declarations.checks.Rule;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.UploadRefused;

/**
 * The Russian words of the declarations: a problem of a form with where it is («Лицо 2, §1 доходы,
 * строка 1, сумма: …») or, for an imported workbook, with its sheet and row; a finding's
 * explanation citing its norm; the refusal of a declaration with problems.
 */
@Component
class DeclarationTexts {

    private static final Pattern FIELD = Pattern.compile("persons\\[(\\d+)]\\.?(?:(\\w+)\\[(\\d+)]\\.)?(\\w+)?");

    private final MessageSource messages;

    DeclarationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of a message key; a key missing from the bundle is returned as it is. */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, RussianFormats.LOCALE);
    }

    /** A problem in Russian, with where it is: «Лицо 2, §1 доходы, строка 1, сумма: …». */
    String text(Problem p) {
        String message = message(p);
        return where(p.field()).map(w -> w + ": " + message).orElse(message);
    }

    /** The problems of a form by field, the first one of each field. */
    Map<String, String> errors(List<Problem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), text(p), (a, b) -> a));
        return errors;
    }

    /**
     * A problem of an imported workbook: «Лист «Доходы», строка 4: «Сумма» — …», or as on the form
     * when its row is not known.
     */
    String importText(DeclarationXlsx.Read read, Problem p) {
        String message = message(p);
        String origin = p.field().startsWith("@") ? p.field().substring(1) : read.origin(p.field());
        if (origin == null) {
            return text(p);
        }
        String[] at = origin.split("\u0000", 2);
        String column = p.field().contains(".") && !p.field().startsWith("@")
                ? p.field().substring(p.field().lastIndexOf('.') + 1)
                : null;
        if (column != null && !column.contains("[")) {
            Matcher m = FIELD.matcher(p.field());
            String section = m.matches() ? m.group(2) : null;
            message = "«" + fieldLabel(section, column) + "» — " + message;
        }
        return messages.getMessage(
                "declarations.import.at", new Object[] {at[0], at[1], message}, RussianFormats.LOCALE);
    }

    /** An upload refused by a limit, in Russian. */
    String text(UploadRefused refused) {
        return refused.russian(messages);
    }

    /** A finding's Russian explanation, citing its norm. */
    String explain(Rule rule, List<String> args) {
        return messages.getMessage(rule.messageKey(args), args.toArray(), RussianFormats.LOCALE);
    }

    /**
     * The refusal of a declaration with problems: the wrong fields, each with its message key — or
     * its Russian text when the message takes arguments (a refusal's fields carry none).
     */
    Refusal refusal(List<Problem> problems) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (Problem p : problems) {
            fields.putIfAbsent(p.field(), p.args().isEmpty() ? p.key() : message(p));
        }
        return Refusal.invalidFields(fields);
    }

    private String message(Problem p) {
        return messages.getMessage(p.key(), p.args().toArray(), RussianFormats.LOCALE);
    }

    /** Where a field of the form is: «Лицо 1, Раздел 1. Сведения о доходах, строка 1, «Сумма»». */
    Optional<String> where(String field) {
        Matcher m = field == null ? null : FIELD.matcher(field);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(messages.getMessage(
                "declarations.where.person", new Object[] {Integer.parseInt(m.group(1)) + 1}, RussianFormats.LOCALE));
        if (m.group(2) != null) {
            out.append(", ")
                    .append(messages.getMessage("declarations.section." + m.group(2), null, RussianFormats.LOCALE))
                    .append(", ")
                    .append(messages.getMessage(
                            "declarations.where.row",
                            new Object[] {Integer.parseInt(m.group(3)) + 1},
                            RussianFormats.LOCALE));
        }
        if (m.group(4) != null) {
            out.append(", «").append(fieldLabel(m.group(2), m.group(4))).append("»");
        }
        return Optional.of(out.toString());
    }

    /** The label of a field: {@code declarations.field.<section>.<field>} when the section has its own, else the common one. */
    String fieldLabel(String section, String field) {
        String common = messages.getMessage("declarations.field." + field, null, field, RussianFormats.LOCALE);
        return section == null
                ? common
                : messages.getMessage(
                        "declarations.field." + section + "." + field, null, common, RussianFormats.LOCALE);
    }
}
