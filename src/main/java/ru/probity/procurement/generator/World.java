package ru.probity.procurement.generator;

import java.util.List;
import java.util.Map;
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.Protocol;

/**
 * A generated world: the registers, the customers' people, the contracts and protocols, and the
 * truth — every link the law implies for the planted structures.
 *
 * @param truth all planted links; former ties of company directors and founders are a {@code
 *     PersonLink} with {@code until} in memory and an older extract in the written registry
 * @param caseOf the planted sub-case of each planted contract, for diagnostics
 */
public record World(
        List<Company> companies,
        List<Entrepreneur> entrepreneurs,
        List<StaffPerson> staff,
        List<Contract> contracts,
        List<Protocol> protocols,
        List<PlantedLink> truth,
        Map<String, String> caseOf) {}
