package ru.probity.expertise;

/**
 * What is examined (172-ФЗ ст.3 ч.4): a draft act, or an act in force examined while the
 * application of the law is monitored.
 */
public enum ExpertiseSubject {
    DRAFT,
    ACT
}
