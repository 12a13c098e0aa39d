package ru.probity.reports;

import org.springframework.stereotype.Component;
import ru.probity.platform.PublicFormGuard;
import ru.probity.platform.Refusal;

/**
 * The public forms' spam protection for other modules ({@link PublicFormGuard}): the same challenges
 * and throttle as the reception of reports.
 */
@Component
class ReportFormGuard implements PublicFormGuard {

    private final Challenges challenges;
    private final ClientThrottle throttle;

    ReportFormGuard(Challenges challenges, ClientThrottle throttle) {
        this.challenges = challenges;
        this.throttle = throttle;
    }

    @Override
    public String challenge() {
        return challenges.issue();
    }

    @Override
    public void spend(String challenge, String solution) {
        challenges.spend(challenge, solution);
    }

    @Override
    public void countSubmission(String remoteAddress) {
        if (!throttle.trySubmit(throttle.client(remoteAddress))) {
            throw Refusal.conflict("reports.error.tooManySubmissions", throttle.minutesToWait());
        }
    }
}
