package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * ЕГРИП and ЕГРЮЛ extracts made from the FNS samples for a person's INN, uploaded as the regional
 * administrator (region-wide at once): for the screening's tests.
 */
public final class RegisterExtracts {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    private RegisterExtracts() {}

    private static String sample(String name) throws IOException {
        try (InputStream in = RegisterExtracts.class.getResourceAsStream("/fns/" + name)) {
            return new String(in.readAllBytes(), CP1251);
        }
    }

    /** An entrepreneur with the person's INN, registered with OGRNIP 308784733200657. */
    public static void entrepreneur(MockMvc mvc, RequestPostProcessor admin, String personInn) throws Exception {
        String xml = sample("egrip-open-data-4.04-one-entrepreneur.xml")
                .replace("781435122782", personInn)
                .replace(
                        "ДатаВып=\"2018-01-19\"", "ДатаВып=\"" + LocalDate.now().minusDays(1) + "\"");
        String page = Uploads.upload(
                mvc,
                "/registers/import",
                admin,
                new MockMultipartFile("files", "egrip-" + personInn + ".xml", "application/xml", xml.getBytes(CP1251)));
        assertThat(page).contains("alert-success").doesNotContain("alert-danger");
    }

    /**
     * The sample company (OGRN 1147847267039) under the INN {@code companyInn}, with the person as its
     * director and sole founder.
     */
    public static void company(MockMvc mvc, RequestPostProcessor admin, String companyInn, String personInn)
            throws Exception {
        String xml = sample("egrul-open-data-4.05-one-company.xml")
                .replace("7810468350", companyInn)
                .replace(
                        "ДатаВып=\"2018-01-11\"", "ДатаВып=\"" + LocalDate.now().minusDays(1) + "\"")
                .replace("592004603004", personInn);
        String page = Uploads.upload(
                mvc,
                "/registers/import",
                admin,
                new MockMultipartFile(
                        "files", "egrul-" + companyInn + ".xml", "application/xml", xml.getBytes(CP1251)));
        assertThat(page).contains("компаний 1");
    }
}
