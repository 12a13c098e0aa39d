package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import ru.probity.platform.Refusal;

/**
 * Issue 18, item 1: the publication of declarations (Указ №613) is suspended by Указ №968 of
 * 29.12.2022 — off by default; only the regional administrator enables it, with a legal basis that
 * is kept with who and when; while off nothing is published and nothing published before is served.
 */
class PublicationSwitchTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    PublicationSwitch publicationSwitch;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    @BeforeEach
    void offBefore() {
        publicationSwitch.set(user("region.admin"), false, null);
    }

    /** The federal default for the tests that follow. */
    @AfterEach
    void offAfter() {
        offBefore();
    }

    /** A campaign of a new organization under the UGH whose one declaration has a deal above its income. */
    private record Filed(long organization, long campaign, long declaration, CurrentUser officer) {}

    private Filed filed() {
        return filed("2000000", "продажа квартиры, счёт 40817810099910004312");
    }

    private Filed filed(String dealAmount, String source) {
        long parent = organizationId(UGH);
        long org = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'INSTITUTION', ?, 'test', 'test') returning id""")
                .params(parent, "МКУ «Публикуемое № " + SERIAL.incrementAndGet() + "-" + System.nanoTime() + "»")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, org)
                .update();
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required,
                                      created_by, updated_by)
                values (?, ?, 'Олег', 'Главный специалист', true, 'test', 'test') returning id""")
                .params(org, "Публикуемов" + SERIAL.get())
                .query(Long.class)
                .single();
        CurrentUser officer = new CurrentUser(-org, "officer" + org, "Офицер", Role.ANTICORRUPTION_OFFICER, org, null);
        for (int y = YEAR - 3; y < YEAR; y++) {
            long ob = campaigns.oblige(
                    officer, employee, ObligationKind.ENTRY, y, LocalDate.now().plusDays(30), null);
            declarations.submit(officer, ob, content("500000", List.of()));
        }
        long campaign = campaigns.open(officer, YEAR);
        long obligation = campaigns.obligationOf(officer, campaign, employee);
        long declaration = declarations.submit(
                officer,
                obligation,
                content(
                        "600000",
                        List.of(new DeclarationContent.Expense(
                                DeclarationContent.DealSubject.LAND, "участок", new BigDecimal(dealAmount), source))));
        return new Filed(org, campaign, declaration, officer);
    }

    private static DeclarationContent content(String income, List<DeclarationContent.Expense> deals) {
        return new DeclarationContent(List.of(new DeclarationContent.Person(
                Relation.DECLARANT,
                "Публикуемов",
                "Олег",
                null,
                LocalDate.of(1980, 1, 1),
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal(income))),
                deals,
                List.of(new DeclarationContent.RealEstate(
                        DeclarationContent.EstateKind.FLAT, "индивидуальная", new BigDecimal("44.1"), "Россия", null)),
                List.of(),
                List.of(),
                List.of(),
                List.of())));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private boolean published(long campaign) {
        return jdbc.sql("select published_at is not null from declaration_campaign where id = ?")
                .param(campaign)
                .query(Boolean.class)
                .single();
    }

    @Test
    void whileSuspendedNothingIsPublishedNorServedEvenWhatWasPublishedBefore() throws Exception {
        Filed f = filed();
        assertThat(publicationSwitch.enabled()).isFalse();

        // the service refuses, with the decree named
        assertThatThrownBy(() -> campaigns.publish(f.officer(), f.campaign()))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("declarations.error.publicationSuspended");
                    assertThat(e.status()).isEqualTo(Refusal.CONFLICT);
                });
        // and so does the page's form; the campaign page has no button but the explanation
        long ugh = organizationId(UGH);
        long demoCampaign = jdbc.sql("select id from declaration_campaign where organization_id = ? and year = ?")
                .params(ugh, YEAR - 1)
                .query(Long.class)
                .single();
        mvc.perform(post("/declarations/campaigns/" + demoCampaign + "/publish")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("от 29.12.2022 № 968")));
        assertThat(published(demoCampaign)).isFalse();
        String campaignPage = mvc.perform(
                        get("/declarations/campaigns/" + demoCampaign).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(campaignPage)
                .contains("id=\"publication-suspended\"", "№ 968")
                .doesNotContain("id=\"publish\"");

        // a campaign published before the suspension is not served
        jdbc.sql("update declaration_campaign set published_at = now(), published_by = 'earlier' where id = ?")
                .param(f.campaign())
                .update();
        String index = page("/public/declarations");
        assertThat(index).contains("№ 968").doesNotContain("/public/declarations/" + f.organization() + "/" + YEAR);
        String extract = page("/public/declarations/" + f.organization() + "/" + YEAR);
        assertThat(extract).contains("№ 968").doesNotContain("Главный специалист", "44,1", "продажа квартиры");
        mvc.perform(get("/public/declarations/" + f.organization() + "/" + YEAR + ".xlsx"))
                .andExpect(status().isConflict());
    }

    @Test
    void theAdministratorEnablesItWithABasisAndThenTheCampaignPublishesTheSourcesOfFunds() throws Exception {
        Filed f = filed();
        // no basis: refused
        mvc.perform(post("/declarations/publication-settings")
                        .param("enabled", "true")
                        .param("basis", "  ")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("правовое основание")));
        assertThat(publicationSwitch.enabled()).isFalse();

        mvc.perform(post("/declarations/publication-settings")
                        .param("enabled", "true")
                        .param("basis", "Указ о возобновлении размещения сведений (для проверки)")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(publicationSwitch.enabled()).isTrue();
        String settings = mvc.perform(get("/declarations/publication-settings").with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String adminName = jdbc.sql("select full_name from app_user where username = 'region.admin'")
                .query(String.class)
                .single();
        assertThat(settings)
                .contains("Указ о возобновлении размещения сведений (для проверки)", adminName, "Публикация включена");

        // an extract saved in the old shape (the deals' subjects, no sources) is computed anew on publishing
        jdbc.sql("""
                update declaration set extract = jsonb_set(extract, '{rows,0}',
                    (extract #> '{rows,0}') - 'funds' || '{"deals": ["земельный участок"]}'::jsonb) where id = ?""").param(f.declaration()).update();
        String campaignPage = mvc.perform(
                        get("/declarations/campaigns/" + f.campaign()).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(campaignPage)
                .contains("id=\"publish\"", "Указ о возобновлении размещения сведений (для проверки)")
                .doesNotContain("id=\"publication-suspended\"");
        campaigns.publish(f.officer(), f.campaign());
        assertThat(published(f.campaign())).isTrue();

        String extract = page("/public/declarations/" + f.organization() + "/" + YEAR);
        // 2 000 000 of deals against 1 500 000 of the three years: the source is published, the account masked
        assertThat(extract)
                .contains(
                        "Главный специалист",
                        "квартира, 44,1 кв. м, Россия",
                        "земельный участок: продажа квартиры, счёт ***")
                .doesNotContain("40817810099910004312", "Публикуемов", "№ 968");
        assertThat(page("/public/declarations")).contains("/public/declarations/" + f.organization() + "/" + YEAR);

        // turned off again: the published campaign is no longer served
        publicationSwitch.set(user("region.admin"), false, "проверка выключения");
        assertThat(page("/public/declarations/" + f.organization() + "/" + YEAR))
                .doesNotContain("Главный специалист");
        assertThat(publicationSwitch.history(user("region.admin")))
                .extracting(
                        PublicationSwitch.Change::enabled,
                        PublicationSwitch.Change::basis,
                        PublicationSwitch.Change::by)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(false, "проверка выключения", "region.admin"),
                        org.assertj.core.groups.Tuple.tuple(
                                true, "Указ о возобновлении размещения сведений (для проверки)", "region.admin"));
    }

    @Test
    void aDealBelowTheThreeYearsIncomeHasNoSourceInTheExtract() throws Exception {
        // 1 000 000 of deals, below the 1 500 000 of the three years
        Filed f = filed("1000000", "накопления родителей");
        publicationSwitch.set(user("region.admin"), true, "основание для проверки");
        campaigns.publish(f.officer(), f.campaign());
        assertThat(page("/public/declarations/" + f.organization() + "/" + YEAR))
                .contains("Главный специалист")
                .doesNotContain("накопления родителей", "земельный участок");
    }

    @Test
    void theSwitchPageHighlightsItsOwnEntryOfTheSidebarNotTheDeclarations() throws Exception {
        String page = mvc.perform(get("/declarations/publication-settings").with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.getElementById("nav-publication-switch").hasClass("active"))
                .isTrue();
        assertThat(html.getElementById("nav-declarations").hasClass("active")).isFalse();
    }
}
