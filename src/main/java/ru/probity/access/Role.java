package ru.probity.access;

/** The roles of Probity's users (what each may do: docs/security.md, «What each role can do»). */
public enum Role {
    /** Regional body for corruption prevention: sees and manages the whole region. */
    REGIONAL_ADMIN,
    /** Anti-corruption officer of a municipality, department or institution. */
    ANTICORRUPTION_OFFICER,
    /** Head of an organization: sees his organization's picture. */
    ORGANIZATION_HEAD,
    /** Member of the commission on official conduct and conflicts of interest. */
    COMMISSION_MEMBER,
    /** Municipal employee or employee of a subordinate institution. */
    EMPLOYEE,
    /** Read-only auditor (e.g. prosecutor's office review, internal control). */
    AUDITOR,
    /**
     * Custodian of reporters' identities (reports of corruption): the only one who sees who sent a
     * report, and who may disclose it to the assigned officer. Sees nothing else of the registry.
     */
    CUSTODIAN,
    /**
     * Lawyer of the legal service who carries out the anti-corruption expertise of normative acts
     * and drafts of his subtree (172-ФЗ ст.3 ч.4): registers them, examines their versions, signs
     * off the conclusions. Reads no personal data of the registry.
     */
    LEGAL_EXPERT;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** May create and change organizations and people records in his subtree. */
    public boolean managesRegistry() {
        return this == REGIONAL_ADMIN || this == ANTICORRUPTION_OFFICER;
    }

    /** May read people records (personal data) of his whole subtree. */
    public boolean readsRegistry() {
        return this != EMPLOYEE && this != CUSTODIAN && this != LEGAL_EXPERT;
    }

    /** Carries out the anti-corruption expertise of acts and drafts of his subtree. */
    public boolean examinesActs() {
        return this == LEGAL_EXPERT;
    }

    /**
     * Sees the register of acts and drafts under anti-corruption expertise of his subtree: the
     * experts, and the regional administrator, the officers and the heads who follow it.
     */
    public boolean seesExpertise() {
        return this == LEGAL_EXPERT
                || this == REGIONAL_ADMIN
                || this == ANTICORRUPTION_OFFICER
                || this == ORGANIZATION_HEAD;
    }

    /**
     * May open (and disable, unlock) accounts with the other role, in his subtree (issue 14, item 2):
     * the regional administrator any role; an officer only the roles of his organizations' own
     * people. Custodians of reporters' identities, auditors and administrators are appointed by the
     * region alone.
     */
    public boolean grants(Role other) {
        return switch (this) {
            case REGIONAL_ADMIN -> true;
            case ANTICORRUPTION_OFFICER ->
                other == ANTICORRUPTION_OFFICER
                        || other == ORGANIZATION_HEAD
                        || other == COMMISSION_MEMBER
                        || other == LEGAL_EXPERT
                        || other == EMPLOYEE;
            default -> false;
        };
    }

    /** May read the access log. */
    public boolean readsAccessLog() {
        return this == REGIONAL_ADMIN || this == AUDITOR;
    }
}
