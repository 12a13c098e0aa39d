package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.access.Role;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.portal.PublicPage;

/**
 * Issue 21: the subsection «Сведения о доходах, расходах, об имуществе и обязательствах имущественного
 * характера» of an organization's public section — while Указ №968 suspends publication (the demo's
 * default) the explanation alone; once the region enables publication, the organization's own
 * published extracts per year, the publication recorded in the portal's log.
 */
class IncomeSectionTest extends IntegrationTest {

    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    PublicationSwitch publicationSwitch;

    @Autowired
    IncomeSection section;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    @BeforeEach
    @AfterEach
    void off() {
        publicationSwitch.set(user("region.admin"), false, null);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void whileSuspendedTheSubsectionExplainsTheDecreeAndShowsNothingElse() throws Exception {
        long kaluga = organizationId(KALUGA);
        String html = page("/public/" + kaluga + "/income");
        assertThat(html)
                .contains(
                        "id=\"income-suspended\"",
                        "от 29.12.2022 № 968",
                        "на период проведения специальной военной операции")
                .doesNotContain("id=\"income-years\"", "id=\"extract\"");
        // the menu of the public section shows the subsection, marked as the current one
        assertThat(org.jsoup.Jsoup.parse(html)
                        .select("#portal-menu a[aria-current=page]")
                        .text())
                .isEqualTo("Сведения о доходах, расходах, об имуществе и обязательствах имущественного характера");
        assertThat(page("/public/" + kaluga + "/income/" + YEAR)).contains("id=\"income-suspended\"");
        assertThat(section.pages(kaluga)).extracting(PublicPage::path).containsExactly("/public/" + kaluga + "/income");
    }

    @Test
    void onceEnabledTheOrganizationsPublishedExtractsArePerYearAndLogged() throws Exception {
        long parent = organizationId(UGH);
        long org = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'INSTITUTION', ?, 'test', 'test') returning id""")
                .params(parent, "МКУ «Открытый раздел " + System.nanoTime() + "»")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, org)
                .update();
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required,
                                      created_by, updated_by)
                values (?, 'Раскрытов', 'Олег', 'Ведущий специалист', true, 'test', 'test') returning id""").param(org).query(Long.class).single();
        CurrentUser officer = new CurrentUser(-org, "officer" + org, "Офицер", Role.ANTICORRUPTION_OFFICER, org, null);
        long campaign = campaigns.open(officer, YEAR);
        long obligation = campaigns.obligationOf(officer, campaign, employee);
        declarations.submit(
                officer,
                obligation,
                new DeclarationContent(List.of(new DeclarationContent.Person(
                        Relation.DECLARANT,
                        "Раскрытов",
                        "Олег",
                        null,
                        LocalDate.of(1980, 1, 1),
                        List.of(new DeclarationContent.Income(
                                DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal("712345"))),
                        List.of(),
                        List.of(new DeclarationContent.RealEstate(
                                DeclarationContent.EstateKind.FLAT,
                                "индивидуальная",
                                new BigDecimal("51.3"),
                                "Россия",
                                null)),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()))));
        publicationSwitch.set(user("region.admin"), true, "основание для проверки открытого раздела");
        campaigns.publish(officer, campaign);

        String index = page("/public/" + org + "/income");
        assertThat(index).contains("id=\"income-years\"", "/public/" + org + "/income/" + YEAR);
        String year = page("/public/" + org + "/income/" + YEAR);
        assertThat(year)
                .contains("Ведущий специалист", "712 345,00", "квартира, 51,3 кв. м, Россия")
                .doesNotContain("Раскрытов", "№ 968");
        assertThat(section.pages(org))
                .extracting(PublicPage::path)
                .containsExactly("/public/" + org + "/income", "/public/" + org + "/income/" + YEAR);
        assertThat(jdbc.sql("""
                        select action from portal_publication_log
                        where organization_id = ? and section = 'income' and path = ?""")
                        .params(org, "/public/" + org + "/income/" + YEAR)
                        .query(String.class)
                        .list())
                .containsExactly("PUBLISHED");

        // suspended again: the year's page is the explanation, the figures gone
        publicationSwitch.set(user("region.admin"), false, "проверка");
        assertThat(page("/public/" + org + "/income/" + YEAR))
                .contains("id=\"income-suspended\"")
                .doesNotContain("712 345", "Ведущий специалист");
    }
}
