package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.spravki.Spravka;
import ru.probity.declarations.spravki.SpravkiPackage;

/**
 * The officer imports «Справки БК» packages for his campaign: each one matched to its employee and
 * filed as a sealed declaration with every person, every row and the exact income, the package kept
 * sealed beside it; a second import is a correction; a ZIP gives one result per file.
 */
class SpravkiImportTest extends IntegrationTest {

    private static final String OFFICER = "obninsk.officer";

    @Autowired
    Declarations declarations;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    /** Uploads the files for the campaign and returns the batch's page once every file is filed. */
    private String upload(long campaign, String username, MockMultipartFile... files) throws Exception {
        return SpravkiFixture.upload(mvc, as(username), campaign, files);
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    private Long declarationOf(long obligation) {
        return jdbc.sql("select max(id) from declaration where obligation_id = ?")
                .param(obligation)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"family-three.xsb", "family-all-sections.xsb", "family-all-sections.xml"})
    void aSampleIsImportedWithEveryPersonRowAndIncome(String sample) throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), sample, true);
        int relatives = count("select count(*) from relative where employee_id = ?", p.employee());

        String page = upload(p.campaign(), OFFICER, file(sample, SpravkiFixture.sample(sample)));

        assertThat(page).contains("data-outcome=\"imported\"").doesNotContain("Новые родственники");
        Long id = declarationOf(p.obligation());
        assertThat(id).isNotNull();
        DeclarationContent content = declarations.open(user(OFFICER), id).content();
        SpravkiPackage pkg = SpravkiFixture.read(sample);
        assertThat(content.persons()).hasSameSizeAs(pkg.declarations());
        for (int i = 0; i < pkg.declarations().size(); i++) {
            Spravka s = pkg.declarations().get(i);
            DeclarationContent.Person person = content.persons().get(i);
            assertThat(person.fullName())
                    .isEqualTo(s.person().lastName() + " " + s.person().firstName()
                            + (s.person().middleName() == null
                                    ? ""
                                    : " " + s.person().middleName()));
            assertThat(person.birthDate()).isEqualTo(s.person().birthDate());
            assertThat(person.income()).isEqualByComparingTo(s.incomeTotal());
            assertThat(List.of(
                            person.incomes().size(),
                            person.expenses().size(),
                            person.realEstate().size(),
                            person.vehicles().size(),
                            person.digitalAssets().size(),
                            person.digitalCurrency().size(),
                            person.accounts().size(),
                            person.shares().size(),
                            person.securities().size(),
                            person.inUse().size(),
                            person.obligations().size(),
                            person.gifts().size()))
                    .isEqualTo(List.of(
                            s.income().size(),
                            s.expenses().size(),
                            s.realEstate().size(),
                            s.vehicles().size(),
                            s.digitalAssets().size(),
                            s.digitalCurrency().size(),
                            s.accounts().size(),
                            s.shares().size(),
                            s.otherSecurities().size(),
                            s.estateInUse().size(),
                            s.obligations().size(),
                            s.gifts().size()));
        }
        // the package is kept beside the declaration, sealed: its bytes are not in the table
        assertThat(count("select count(*) from declaration_file where declaration_id = ?", id))
                .isEqualTo(1);
        byte[] stored = jdbc.sql("select content from declaration_file where declaration_id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(stored).isNotEqualTo(SpravkiFixture.sample(sample));
        assertThat(count(
                        "select count(*) from access_log where subject_type = 'DECLARATION' and subject_id = ? and action = 'CREATE'",
                        id))
                .isEqualTo(1);
        // the officer downloads the original as it was
        byte[] original = mvc.perform(get("/declarations/" + id + "/files/"
                                + jdbc.sql("select id from declaration_file where declaration_id = ?")
                                        .param(id)
                                        .query(Long.class)
                                        .single())
                        .with(as(OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(original).isEqualTo(SpravkiFixture.sample(sample));

        // the same file again is recognised: nothing is filed twice
        String same = upload(p.campaign(), OFFICER, file(sample, SpravkiFixture.sample(sample)));
        assertThat(same).contains("data-outcome=\"already\"").contains("Этот же файл уже загружен");
        assertThat(count("select count(*) from declaration where obligation_id = ?", p.obligation()))
                .isEqualTo(1);
        // another file of the package (the container or its XML) is a correction: a new current version
        String twin = sample.endsWith(".xml") ? sample.replace(".xml", ".xsb") : sample.replace(".xsb", ".xml");
        String again = upload(p.campaign(), OFFICER, file(twin, SpravkiFixture.sample(twin)));
        assertThat(again).contains("data-outcome=\"imported\"");
        assertThat(count("select count(*) from declaration where obligation_id = ?", p.obligation()))
                .isEqualTo(2);
        assertThat(count("select count(*) from declaration where obligation_id = ? and is_current", p.obligation()))
                .isEqualTo(1);
        // no relative was created
        assertThat(count("select count(*) from relative where employee_id = ?", p.employee()))
                .isEqualTo(relatives);
    }

    @Test
    void newRelativesAreNamedNotCreated() throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), "family-three.xsb", false);

        String page =
                upload(p.campaign(), OFFICER, file("family-three.xsb", SpravkiFixture.sample("family-three.xsb")));

        assertThat(page).contains("data-outcome=\"imported\"").contains("Новые родственники — добавьте их в реестр");
        assertThat(count("select count(*) from relative where employee_id = ?", p.employee()))
                .isZero();
        // each is offered for adding: the relative's form, filled in, saved only by the officer
        SpravkiPackage pkg = SpravkiFixture.read("family-three.xsb");
        Spravka spouse = pkg.declarations().stream()
                .filter(s -> s.filedFor() == ru.probity.declarations.spravki.FiledFor.SPOUSE)
                .findFirst()
                .orElseThrow();
        assertThat(page)
                .contains("/people/" + p.employee() + "/relatives/offer")
                .contains("Добавить в реестр: " + spouse.person().lastName());
        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/people/" + p.employee() + "/relatives/offer")
                        .param("relation", "SPOUSE")
                        .param("lastName", spouse.person().lastName())
                        .param("firstName", spouse.person().firstName())
                        .param("birthDate", spouse.person().birthDate().toString())
                        .with(as(OFFICER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("value=\"" + spouse.person().lastName() + "\"")
                .contains("value=\"" + spouse.person().birthDate() + "\"");
        assertThat(count("select count(*) from relative where employee_id = ?", p.employee()))
                .isZero();
    }

    @Test
    void aZipGivesOneImportedOneUnmatchedOneRefused() throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), "family-three.xsb", true);
        SpravkiFixture.forget(jdbc, "family-all-sections.xsb");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("good.xsb", SpravkiFixture.sample("family-three.xsb"));
        entries.put("nobody.xsb", SpravkiFixture.sample("family-all-sections.xsb"));
        entries.put("broken.xsb", "XSB1 это не Base64 !!!".getBytes(StandardCharsets.UTF_8));
        int before = count("select count(*) from declaration");

        String page = upload(p.campaign(), OFFICER, file("batch.zip", SpravkiFixture.zip(entries)));

        assertThat(page)
                .contains("batch.zip › good.xsb")
                .contains("data-outcome=\"imported\"")
                .contains("data-outcome=\"unmatched\"")
                .contains("не найден среди действующих сотрудников")
                .contains("data-outcome=\"refused\"")
                .contains("не прочитан как пакет «Справки БК»");
        assertThat(count("select count(*) from declaration")).isEqualTo(before + 1);
        assertThat(declarationOf(p.obligation())).isNotNull();
    }

    @Test
    void twoEmployeesOfTheSameNameAndBirthDateAreAmbiguousAndABadArchiveIsRefused() throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), "family-three.xsb", true);
        jdbc.sql("update employee set snils = null where id = ?")
                .param(p.employee())
                .update();
        jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, birth_date, post,
                                      created_by, updated_by)
                select organization_id, last_name, first_name, middle_name, birth_date, 'Инспектор', 'test', 'test'
                from employee where id = ?""").param(p.employee()).update();
        int before = count("select count(*) from declaration");

        String page = upload(
                p.campaign(),
                OFFICER,
                file("family-three.xsb", SpravkiFixture.sample("family-three.xsb")),
                file("damaged.zip", "это не архив".getBytes(StandardCharsets.UTF_8)));

        assertThat(page)
                .contains("data-outcome=\"unmatched\"")
                .contains("соответствуют несколько сотрудников (2)")
                .contains("Архив «damaged.zip» пуст или не читается как ZIP")
                .contains("data-outcome=\"refused\"")
                .doesNotContain("data-outcome=\"imported\"");
        assertThat(count("select count(*) from declaration")).isEqualTo(before);
        SpravkiFixture.forget(jdbc, "family-three.xsb");
    }

    @Test
    void onTheFormsPageAPackageIsFiledForThatObligationOnlyWhenItIsTheEmployees() throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), "family-three.xsb", true);
        String url = "/declarations/obligations/" + p.obligation() + "/spravki";

        String other = mvc.perform(multipart(url)
                        .file(file("family-all-sections.xsb", SpravkiFixture.sample("family-all-sections.xsb")))
                        .with(as(OFFICER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).contains("data-outcome=\"unmatched\"").contains("Пакет подан на");
        assertThat(declarationOf(p.obligation())).isNull();

        String own = mvc.perform(multipart(url)
                        .file(file("family-three.xml", SpravkiFixture.sample("family-three.xml")))
                        .with(as(OFFICER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("data-outcome=\"imported\"");
        assertThat(declarationOf(p.obligation())).isNotNull();
        // the form's page offers it beside the XLSX import
        assertThat(mvc.perform(get("/declarations/obligations/" + p.obligation() + "/form")
                                .with(as(OFFICER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"spravki-one\"");
    }
}
