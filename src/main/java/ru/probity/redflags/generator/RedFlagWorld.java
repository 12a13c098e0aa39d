package ru.probity.redflags.generator;

import java.util.List;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;
import ru.probity.redflags.indicators.Dataset;

/**
 * A generated world of purchases: every contract version (as signed, then each amendment), the
 * notices, the protocols with all their bids, the changes (amendments and execution), the register
 * extracts of suppliers and bidders, the flags planted ({@link #truth}) and the near-miss decoys
 * (indicator → planted case, which must NOT be flagged).
 */
public record RedFlagWorld(
        List<Contract> contracts,
        List<Notice> notices,
        List<Protocol> protocols,
        List<ContractChange> changes,
        List<Company> companies,
        List<Entrepreneur> entrepreneurs,
        List<Expected> truth,
        List<Expected> decoys) {

    /** The number of distinct contracts (not versions). */
    public long contractCount() {
        return contracts.stream().filter(c -> c.versionNumber() == 0).count();
    }

    /** Everything straight into a data set (the in-memory mode). */
    public Dataset dataset() {
        Dataset.Builder b = Dataset.builder();
        contracts.forEach(b::contract);
        notices.forEach(b::notice);
        protocols.forEach(b::protocol);
        changes.forEach(b::change);
        companies.forEach(b::company);
        entrepreneurs.forEach(b::entrepreneur);
        return b.build();
    }
}
