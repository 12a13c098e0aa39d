package ru.probity.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/**
 * The terms of the municipal procedure: the conclusion is due ten working days after registration,
 * the developer's answers ten working days after the conclusion; the developer is reminded by e-mail
 * once when the answers' term is near, and the reminder is not sent twice.
 */
class ExpertiseRemindersTest extends IntegrationTest {

    private static final String ADDRESS = "razrabotchik@ugh.example";

    @Autowired
    Expertise expertise;

    @Autowired
    ExpertiseReminders reminders;

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

    @Test
    void theTermsAreWorkingDaysAndTheDeveloperIsRemindedOnceOfHisAnswers() throws Exception {
        CurrentUser lawyer = ((CurrentUserHolder) users.loadUserByUsername("ugh.lawyer")).currentUser();
        long ugh = organizationId(UGH);
        long developer = jdbc.sql("""
                select e.id from employee e where e.active and e.organization_id = ?
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                order by e.id desc limit 1""").param(ugh).query(Long.class).single();
        jdbc.sql("update employee set email = ? where id = ?")
                .params(ADDRESS, developer)
                .update();
        long document = expertise.register(
                lawyer,
                new DocumentForm(
                        ugh,
                        ExpertiseSubject.DRAFT,
                        ExpertiseKind.DIRECTIVE,
                        "Проект распоряжения о сроках",
                        ugh,
                        developer,
                        null,
                        null,
                        "ugh.lawyer"));
        ExpertiseDocument registered = expertise.get(lawyer, document);
        assertThat(registered.dueOn())
                .isEqualTo(ru.probity.platform.WorkingDays.plus(
                        registered
                                .registeredAt()
                                .atZone(java.time.ZoneId.systemDefault())
                                .toLocalDate(),
                        10));
        long version = expertise
                .addVersion(
                        lawyer,
                        document,
                        "r.txt",
                        "1. Управление вправе продлить срок.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        null)
                .id();
        for (var h : expertise.hints(lawyer, version)) {
            expertise.accept(lawyer, h.id(), "Установить основания продления срока");
        }
        if (expertise.findings(lawyer, version).isEmpty()) {
            expertise.addFinding(
                    lawyer, version, new FindingForm("3б", "1", "вправе продлить", "Установить основания"));
        }
        expertise.sign(lawyer, version);
        // the answers' term is today: the developer is reminded once
        jdbc.sql("update expertise_conclusion set answer_due_on = current_date where version_id = ?")
                .param(version)
                .update();
        reminders.send();
        assertThat(messagesTo(ADDRESS)).hasSize(1);
        MimeMessage letter = messagesTo(ADDRESS).getFirst();
        assertThat(letter.getSubject()).startsWith("Ответьте на заключение антикоррупционной экспертизы");
        assertThat((String) letter.getContent()).contains("Проект распоряжения о сроках", "/expertise/" + document);
        reminders.send();
        assertThat(messagesTo(ADDRESS)).hasSize(1);
    }
}
