package ru.probity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.Refusal;

/**
 * The employee's category drives which notifications he is offered and which law the form cites
 * (issue 18, item 12; docs/legal-rules.md N18, N19).
 */
class NotificationCategoryFlowTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    /** An account-less active employee of Obninsk's subtree, made of the category. */
    private CurrentUser employeeOfCategory(String category, int skip) {
        long[] e = jdbc.sql("""
                select e.id, e.organization_id from employee e join organization o on o.id = e.organization_id
                where o.path like (select path from organization where name = ?) || '%' and e.active
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                order by e.id offset ? limit 1""")
                .params(OBNINSK, skip)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        jdbc.sql("update employee set category = ? where id = ?")
                .params(category, e[0])
                .update();
        return new CurrentUser(-e[0], "e" + e[0], "Сотрудник", Role.EMPLOYEE, e[1], e[0]);
    }

    private NotificationForm otherPaidWork() {
        NotificationForm form = new NotificationForm();
        form.setKind(NotificationKind.OTHER_PAID_WORK);
        form.setSummary("Преподавание");
        form.setDetails(new java.util.LinkedHashMap<>(
                Map.of("employer", "Колледж", "work", "Преподаватель", "period", "2027 год")));
        return form;
    }

    @Test
    void aRegionalCivilServantIsNotOfferedTheMunicipalOtherWorkNotice() {
        CurrentUser civil = employeeOfCategory("REGIONAL_CIVIL_SERVANT", 7);

        assertThat(notifications.kindsFor(civil)).contains(NotificationKind.OTHER_PAID_WORK);
        assertThat(NotificationKind.OTHER_PAID_WORK.lawKey(notifications.category(civil)))
                .endsWith(".REGIONAL_CIVIL_SERVANT");
        long id = notifications.file(civil, otherPaidWork(), List.of());
        assertThat(id).isPositive();
    }

    @Test
    void anInstitutionHeadIsNotOfferedOtherPaidWorkAndCannotFileIt() {
        CurrentUser head = employeeOfCategory("INSTITUTION_HEAD", 8);

        assertThat(notifications.kindsFor(head))
                .containsExactlyInAnyOrder(NotificationKind.INDUCEMENT, NotificationKind.PERSONAL_INTEREST);
        assertThatThrownBy(() -> notifications.file(head, otherPaidWork(), List.of()))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("notifications.error.notForCategory");
    }

    @Test
    void theFormOfAMunicipalServantCitesTwentyFiveFZ() throws Exception {
        // ugh.employee is a municipal servant of a department
        String page = mvc.perform(get("/notifications/new?kind=OTHER_PAID_WORK").with(as("ugh.employee")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("25-ФЗ «О муниципальной службе»").doesNotContain("??");
        String mine = mvc.perform(get("/notifications/my").with(as("ugh.employee")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("file-OTHER_PAID_WORK").doesNotContain("??");
    }
}
