package ru.probity.commission;

/**
 * The measure the employer took on the commission's recommendation, recorded when the follow-up is
 * done: disciplinary penalties for corruption offences (25-ФЗ ст.27.1: замечание, выговор,
 * предупреждение о неполном должностном соответствии, увольнение в связи с утратой доверия), the
 * settlement of a conflict of interest, information to the prosecutor's office.
 */
public enum Measure {
    NONE,
    REMARK,
    REPRIMAND,
    WARNING,
    DISMISSAL,
    CONFLICT_SETTLED,
    PROSECUTOR_INFORMED,
    OTHER
}
