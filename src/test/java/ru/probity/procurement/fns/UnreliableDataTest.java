package ru.probity.procurement.fns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;

/**
 * ЕГРЮЛ records of unreliable data (записи о недостоверности, 129-ФЗ ст.11 п.6): read from the real
 * sample with the marks added where the ЕГРЮЛ schema puts them, and written back by {@link
 * FnsXmlWriter}.
 */
class UnreliableDataTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    private static List<Company> read(byte[] file) {
        List<Company> companies = new ArrayList<>();
        FnsRegisterReader.read(new ByteArrayInputStream(file), "egrul.xml", companies::add, e -> {});
        return companies;
    }

    private static String sample() throws Exception {
        try (InputStream in =
                UnreliableDataTest.class.getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            return new String(in.readAllBytes(), CP1251);
        }
    }

    @Test
    void theRealSampleHasNoMarks() throws Exception {
        assertThat(read(sample().getBytes(CP1251)).getFirst().unreliableData()).isEmpty();
    }

    @Test
    void marksOfTheAddressTheDirectorAndTheFounderAreRead() throws Exception {
        String file = sample().replace(
                        "</СвАдресЮЛ>",
                        "<СвНедАдресЮЛ ПризнНедАдресЮЛ=\"2\" ТекстНедАдресЮЛ=\"сведения недостоверны\">"
                                + "<ГРНДата ГРН=\"2255900000001\" ДатаЗаписи=\"2025-03-01\"/></СвНедАдресЮЛ></СвАдресЮЛ>")
                .replace(
                        "</СведДолжнФЛ>",
                        "<СвНедДанДолжнФЛ ПризнНедДанДолжнФЛ=\"2\"><ГРНДата ГРН=\"2255900000002\""
                                + " ДатаЗаписи=\"2025-03-02\"/></СвНедДанДолжнФЛ></СведДолжнФЛ>");
        assertThat(read(file.getBytes(CP1251)).getFirst().unreliableData()).containsExactly("ADDRESS", "DIRECTOR");

        String founder = sample().replace(
                        "</УчрФЛ>",
                        "<СвНедДанУчр ПризнНедДанУчр=\"1\"><ГРНДата ГРН=\"2255900000003\""
                                + " ДатаЗаписи=\"2025-03-03\"/></СвНедДанУчр></УчрФЛ>");
        Company company = read(founder.getBytes(CP1251)).getFirst();
        assertThat(company.unreliableData()).containsExactly("FOUNDER");
        assertThat(company.people()).hasSize(2);
    }

    @Test
    void theWriterWritesTheMarksTheReaderReads() {
        FnsTestData data = new FnsTestData(11);
        List<Company> written = new ArrayList<>();
        List<List<String>> marks = List.of(
                List.of("ADDRESS"), List.of("DIRECTOR"), List.of("FOUNDER"), List.of("ADDRESS", "DIRECTOR", "FOUNDER"));
        for (int i = 0; written.size() < 40; i++) {
            Company c = data.company();
            boolean director =
                    c.people().stream().anyMatch(p -> p.role() != ru.probity.procurement.model.CompanyRole.FOUNDER);
            boolean founder = !c.founders().isEmpty()
                    || c.people().stream().anyMatch(p -> p.role() == ru.probity.procurement.model.CompanyRole.FOUNDER);
            if (!director || !founder) {
                continue;
            }
            written.add(new Company(
                    c.inn(),
                    c.kpp(),
                    c.ogrn(),
                    c.fullName(),
                    c.shortName(),
                    c.address(),
                    c.email(),
                    c.phone(),
                    c.registeredOn(),
                    c.terminatedOn(),
                    c.extractDate(),
                    c.people(),
                    c.founders(),
                    c.managingOrganizations(),
                    marks.get(i % marks.size())));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FnsXmlWriter writer = FnsXmlWriter.egrul(bytes, CP1251)) {
            written.forEach(writer::write);
        }
        assertThat(read(bytes.toByteArray())).isEqualTo(written);
    }
}
