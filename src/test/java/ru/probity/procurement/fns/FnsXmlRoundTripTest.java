package ru.probity.procurement.fns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;

/** What {@link FnsXmlWriter} writes, {@link FnsRegisterReader} reads back equal. */
class FnsXmlRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "UTF-8"})
    void companiesComeBackEqual(String encoding) {
        FnsTestData data = new FnsTestData(42);
        List<Company> written = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            written.add(data.company());
        }
        Company odd = written.get(7);
        written.set(
                7,
                new Company(
                        odd.inn(),
                        odd.kpp(),
                        odd.ogrn(),
                        "ООО «ΩМЕГА» <тест> & \"КО\"\n2 строка 😀",
                        null,
                        "КАКОЙ-ТО, СОВСЕМ СТРАННЫЙ АДРЕС",
                        odd.email(),
                        null,
                        odd.registeredOn(),
                        null,
                        null,
                        odd.people(),
                        odd.founders()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FnsXmlWriter writer = FnsXmlWriter.egrul(bytes, Charset.forName(encoding))) {
            written.forEach(writer::write);
            assertThat(writer.documents()).isEqualTo(2000);
        }
        List<Company> read = new ArrayList<>();
        ReadSummary summary = FnsRegisterReader.read(
                new ByteArrayInputStream(bytes.toByteArray()), "synthetic.xml", read::add, e -> {});

        assertThat(read).isEqualTo(written);
        assertThat(summary.companies()).isEqualTo(2000);
        assertThat(summary.bytes()).isEqualTo(bytes.size());
        assertThat(summary.persons())
                .isEqualTo(written.stream().mapToInt(c -> c.people().size()).sum());
        assertThat(summary.legalFounders())
                .isEqualTo(written.stream().mapToInt(c -> c.founders().size()).sum());
        assertThat(summary.legalFounders()).isPositive();
    }

    @Test
    void entrepreneursComeBackEqual() {
        FnsTestData data = new FnsTestData(7);
        List<Entrepreneur> written = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            written.add(data.entrepreneur());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FnsXmlWriter writer = FnsXmlWriter.egrip(bytes, Charset.forName("windows-1251"))) {
            written.forEach(writer::write);
        }
        List<Entrepreneur> read = new ArrayList<>();
        ReadSummary summary =
                FnsRegisterReader.read(new ByteArrayInputStream(bytes.toByteArray()), "egrip.xml", c -> {}, read::add);

        assertThat(read).isEqualTo(written);
        assertThat(summary.entrepreneurs()).isEqualTo(1000);
    }

    @Test
    void manyQuotesAreNoEntityAttack() {
        Company c = new FnsTestData(3).company();
        String name = "\"".repeat(300_000);
        Company quoted = new Company(
                c.inn(),
                c.kpp(),
                c.ogrn(),
                name,
                name,
                c.address(),
                c.email(),
                null,
                c.registeredOn(),
                c.terminatedOn(),
                c.extractDate(),
                c.people(),
                c.founders());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FnsXmlWriter writer = FnsXmlWriter.egrul(bytes, StandardCharsets.UTF_8)) {
            writer.write(quoted);
        }
        List<Company> read = new ArrayList<>();
        FnsRegisterReader.read(new ByteArrayInputStream(bytes.toByteArray()), "quotes.xml", read::add, e -> {});
        assertThat(read).containsExactly(quoted);
    }

    @Test
    void aWriterKeepsToItsRegister() {
        FnsTestData data = new FnsTestData(1);
        try (FnsXmlWriter writer = FnsXmlWriter.egrip(new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> writer.write(data.company())).isInstanceOf(IllegalStateException.class);
        }
    }
}
