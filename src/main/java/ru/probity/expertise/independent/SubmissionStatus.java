package ru.probity.expertise.independent;

/**
 * Where a received conclusion or proposal stands: registered on receipt, answered (the reasoned
 * answer recorded), sent (by e-mail through Probity, or by post as the officer marks it).
 */
public enum SubmissionStatus {
    REGISTERED,
    ANSWERED,
    SENT;

    public static SubmissionStatus of(boolean answered, boolean sent) {
        return sent ? SENT : answered ? ANSWERED : REGISTERED;
    }
}
