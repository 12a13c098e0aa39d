package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Supplier;

/** Contracts and register extracts for the contract and supplier indicators' tests. */
final class ContractFixtures {

    static final String CUSTOMER = "4027000001";
    static final String SUPPLIER = "4027111110";

    private ContractFixtures() {}

    /** A competitive contract of the customer with the supplier. */
    static Contract contract(String regNum, String customer, String supplier, LocalDate date, long price) {
        return contract(regNum, customer, supplier, date, price, List.of("41.20.40.000"), 0);
    }

    static Contract contract(
            String regNum,
            String customer,
            String supplier,
            LocalDate date,
            long price,
            List<String> okpd2,
            int version) {
        return new Contract(
                regNum,
                "1",
                date,
                customer,
                null,
                "Заказчик",
                BigDecimal.valueOf(price),
                "RUB",
                "Предмет",
                "0137300000" + regNum,
                false,
                List.of(supplier(supplier)),
                ProcurementLaw.FZ44,
                okpd2,
                null,
                version);
    }

    /** A single-supplier contract under 44-ФЗ ст.93 ч.1 of the point {@code ground}. */
    static Contract small(
            String regNum, String customer, String supplier, LocalDate date, long price, String ground, String okpd2) {
        return new Contract(
                regNum,
                "1",
                date,
                customer,
                null,
                "Заказчик",
                BigDecimal.valueOf(price),
                "RUB",
                "Канцелярские товары",
                null,
                true,
                List.of(supplier(supplier)),
                ProcurementLaw.FZ44,
                okpd2 == null ? List.of() : List.of(okpd2),
                ground,
                0);
    }

    static Supplier supplier(String inn) {
        return new Supplier(
                Supplier.Kind.LEGAL_ENTITY, inn, null, "ООО «Поставщик " + inn + "»", null, null, null, null);
    }

    /** A company of ЕГРЮЛ. */
    static Company company(
            String inn, LocalDate registered, LocalDate terminated, String address, List<PersonLink> people) {
        return company(inn, registered, terminated, address, people, List.of());
    }

    static Company company(
            String inn,
            LocalDate registered,
            LocalDate terminated,
            String address,
            List<PersonLink> people,
            List<String> unreliable) {
        return new Company(
                inn,
                null,
                "1" + inn,
                "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «ФИРМА " + inn + "»",
                "ООО «ФИРМА " + inn + "»",
                address,
                null,
                null,
                registered,
                terminated,
                LocalDate.of(2026, 1, 1),
                people,
                List.of(),
                List.of(),
                unreliable);
    }

    static PersonLink director(String inn, String last) {
        return new PersonLink(
                inn, new PersonName(last, "ИВАН", "ИВАНОВИЧ"), CompanyRole.DIRECTOR, "ДИРЕКТОР", null, null, null);
    }

    /** The flags of one indicator on the data, with its default threshold. */
    static List<Flag> run(Indicator indicator, Dataset data) {
        return run(indicator, data, indicator.info().defaultThreshold());
    }

    static List<Flag> run(Indicator indicator, Dataset data, double threshold) {
        List<Flag> flags = new ArrayList<>();
        indicator.evaluate(data, threshold, flags::add);
        return flags;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
