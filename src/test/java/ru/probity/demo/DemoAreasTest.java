package ru.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

/**
 * The demo shows every area to a newcomer: acts sent for acknowledgement and partly signed, a
 * letter with receipts, a test campaign with attempts, an onboarding course with the newly
 * appointed — on the pages the roles open, not only in the tables.
 */
class DemoAreasTest extends IntegrationTest {

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void actsAreSentForAcknowledgementAndPartlySigned() throws Exception {
        assertThat(page("kaluga.officer", "/acts"))
                .contains("О порядке уведомления представителя нанимателя")
                .contains("Порядка уведомления работодателя о намерении выполнять иную оплачиваемую");
        long distribution = jdbc.sql("""
                        select d.id from act_distribution d join legal_act a on a.id = d.act_id
                        where a.title like 'О порядке уведомления представителя нанимателя%'""").query(Long.class).single();
        int signed = jdbc.sql(
                        "select count(*) from acknowledgement where distribution_id = ? and status = 'ACKNOWLEDGED'")
                .param(distribution)
                .query(Integer.class)
                .single();
        int all = jdbc.sql("select count(*) from acknowledgement where distribution_id = ?")
                .param(distribution)
                .query(Integer.class)
                .single();
        assertThat(signed).isGreaterThan(all / 2).isLessThan(all);
        assertThat(page("kaluga.officer", "/acts/distributions/" + distribution))
                .contains("на бумаге");
    }

    @Test
    void theEmployeeHasAnActToAcknowledgeAndATestToTake() throws Exception {
        String tasks = page("ugh.employee", "/tasks");
        assertThat(tasks)
                .contains("Порядка уведомления работодателя о намерении выполнять иную оплачиваемую")
                .contains("Ежегодное тестирование знания антикоррупционного законодательства");
    }

    @Test
    void theRegionsLetterHasReceiptsFromKalugaAndObninsk() throws Exception {
        long letter = jdbc.sql("select id from act_letter order by id limit 1")
                .query(Long.class)
                .single();
        String page = page("region.admin", "/letters/" + letter);
        assertThat(page).contains("Методические рекомендации по организации проверки закупок");
        assertThat(page).contains("Рекомендации доведены до контрактной службы.");
        assertThat(page("obninsk.officer", "/letters")).contains("Методические рекомендации");
    }

    @Test
    void theTestCampaignHasAttemptsSomePassedSomeNot() throws Exception {
        long test = jdbc.sql("select id from knowledge_test where title like 'Ежегодное тестирование%'")
                .query(Long.class)
                .single();
        String results = page("ugh.officer", "/training/tests/" + test);
        assertThat(results).contains("сдал").contains("не сдал");
        int attempts = jdbc.sql("select count(*) from test_attempt where test_id = ? and finished_at is not null")
                .param(test)
                .query(Integer.class)
                .single();
        assertThat(attempts).isEqualTo(DemoTraining.EXAMINEES);
    }

    @Test
    void theOnboardingCourseHasTheNewlyAppointed() throws Exception {
        long course = jdbc.sql(
                        "select id from training_event where title = 'Антикоррупционный минимум для вновь назначенных'")
                .query(Long.class)
                .single();
        int enrolled = jdbc.sql("select count(*) from training_enrolment where event_id = ? and source = 'ONBOARDING'")
                .param(course)
                .query(Integer.class)
                .single();
        assertThat(enrolled).isGreaterThanOrEqualTo(DemoRegionGenerator.NEWCOMERS);
        assertThat(page("kaluga.officer", "/training/events/" + course)).contains("Антикоррупционный минимум");
    }

    @Test
    void theDemoShowsAVerificationFromDecisionToReport() throws Exception {
        long done = jdbc.sql("""
                        select v.id from verification v join app_user u on u.employee_id = v.employee_id
                        where u.username = 'ugh.employee' and v.reported_on is not null""").query(Long.class).single();
        assertThat(page("ugh.officer", "/verifications")).contains("/verifications/" + done);
        assertThat(page("ugh.officer", "/verifications/" + done))
                .contains("Городской Голова (представитель нанимателя)")
                .contains("ПАО «Сбербанк»")
                .contains("Ответ банка не поступил в течение 60 дней.")
                .contains("применение к служащему мер юридической ответственности")
                .contains("замечание");
        // the control of expenses in progress: its report is the officer's task with its term
        assertThat(page("ugh.officer", "/tasks")).contains("Завершить проверку №");
    }
}
