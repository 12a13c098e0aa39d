package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

class RegistersTest extends IntegrationTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    private String sample() throws Exception {
        try (var in = getClass().getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            return new String(in.readAllBytes(), CP1251);
        }
    }

    private MockMultipartFile file(String name, String xml) {
        return new MockMultipartFile("files", name, "application/xml", xml.getBytes(CP1251));
    }

    private int extracts() {
        return jdbc.sql("select count(*) from register_company where inn = '7810468350'")
                .query(Integer.class)
                .single();
    }

    @Test
    void theRealEgrulSampleImportsWithItsDirectorAndFounderAndANewerExtractBecomesCurrent() throws Exception {
        String xml = sample();
        assertThat(Uploads.upload(mvc, "/registers/import", as("region.admin"), file("egrul.xml", xml)))
                .contains("компаний 1");
        mvc.perform(get("/registers/companies/7810468350").with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("РАСТОРГУЕВА ОЛЬГА АЛЕКСАНДРОВНА")))
                .andExpect(content().string(Matchers.containsString("ГЕНЕРАЛЬНЫЙ ДИРЕКТОР")))
                .andExpect(content().string(Matchers.containsString("100 %")));

        // the same extract again changes nothing
        assertThat(Uploads.upload(mvc, "/registers/import", as("region.admin"), file("egrul.xml", xml)))
                .contains("новых выписок 0");
        // (other tests store older extracts of this company too)
        int stored = extracts();

        // a newer extract with another director supersedes it; the old one stays in the history
        String newer = xml.replace("ДатаВып=\"2018-01-11\"", "ДатаВып=\"2019-05-20\"")
                .replaceFirst("Фамилия=\"РАСТОРГУЕВА\" Имя=\"ОЛЬГА\"", "Фамилия=\"ПЕТРОВА\" Имя=\"ОЛЬГА\"");
        assertThat(Uploads.upload(mvc, "/registers/import", as("region.admin"), file("egrul-2019.xml", newer)))
                .contains("новых выписок 1");
        assertThat(extracts()).isEqualTo(stored + 1);
        assertThat(jdbc.sql("select extract_date::text from register_company where inn = '7810468350' and is_current")
                        .query(String.class)
                        .single())
                .isEqualTo("2019-05-20");
        mvc.perform(get("/registers/companies/7810468350").with(as("region.admin")))
                .andExpect(content().string(Matchers.containsString("20.05.2019")))
                .andExpect(content().string(Matchers.containsString("11.01.2018")));

        // a person's INN finds the companies he directs or founded
        mvc.perform(get("/registers").param("q", "592004603004").with(as("region.auditor")))
                .andExpect(content().string(Matchers.containsString("7810468350")));
    }

    @Test
    void theNewestExtractOfAFileBecomesCurrentAndAnOlderOneLoadedLaterDoesNot() throws Exception {
        String inn = ru.probity.identifiers.Identifiers.completeOrganizationInn("772345678");
        String xml = sample().replace("7810468350", inn);
        String document = xml.substring(xml.indexOf("<Документ"), xml.indexOf("</Документ>") + 11);
        String twoExtracts =
                xml.replace(document, document.replace("ДатаВып=\"2018-01-11\"", "ДатаВып=\"2020-02-02\"") + document);

        assertThat(Uploads.upload(mvc, "/registers/import", as("region.admin"), file("two.xml", twoExtracts)))
                .contains("новых выписок 2");
        assertThat(Uploads.upload(
                        mvc,
                        "/registers/import",
                        as("region.admin"),
                        file("old.xml", xml.replace("ДатаВып=\"2018-01-11\"", "ДатаВып=\"2015-05-05\""))))
                .contains("новых выписок 1");

        assertThat(jdbc.sql("select extract_date::text || ':' || is_current from register_company where inn = ?"
                                + " order by extract_date")
                        .param(inn)
                        .query(String.class)
                        .list())
                .containsExactly("2015-05-05:false", "2018-01-11:false", "2020-02-02:true");
        // the company is found by its name and by its director's INN
        mvc.perform(get("/registers").param("q", "Аптрейд").with(as("region.auditor")))
                .andExpect(content().string(Matchers.containsString(inn)));
    }

    @Test
    void aBrokenFileIsRefusedWholeWithItsPlaceNamed() throws Exception {
        String broken = sample().replace("ИНН=\"7810468350\"", "ИНН=\"7810468351\"");
        int before = jdbc.sql("select count(*) from register_import")
                .query(Integer.class)
                .single();
        assertThat(Uploads.upload(mvc, "/registers/import", as("region.admin"), file("broken.xml", broken)))
                .contains("Не загружен")
                .contains("broken.xml");
        assertThat(jdbc.sql("select count(*) from register_import")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aZipArchiveImportsEachOfItsFilesAllOrNothingAndOnlyItsUploaderSeesTheUpload() throws Exception {
        String xml = sample().replace("ДатаВып=\"2018-01-11\"", "ДатаВып=\"2017-03-01\"");
        var zipped = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(zipped, java.nio.charset.StandardCharsets.UTF_8)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("ЕГРЮЛ/выписка.xml"));
            zip.write(xml.getBytes(CP1251));
            zip.putNextEntry(new java.util.zip.ZipEntry("ЕГРЮЛ/битая.xml"));
            zip.write(xml.replace("ИНН=\"7810468350\"", "ИНН=\"7810468351\"").getBytes(CP1251));
        }
        var archive = new MockMultipartFile("files", "egrul.zip", "application/zip", zipped.toByteArray());

        String page = Uploads.upload(mvc, "/registers/import", as("region.admin"), archive);

        assertThat(page)
                .contains("egrul.zip → ЕГРЮЛ/выписка.xml»: компаний 1")
                .contains("Не загружен")
                .contains("битая.xml")
                .contains("Загрузка завершена");
        assertThat(jdbc.sql(
                                "select count(*) from register_company where inn = '7810468350' and extract_date = '2017-03-01'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the upload's page is its uploader's only
        String url = mvc.perform(multipart("/registers/import")
                        .file(archive)
                        .with(csrf())
                        .with(as("region.admin")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(url).with(as("kaluga.officer")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Загрузка не найдена")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("egrul.zip"))));
    }

    @Test
    void onlyOfficersImportAndEmployeesDoNotSeeTheRegisters() throws Exception {
        mvc.perform(multipart("/registers/import")
                        .file(file("egrul.xml", sample()))
                        .with(csrf())
                        .with(as("ugh.head")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registers").with(as("ugh.employee"))).andExpect(status().isForbidden());
    }
}
