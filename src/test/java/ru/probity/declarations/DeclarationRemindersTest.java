package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/**
 * Reminders of the terms: an e-mail (to GreenMail) when the term of an unfiled obligation is
 * within the window and once more when it has passed, each once; none for a filed obligation, one
 * outside the window, or one created after its term; the same warnings in «Мои справки».
 */
class DeclarationRemindersTest extends IntegrationTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    DeclarationReminders reminders;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private long oblige(long employee, int year, LocalDate dueOn) {
        return campaigns.oblige(user("obninsk.officer"), employee, ObligationKind.ENTRY, year, dueOn, null);
    }

    private void existedSince(long obligation, int daysAgo) {
        jdbc.sql("update declaration_obligation set created_at = now() - make_interval(days => ?) where id = ?")
                .params(daysAgo, obligation)
                .update();
    }

    @Test
    void theEmployeeIsRemindedOnceBeforeTheTermAndOnceAfterIt() throws Exception {
        String address = "napominanie-" + System.nanoTime() + "@decl.example";
        long obninsk = organizationId(OBNINSK);
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post, email, created_by, updated_by)
                values (?, 'Забывчивый', 'Олег', 'Ильич', 'Ведущий специалист', ?, 'test', 'test') returning id""").params(obninsk, address).query(Long.class).single();
        String login = "forgetful" + System.nanoTime();
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                values (?, 'not-used', 'Забывчивый Олег', 'EMPLOYEE', ?, ?, 'test')""").params(login, obninsk, employee).update();
        LocalDate today = LocalDate.now();
        long soon = oblige(employee, YEAR, today.plusDays(5)); // due within 14 days
        long filed = oblige(employee, YEAR - 1, today.plusDays(5)); // received: no reminder
        declarations.submit(user("obninsk.officer"), filed, DeclarationsTest.simple("Забывчивый", "1", "1"));
        long later = oblige(employee, YEAR - 2, today.plusDays(40)); // outside the window
        long overdue = oblige(employee, YEAR - 3, today.minusDays(3)); // became overdue
        existedSince(overdue, 30);
        long archive = oblige(employee, YEAR - 4, today.minusDays(3)); // created after its term

        reminders.send();
        reminders.send();
        assertThat(subjects(address))
                .containsExactlyInAnyOrder(
                        "Срок представления справки о доходах за " + YEAR + " год — " + DATE.format(today.plusDays(5)),
                        "Не представлена справка о доходах за " + (YEAR - 3) + " год");
        MimeMessage due = messagesTo(address).stream()
                .filter(m -> subject(m).startsWith("Срок"))
                .findFirst()
                .orElseThrow();
        assertThat((String) due.getContent())
                .startsWith("Олег Ильич, здравствуйте.")
                .contains("/declarations/obligations/" + soon + "/form", "Поступление на службу");
        assertThat(jdbc.sql(
                                "select obligation_id || ' ' || kind from declaration_reminder where obligation_id in (?, ?, ?, ?, ?)"
                                        + " order by obligation_id")
                        .params(soon, filed, later, overdue, archive)
                        .query(String.class)
                        .list())
                .containsExactly(soon + " DUE", overdue + " OVERDUE");

        // «Мои справки» warns of the same two
        String page = mvc.perform(
                        get("/declarations")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(login))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("warning-" + soon, "warning-" + overdue, "warning-" + archive)
                .contains("Срок представления справки за " + YEAR + " год (Поступление на службу) — "
                        + DATE.format(today.plusDays(5)))
                .contains("Справка за " + (YEAR - 3) + " год (Поступление на службу) не представлена в срок")
                .doesNotContain("warning-" + filed + "\"", "warning-" + later + "\"");

        // the near one passes its term: one more letter, once
        jdbc.sql("update declaration_obligation set due_on = current_date - 1 where id = ?")
                .param(soon)
                .update();
        existedSince(soon, 20);
        reminders.send();
        reminders.send();
        assertThat(subjects(address)).hasSize(3).contains("Не представлена справка о доходах за " + YEAR + " год");
        // filed late at last: nothing more
        declarations.submit(user("obninsk.officer"), soon, DeclarationsTest.simple("Забывчивый", "1", "1"));
        reminders.send();
        assertThat(subjects(address)).hasSize(3);
    }

    private List<String> subjects(String address) throws Exception {
        return messagesTo(address).stream()
                .map(DeclarationRemindersTest::subject)
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> messagesTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (var message : MAIL.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }
}
