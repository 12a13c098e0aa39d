package ru.probity.training.model;

/** Who made an enrolment: the employee himself, his officer, or the onboarding job. */
public enum EnrolmentSource {
    SELF,
    OFFICER,
    /** A mandatory onboarding enrolment of the newly appointed. */
    ONBOARDING;

    /** Whether the participant may withdraw himself: a mandatory onboarding enrolment only his officer cancels. */
    public boolean withdrawableBySelf() {
        return this != ONBOARDING;
    }

    /**
     * Whether this source enrols again an employee whose enrolment was cancelled: people do, the
     * onboarding job never does (an officer's cancellation of a mandatory course stands).
     */
    public boolean reenrolsCancelled() {
        return this != ONBOARDING;
    }
}
