package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Procedure;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/** Small purchases for the indicators' tests: a customer, a notice, a protocol with bids, a contract. */
final class Fixtures {

    static final String CUSTOMER = "4027000001";
    static final LocalDate SIGNED = LocalDate.of(2024, 3, 15);

    private Fixtures() {}

    static Contract contract(String regNum, String purchase, String supplierInn, String price) {
        return contract(regNum, purchase, CUSTOMER, supplierInn, price);
    }

    static Contract contract(String regNum, String purchase, String customer, String supplierInn, String price) {
        return new Contract(
                regNum,
                "1",
                SIGNED,
                customer,
                null,
                "ГБУ «Заказчик»",
                new BigDecimal(price),
                "RUB",
                "Поставка",
                purchase,
                false,
                List.of(new Supplier(
                        Supplier.Kind.LEGAL_ENTITY, supplierInn, null, "ООО " + supplierInn, null, null, null, null)));
    }

    static Contract singleSupplier(String regNum, String purchase, String supplierInn, String price) {
        Contract c = contract(regNum, purchase, supplierInn, price);
        return new Contract(
                c.regNum(),
                c.number(),
                c.signDate(),
                c.customerInn(),
                null,
                c.customerName(),
                c.price(),
                "RUB",
                c.subject(),
                purchase,
                true,
                c.suppliers(),
                c.law(),
                List.of(),
                "4",
                0);
    }

    static Notice notice(String purchase, Procedure procedure, String maxPrice) {
        return notice(
                purchase,
                procedure,
                maxPrice,
                LocalDateTime.of(2024, 2, 1, 10, 0),
                LocalDateTime.of(2024, 2, 20, 9, 0),
                List.of());
    }

    static Notice notice(
            String purchase,
            Procedure procedure,
            String maxPrice,
            LocalDateTime published,
            LocalDateTime end,
            List<String> okpd2) {
        return new Notice(
                purchase,
                "epNotificationEF2020",
                "13.2",
                procedure,
                null,
                CUSTOMER,
                "ГБУ «Заказчик»",
                published,
                end,
                maxPrice == null ? null : new BigDecimal(maxPrice),
                "RUB",
                okpd2,
                "Поставка");
    }

    static Protocol protocol(String purchase, Bid... bids) {
        return new Protocol(
                purchase,
                "П-" + purchase,
                LocalDate.of(2024, 2, 25),
                CUSTOMER,
                null,
                null,
                List.of(),
                "epProtocolEF2020SubmitOffers",
                List.of(bids));
    }

    /** An admitted bid (admission undecided when {@code admitted} is null). */
    static Bid bid(String journal, String inn, String offer, Boolean admitted, boolean winner) {
        return new Bid(
                journal,
                inn,
                null,
                "ООО " + inn,
                Supplier.Kind.LEGAL_ENTITY,
                offer == null ? null : new BigDecimal(offer),
                admitted,
                Boolean.FALSE.equals(admitted) ? "Несоответствие требованиям" : null,
                winner ? 1 : null,
                winner,
                null,
                null,
                null);
    }

    static Bid contactBid(String journal, String inn, boolean winner, String address, String phone, String email) {
        return new Bid(
                journal,
                inn,
                null,
                "ООО " + inn,
                Supplier.Kind.LEGAL_ENTITY,
                null,
                true,
                null,
                winner ? 1 : null,
                winner,
                address,
                phone,
                email);
    }

    static List<Flag> run(Indicator indicator, Dataset data) {
        List<Flag> flags = new ArrayList<>();
        indicator.evaluate(data, indicator.info().defaultThreshold(), flags::add);
        return flags;
    }
}
