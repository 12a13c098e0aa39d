package ru.probity.platform;

/**
 * The spam protection of every public form (no account): a proof-of-work challenge the page's script
 * solves ({@code static/js/report-pow.js} on a form marked {@code data-pow}), spent once cluster-wide,
 * and a per-client limit of submissions kept in memory only. A port: the reports module implements
 * it over its keyring and its table of spent challenges (decisions/0005), so that the reception of
 * reports and the public expertise of drafts share one mechanism and one set of limits.
 */
public interface PublicFormGuard {

    /** A new challenge for a form (the hidden field {@code challenge}). */
    String challenge();

    /**
     * Checks and spends a solved challenge; refuses ({@link Refusal#invalid}) a wrong, expired or spent
     * one with a Russian reason.
     */
    void spend(String challenge, String solution);

    /**
     * Counts a submission of the client at this address; refuses ({@link Refusal#conflict}) when the
     * client has sent too many in the window. The address is only hashed in memory.
     */
    void countSubmission(String remoteAddress);
}
