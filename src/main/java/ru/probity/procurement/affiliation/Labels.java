package ru.probity.procurement.affiliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import ru.probity.org.RelationKind;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.names.Confidence;

/** Russian labels for the nodes and edges of a path and the parts of an explanation. */
final class Labels {

    private Labels() {}

    /** «Иванов Иван Иванович (ИНН 402700000000)». */
    static String person(PersonName name, String inn) {
        return name + (inn == null || inn.isBlank() ? "" : " (ИНН " + inn.strip() + ")");
    }

    static String person(StaffPerson p) {
        return person(p.name(), p.inn());
    }

    static String date(LocalDate date) {
        return date == null ? "дата не указана" : RussianFormats.date(date);
    }

    static String date(int day) {
        return date(Ids.date(day));
    }

    /** «12,5 %» — at most two decimals, no trailing zeros. */
    static String percent(double value) {
        return BigDecimal.valueOf(value)
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',')
                + " %";
    }

    /** The person's tie to a company: «генеральный директор», «учредитель, 60 %», «член правления». */
    static String tie(CompanyRole role, String post, double sharePercent) {
        return switch (role) {
            case DIRECTOR ->
                post == null || post.isBlank() ? "руководитель (единоличный исполнительный орган)" : lower(post);
            case BOARD_MEMBER -> "член коллегиального исполнительного органа";
            case FOUNDER ->
                Double.isNaN(sharePercent) ? "учредитель (доля не указана)" : "учредитель, " + percent(sharePercent);
            case OTHER_MANAGER -> post == null || post.isBlank() ? "лицо, действующее без доверенности" : lower(post);
        };
    }

    /** A company's share in another: «учредитель, 50 %». */
    static String share(double sharePercent) {
        return Double.isNaN(sharePercent) ? "учредитель (доля не указана)" : "учредитель, " + percent(sharePercent);
    }

    /**
     * The relative as the employee's kin, in the relative's gender when the name tells it: «супруга»,
     * «брат», «мать супруга»; the neutral label otherwise.
     */
    static String relation(RelationKind kind, PersonName relative, PersonName employee) {
        if (kind == null) {
            return "иной родственник";
        }
        Boolean female = female(relative);
        Boolean employeeFemale = female(employee);
        String spouse = employeeFemale == null ? "супруга(и)" : employeeFemale ? "супруга" : "супруги";
        if (female == null) {
            return lower(kind.label());
        }
        boolean f = female;
        return switch (kind) {
            case SPOUSE -> f ? "супруга" : "супруг";
            case PARENT -> f ? "мать" : "отец";
            case CHILD -> f ? "дочь" : "сын";
            case SIBLING -> f ? "сестра" : "брат";
            case HALF_SIBLING -> f ? "неполнородная сестра" : "неполнородный брат";
            case GRANDPARENT -> f ? "бабушка" : "дедушка";
            case GRANDCHILD -> f ? "внучка" : "внук";
            case ADOPTIVE_PARENT -> f ? "усыновительница" : "усыновитель";
            case ADOPTED_CHILD -> f ? "усыновлённая" : "усыновлённый";
            case SPOUSE_PARENT -> (f ? "мать " : "отец ") + spouse;
            case SPOUSE_SIBLING -> (f ? "сестра " : "брат ") + spouse;
            case SPOUSE_CHILD -> (f ? "дочь " : "сын ") + spouse;
            case CHILD_SPOUSE -> f ? "невестка (супруга ребёнка)" : "зять (супруг ребёнка)";
        };
    }

    /** True for a woman, false for a man, null when the name does not tell. */
    static Boolean female(PersonName name) {
        if (name == null) {
            return null;
        }
        String middle = lower(name.middleName()).strip();
        if (middle.endsWith("вна") || middle.endsWith("чна") || middle.endsWith("кызы")) {
            return true;
        }
        if (middle.endsWith("вич") || middle.endsWith("ич") || middle.endsWith("оглы")) {
            return false;
        }
        String last = lower(name.lastName()).strip();
        if (last.endsWith("ова") || last.endsWith("ева") || last.endsWith("ина") || last.endsWith("ая")) {
            return true;
        }
        if (last.endsWith("ов") || last.endsWith("ев") || last.endsWith("ин") || last.endsWith("ий")) {
            return false;
        }
        return null;
    }

    static String confidence(Confidence confidence) {
        return switch (confidence) {
            case HIGH -> "высокая";
            case MEDIUM -> "средняя";
            case LOW -> "низкая — только повод для проверки, не нарушение";
        };
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
