package ru.probity.commission;

import java.util.ArrayList;
import java.util.List;
import ru.probity.org.EmployeeCategory;

/**
 * The measure the employer took on the commission's recommendation, recorded when the follow-up is
 * done: a disciplinary penalty, the settlement of a conflict of interest, information to the
 * prosecutor's office. The penalties differ by the kind of service (DOMAIN.md «Who is who»):
 * a municipal servant — замечание, выговор, увольнение по соответствующим основаниям (25-ФЗ ст.27),
 * and увольнение в связи с утратой доверия (25-ФЗ ст.27.1); a state civil servant of the region
 * besides — предупреждение о неполном должностном соответствии (79-ФЗ ст.57, ст.59.1), which municipal
 * service does not have. {@link #DISMISSAL} is the dismissal for the loss of trust: its data go to the
 * register of ПП РФ №228.
 */
public enum Measure {
    NONE,
    REMARK,
    REPRIMAND,
    /** Предупреждение о неполном должностном соответствии: state civil service only (79-ФЗ). */
    WARNING,
    /** Увольнение в связи с утратой доверия (25-ФЗ ст.27.1, 79-ФЗ ст.59.2). */
    DISMISSAL,
    /** Увольнение по соответствующим основаниям (25-ФЗ ст.27 ч.1 п.3, 79-ФЗ ст.57 ч.1 п.4). */
    DISMISSAL_DISCIPLINARY,
    CONFLICT_SETTLED,
    PROSECUTOR_INFORMED,
    OTHER;

    /** The measures that are no penalty: offered to everyone (after «none» and the penalties). */
    private static final List<Measure> OTHERS = List.of(CONFLICT_SETTLED, PROSECUTOR_INFORMED, OTHER);

    /**
     * The measures offered for a person of the category: the 79-ФЗ penalties for a state civil
     * servant of the region, the 25-ФЗ ones for everyone else — a municipal servant, and a person whose
     * category the registry does not know (the page notes that the list is the 25-ФЗ one).
     */
    public static List<Measure> offeredFor(EmployeeCategory category) {
        List<Measure> penalties = category == EmployeeCategory.REGIONAL_CIVIL_SERVANT
                ? List.of(REMARK, REPRIMAND, WARNING, DISMISSAL_DISCIPLINARY, DISMISSAL)
                : List.of(REMARK, REPRIMAND, DISMISSAL_DISCIPLINARY, DISMISSAL);
        List<Measure> offered = new ArrayList<>();
        offered.add(NONE);
        offered.addAll(penalties);
        offered.addAll(OTHERS);
        return List.copyOf(offered);
    }

    /** Whether the list offered for the category is the 25-ФЗ one taken for want of a known category. */
    public static boolean assumedMunicipal(EmployeeCategory category) {
        return category != EmployeeCategory.MUNICIPAL_SERVANT && category != EmployeeCategory.REGIONAL_CIVIL_SERVANT;
    }
}
