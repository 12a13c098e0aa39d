package ru.probity.training.model;

/** Where an examinee of a test stands in a period: passed, failed, still taking it, not started. */
public enum ExamineeStatus {
    PASSED("training.passed"),
    FAILED("training.failed"),
    IN_PROGRESS("training.analysis.inProgress"),
    NOT_STARTED("training.analysis.notStarted");

    private final String messageKey;

    ExamineeStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public static ExamineeStatus of(boolean passed, boolean finished, int attempts) {
        return passed ? PASSED : finished ? FAILED : attempts > 0 ? IN_PROGRESS : NOT_STARTED;
    }

    /** The bundle's key of its name. */
    public String messageKey() {
        return messageKey;
    }
}
