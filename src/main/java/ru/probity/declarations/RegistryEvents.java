package ru.probity.declarations;

import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.probity.declarations.checks.FilingRegime;
import ru.probity.org.CandidateNotAppointed;
import ru.probity.org.CandidateRegistered;
import ru.probity.org.EmployeeAppointed;
import ru.probity.org.EmployeeTransferred;

/**
 * Hears the people registry's events and creates the obligations they bring (docs/declarations.md
 * «The filing regime»): entry into the service and appointment to a listed post, transfer to
 * another organization on a listed post, a candidate for a listed post (and one not appointed). Synchronous, in the change's transaction, as accounts
 * hears {@code EmployeeDeactivated}.
 */
@Component
class RegistryEvents {

    private final Campaigns campaigns;

    RegistryEvents(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @EventListener
    void appointed(EmployeeAppointed event) {
        campaigns.obligeOnEvent(
                event.employeeId(),
                event.entry() ? FilingRegime.Trigger.ENTRY : FilingRegime.Trigger.APPOINTMENT,
                event.on());
    }

    /** A candidate for a listed post files before his appointment (273-ФЗ ст.8 ч.1 п.1): his entry. */
    @EventListener
    void candidate(CandidateRegistered event) {
        campaigns.obligeOnEvent(event.employeeId(), FilingRegime.Trigger.ENTRY, event.on());
    }

    @EventListener
    void notAppointed(CandidateNotAppointed event) {
        campaigns.candidateNotAppointed(event.employeeId());
    }

    @EventListener
    void transferred(EmployeeTransferred event) {
        campaigns.obligeOnEvent(event.employeeId(), FilingRegime.Trigger.TRANSFER, LocalDate.now());
    }
}
