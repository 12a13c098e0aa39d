package ru.probity.procurement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;

/** «Проверено N из N контрактов»: the coverage of the checks in a subtree and a period. */
@Service
@Transactional(readOnly = true)
public class Coverage {

    private final CoverageStore store;
    private final Organizations organizations;
    private final CheckInputs inputs;

    Coverage(CoverageStore store, Organizations organizations, CheckInputs inputs) {
        this.store = store;
        this.organizations = organizations;
        this.inputs = inputs;
    }

    public record Totals(int contracts, int checked, int notChecked, int stale, int unchecked, int findings) {}

    public record Row(String organization, Long organizationId, int contracts, int checked, int findings) {}

    public record Unchecked(
            long id, String regNum, LocalDate signDate, String customer, String supplier, String reason) {}

    public record Report(Totals totals, List<Row> byOrganization, List<Unchecked> unchecked) {}

    public Report report(CurrentUser user, Long organizationId, LocalDate from, LocalDate to) {
        Registers.requireReader(user);
        long me = organizationId == null
                ? user.organizationId()
                : organizations.get(user, organizationId).id();
        return store.report(me, inputs.registersVersion(), from, to);
    }
}
