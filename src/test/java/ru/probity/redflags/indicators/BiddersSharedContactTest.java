package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Procedure;

class BiddersSharedContactTest {

    @Test
    void firesWhenTheWinnerAndAnotherBidderShareAPhone() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        contactBid("1", "4027111111", true, null, "+7 (4842) 55-12-34", "a@one.ru"),
                        contactBid("2", "4027222222", false, null, "8 4842 551234", "b@two.ru")))
                .contract(contract("C1", "P1", "4027111111", "990000"))
                .build();

        assertThat(run(new BiddersSharedContact(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(1);
            assertThat(flag.explanation()).contains("ИНН 4027111111", "ИНН 4027222222", "телефон +7 (4842) 55-12-34");
        });
    }

    @Test
    void firesOnAnAddressTheRegistersGiveWrittenDifferently() {
        Company one = company("4027111111", "г. Калуга, ул. Ленина, д. 5");
        Company two = company("4027222222", "Калуга Ленина 5");
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        contactBid("1", "4027111111", true, null, null, null),
                        contactBid("2", "4027222222", false, null, null, null)))
                .contract(contract("C1", "P1", "4027111111", "990000"))
                .company(one)
                .company(two)
                .build();

        assertThat(run(new BiddersSharedContact(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.explanation()).contains("адрес «г. Калуга, ул. Ленина, д. 5»");
            assertThat(flag.documents()).contains("egrul:4027111111", "egrul:4027222222");
        });
    }

    @Test
    void silentWhenOnlyTwoLosersShareAContactOrNobodyDoes() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        contactBid("1", "4027111111", true, "Калуга, Ленина 1", "84842000001", "w@one.ru"),
                        contactBid("2", "4027222222", false, "Калуга, Ленина 7", "84842000002", "x@two.ru"),
                        contactBid("3", "4027333333", false, "Калуга, Ленина 7", "84842000003", "y@three.ru")))
                .contract(contract("C1", "P1", "4027111111", "990000"))
                .build();

        assertThat(run(new BiddersSharedContact(), data)).isEmpty();
    }

    private static Company company(String inn, String address) {
        return new Company(
                inn,
                null,
                null,
                "ООО " + inn,
                null,
                address,
                null,
                null,
                LocalDate.of(2015, 1, 1),
                null,
                LocalDate.of(2024, 1, 1),
                List.of(),
                List.of());
    }
}
