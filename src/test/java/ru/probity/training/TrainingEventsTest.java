package ru.probity.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.access.Role;
import ru.probity.platform.Refusal;
import ru.probity.training.model.Attendance;
import ru.probity.training.model.EventKind;

/**
 * Training events on the demo region. Tests share the database, so each builds its own small
 * organization (under Obninsk, out of the demo's Kaluga onboarding course) with its own people.
 */
class TrainingEventsTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    TrainingEvents events;

    @Autowired
    Enrolments enrolments;

    @Autowired
    EventSessions sessions;

    @Autowired
    EventMaterials materials;

    @Autowired
    EventCertificates certificates;

    @Autowired
    Onboarding onboarding;

    @Autowired
    TrainingEventStatistics statistics;

    @Autowired
    TrainingEventMail mail;

    @Autowired
    ru.probity.platform.RegionTime regionTime;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    /** An employee without an account, as the pages would see him if he had one. */
    private CurrentUser employeeUser(long employeeId) {
        long organization = jdbc.sql("select organization_id from employee where id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
        return new CurrentUser(
                -employeeId, "e" + employeeId, "Сотрудник " + employeeId, Role.EMPLOYEE, organization, employeeId);
    }

    /** A new institution under the named organization. */
    private long newOrganization(String parentName) {
        long parent = organizationId(parentName);
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'INSTITUTION', ?, 'test', 'test') returning id""")
                .params(parent, "МКУ «Учебный центр № " + SERIAL.incrementAndGet() + "-" + System.nanoTime() + "»")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, id)
                .update();
        return id;
    }

    private long newEmployee(long organization, String post, LocalDate appointedOn) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post, appointed_on, created_by, updated_by)
                values (?, ?, 'Анна', 'Петровна', ?, ?, 'test', 'test') returning id""")
                .params(organization, "Учебная" + SERIAL.incrementAndGet(), post, appointedOn)
                .query(Long.class)
                .single();
    }

    private long newEvent(
            CurrentUser officer, String title, Integer capacity, Integer onboardingDays, List<Long> audience) {
        return newEvent(officer, title, capacity, onboardingDays, audience, null, null);
    }

    private long newEvent(
            CurrentUser officer,
            String title,
            Integer capacity,
            Integer onboardingDays,
            List<Long> audience,
            String posts,
            Long testId) {
        return events.create(
                officer,
                new TrainingEvents.Form(
                        new TrainingEvents.Details(
                                EventKind.SEMINAR,
                                title,
                                "Описание",
                                capacity,
                                posts,
                                onboardingDays,
                                testId,
                                audience),
                        LocalDateTime.now().plusDays(5).withNano(0),
                        90,
                        "каб. 1",
                        null));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private int enrolledCount(long event) {
        return jdbc.sql("select count(*) from training_enrolment where event_id = ? and status = 'ENROLLED'")
                .param(event)
                .query(Integer.class)
                .single();
    }

    @Test
    void thePagesRenderForTheirRolesAndTheDemoEventsAreThere() throws Exception {
        mvc.perform(get("/training/events/new").with(as("ugh.officer"))).andExpect(status().isOk());
        mvc.perform(get("/training/events/new").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/training/events").with(as("region.admin"))).andExpect(status().isOk());
        mvc.perform(get("/training/events").with(as("region.auditor"))).andExpect(status().isOk());
        mvc.perform(get("/training/events/statistics").with(as("region.admin"))).andExpect(status().isOk());
        List<TrainingEvents.Event> demo = events.events(user("region.admin")).stream()
                .filter(e -> "demo"
                        .equals(jdbc.sql("select created_by from training_event where id = ?")
                                .param(e.id())
                                .query(String.class)
                                .single()))
                .toList();
        assertThat(demo).anySatisfy(e -> assertThat(e.onboarding()).isTrue());
        for (TrainingEvents.Event e : demo) {
            mvc.perform(get("/training/events/" + e.id()).with(as("kaluga.officer")))
                    .andExpect(status().isOk());
        }
        // the region's video conference reaches every employee; Kaluga's course only Kaluga's
        assertThat(events.mine(user("ugh.employee")).stream().map(m -> m.event().id()))
                .containsAll(demo.stream().map(TrainingEvents.Event::id).toList());
    }

    @Test
    void theAudienceSeesTheEventAndOthersAreDenied() {
        CurrentUser officer = user("ugh.officer");
        long event = newEvent(
                officer, "Семинар для управления городского хозяйства", null, null, List.of(organizationId(UGH)));
        long narrowed = newEvent(
                officer, "Только для водителей", null, null, List.of(organizationId(UGH)), "водитель-испытатель", null);

        CurrentUser employee = user("ugh.employee");
        assertThat(events.mine(employee))
                .anySatisfy(m -> assertThat(m.event().id()).isEqualTo(event));
        assertThat(events.mine(employee))
                .noneSatisfy(m -> assertThat(m.event().id()).isEqualTo(narrowed));
        assertThat(events.event(employee, event).title()).contains("городского хозяйства");
        assertThatThrownBy(() -> enrolments.enrol(employee, narrowed)).isInstanceOf(AccessDeniedException.class);

        // the Kaluga officer (an ancestor of the organizer) follows it; Obninsk's does not see it
        assertThat(events.events(user("kaluga.officer")))
                .anySatisfy(e -> assertThat(e.id()).isEqualTo(event));
        assertThat(events.events(user("obninsk.officer")))
                .noneSatisfy(e -> assertThat(e.id()).isEqualTo(event));
        assertThatThrownBy(() -> events.event(user("obninsk.officer"), event))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.enrolEmployees(user("obninsk.officer"), event, List.of(1L)))
                .isInstanceOf(AccessDeniedException.class);

        // an employee of another municipality neither sees nor enrols
        CurrentUser stranger = employeeUser(employeeWithin(OBNINSK));
        assertThat(events.mine(stranger))
                .noneSatisfy(m -> assertThat(m.event().id()).isEqualTo(event));
        assertThatThrownBy(() -> events.event(stranger, event)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.enrol(stranger, event)).isInstanceOf(AccessDeniedException.class);

        // an employee cannot keep events, nor mark attendance
        assertThatThrownBy(() -> newEvent(employee, "Нельзя", null, null, List.of(organizationId(UGH))))
                .isInstanceOf(AccessDeniedException.class);
        long session = sessions.sessions(employee, event).getFirst().id();
        assertThatThrownBy(() -> sessions.attendance(employee, session)).isInstanceOf(AccessDeniedException.class);
        // the head reads the participants but does not enrol others
        assertThatThrownBy(() -> enrolments.enrolOrganization(user("ugh.head"), event, organizationId(UGH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOrganizerChangesAnEventButNotBelowTheEnrolledAndOthersCannot() throws Exception {
        long organization = newOrganization(OBNINSK);
        List<Long> employees = List.of(
                newEmployee(organization, "специалист", LocalDate.now().minusYears(1)),
                newEmployee(organization, "специалист", LocalDate.now().minusYears(1)));
        CurrentUser officer = user("obninsk.officer");
        long event = newEvent(officer, "Семинар, который изменят", 5, null, List.of(organization));
        assertThat(enrolments.enrolEmployees(officer, event, employees).enrolled())
                .isEqualTo(2);

        TrainingEvents.Details details = events.details(officer, event);
        assertThat(details.audience()).containsExactly(organization);
        TrainingEvents.Details tooSmall = new TrainingEvents.Details(
                details.kind(), details.title(), null, 1, null, null, null, details.audience());
        assertThatThrownBy(() -> events.update(officer, event, tooSmall))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("training.events.error.capacity"));
        assertThat(events.event(officer, event).capacity()).isEqualTo(5);

        long wider = organizationId(OBNINSK);
        events.update(
                officer,
                event,
                new TrainingEvents.Details(
                        EventKind.WEBINAR,
                        "Вебинар вместо семинара",
                        "Новое описание",
                        2,
                        "специалист",
                        null,
                        null,
                        List.of(wider)));
        TrainingEvents.Event changed = events.event(officer, event);
        assertThat(changed.title()).isEqualTo("Вебинар вместо семинара");
        assertThat(changed.kind()).isEqualTo(EventKind.WEBINAR);
        assertThat(changed.capacity()).isEqualTo(2);
        assertThat(changed.full()).isTrue();
        assertThat(events.details(officer, event).audience()).containsExactly(wider);
        assertThat(enrolledCount(event)).isEqualTo(2);

        // the parent's officer follows but does not keep it; another municipality's does neither
        assertThatThrownBy(() -> events.update(user("kaluga.officer"), event, details))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/training/events/" + event + "/edit").with(as("obninsk.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/training/events/" + event + "/edit").with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/events/" + event)
                        .param("kind", "SEMINAR")
                        .param("title", "Чужое изменение")
                        .param("audience", Long.toString(wider))
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/events/" + event)
                        .param("kind", "SEMINAR")
                        .param("title", "Без токена")
                        .param("audience", Long.toString(wider))
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/events/" + event)
                        .param("kind", "COURSE")
                        .param("title", "Курс по форме")
                        .param("capacity", "10")
                        .param("audience", Long.toString(wider))
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.event(officer, event).title()).isEqualTo("Курс по форме");
        assertThat(events.event(officer, event).capacity()).isEqualTo(10);
        // a refused form goes back to the form it came from with the reason
        mvc.perform(post("/training/events/" + event)
                        .param("kind", "COURSE")
                        .param("title", "Курс на одно место")
                        .param("capacity", "1")
                        .param("audience", Long.toString(wider))
                        .header("Referer", "http://localhost/training/events/" + event + "/edit")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/training/events/" + event + "/edit"))
                .andExpect(flash().attribute("problem", "Мест не может быть меньше, чем уже записано участников"));
        assertThat(events.event(officer, event).capacity()).isEqualTo(10);
        mvc.perform(post("/training/events")
                        .param("kind", "SEMINAR")
                        .param("title", "Без аудитории")
                        .param("startsAt", "2030-01-10T10:00")
                        .header("Referer", "http://localhost/training/events/new")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/training/events/new"))
                .andExpect(flash().attribute("problem", "Укажите вид, название, аудиторию и начало первого занятия"));
    }

    @Test
    void participantsAreInvitedRemindedAndToldOfACancellationByEmailOnce() throws Exception {
        long organization = newOrganization(OBNINSK);
        long withMail = newEmployee(organization, "специалист", LocalDate.now().minusYears(1));
        long withoutMail =
                newEmployee(organization, "специалист", LocalDate.now().minusYears(1));
        String address = "uchastnik" + SERIAL.incrementAndGet() + "@example.ru";
        jdbc.sql("update employee set email = ? where id = ?")
                .params(address, withMail)
                .update();
        CurrentUser officer = user("obninsk.officer");
        long event = newEvent(officer, "Семинар с письмами", null, null, List.of(organization));
        enrolments.enrolEmployees(officer, event, List.of(withMail, withoutMail));

        mail.send();
        assertThat(lettersTo(address)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Вы записаны на мероприятие «Семинар с письмами»");
            assertThat((String) m.getContent())
                    .contains("Анна Петровна, здравствуйте")
                    .contains("семинар")
                    .contains("мин., каб. 1")
                    .contains("/training/events/" + event);
        });
        mail.send();
        assertThat(lettersTo(address)).hasSize(1);

        // a session within the reminder window: one reminder, once
        jdbc.sql("update training_enrolment set invited_at = now() - interval '3 days' where event_id = ?")
                .param(event)
                .update();
        sessions.addSession(officer, event, regionTime.now().plusHours(3), 60, null, "https://vks.example.ru/1");
        mail.send();
        mail.send();
        assertThat(lettersTo(address)).hasSize(2);
        assertThat(lettersTo(address).getLast().getSubject()).startsWith("Напоминание: «Семинар с письмами»");
        assertThat((String) lettersTo(address).getLast().getContent()).contains("https://vks.example.ru/1");

        events.cancelEvent(officer, event);
        mail.send();
        mail.send();
        assertThat(lettersTo(address)).hasSize(3);
        assertThat(lettersTo(address).getLast().getSubject()).isEqualTo("Мероприятие «Семинар с письмами» отменено");
    }

    private List<jakarta.mail.internet.MimeMessage> lettersTo(String address) throws Exception {
        List<jakarta.mail.internet.MimeMessage> found = new ArrayList<>();
        for (var message : MAIL.getReceivedMessages()) {
            if (java.util.Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void concurrentEnrolmentsNeverExceedTheCapacity() throws Exception {
        long organization = newOrganization(OBNINSK);
        List<Long> employees = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            employees.add(
                    newEmployee(organization, "специалист", LocalDate.now().minusYears(2)));
        }
        long event = newEvent(user("obninsk.officer"), "Семинар на три места", 3, null, List.of(organization));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Enrolments.Outcome>> results = new ArrayList<>();
        for (long employee : employees) {
            results.add(pool.submit(() -> {
                start.await();
                return enrolments.enrol(employeeUser(employee), event);
            }));
        }
        start.countDown();
        List<Enrolments.Outcome> outcomes = new ArrayList<>();
        for (Future<Enrolments.Outcome> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o == Enrolments.Outcome.ENROLLED).hasSize(3);
        assertThat(outcomes).filteredOn(o -> o == Enrolments.Outcome.FULL).hasSize(9);
        assertThat(enrolledCount(event)).isEqualTo(3);

        // the officer's bulk enrolment also stops at the capacity
        Enrolments.Bulk bulk = enrolments.enrolOrganization(user("obninsk.officer"), event, organization);
        assertThat(bulk.enrolled()).isZero();
        assertThat(bulk.already()).isEqualTo(3);
        assertThat(bulk.noRoom()).isEqualTo(9);

        // a cancellation frees a seat for someone else
        long first = employees.stream()
                .filter(e -> enrolments.own(employeeUser(e), event) != null)
                .findFirst()
                .orElseThrow();
        assertThat(enrolments.cancelOwn(employeeUser(first), event)).isTrue();
        assertThat(enrolments
                        .enrolOrganization(user("obninsk.officer"), event, organization)
                        .enrolled())
                .isEqualTo(1);
        assertThat(enrolledCount(event)).isEqualTo(3);
    }

    @Test
    void attendanceOfEverySessionAndThePassedTestCompleteTheEventAndOnlyThenGiveTheCertificate() throws Exception {
        CurrentUser officer = user("kaluga.officer");
        long regionTest = jdbc.sql("""
                insert into knowledge_test (organization_id, title, time_limit_minutes, pass_percent, attempts_allowed, created_by)
                values ((select id from organization where parent_id is null order by id limit 1), 'Итоговый тест семинара', 20, 80, 2, 'test')
                returning id""").query(Long.class).single();
        long event = newEvent(
                officer, "Курс: конфликт интересов", null, null, List.of(organizationId(UGH)), null, regionTest);
        sessions.addSession(officer, event, LocalDateTime.now().plusDays(12), 60, "каб. 2", null);
        List<EventSessions.Session> slots = sessions.sessions(officer, event);
        assertThat(slots).hasSize(2);
        // the linked test is assigned to the audience
        assertThat(jdbc.sql("select count(*) from test_assignment where test_id = ? and organization_id = ?")
                        .params(regionTest, organizationId(UGH))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        CurrentUser employee = user("ugh.employee");
        Enrolments.Bulk bulk = enrolments.enrolEmployees(officer, event, List.of(employee.employeeId()));
        assertThat(bulk.enrolled()).isEqualTo(1);
        long enrolment = enrolments.own(employee, event).enrolmentId();
        // an onboarding-less, officer-made enrolment: the employee sees it among his events
        assertThat(events.mine(employee)).anySatisfy(m -> {
            assertThat(m.event().id()).isEqualTo(event);
            assertThat(m.enrolled()).isTrue();
        });

        // the first session: no attendance before it has begun (issue 16), neither through the service
        // nor through the page, and the event's page offers no attendance button yet
        assertThat(sessions.attendance(officer, slots.get(0).id()))
                .anySatisfy(m -> assertThat(m.participant().enrolmentId()).isEqualTo(enrolment));
        assertThatThrownBy(() ->
                        sessions.markAttendance(officer, slots.get(0).id(), List.of(enrolment), List.of(enrolment)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.messageKey()).isEqualTo("training.events.error.notStarted");
                });
        mvc.perform(post("/training/events/sessions/" + slots.get(0).id() + "/attendance")
                        .param("event", Long.toString(event))
                        .param("shown", Long.toString(enrolment))
                        .param("present", Long.toString(enrolment))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problem",
                                org.hamcrest.Matchers.startsWith(
                                        "Посещаемость отмечают после начала занятия: оно начнётся")));
        assertThat(enrolments.own(employee, event).attended()).isZero();
        assertThat(page("/training/events/" + event, "kaluga.officer")).doesNotContain("id=\"attendance-0\"");
        assertThat(page(
                        "/training/events/sessions/" + slots.get(0).id() + "/attendance?event=" + event,
                        "kaluga.officer"))
                .contains("Занятие ещё не началось")
                .doesNotContain("id=\"save-attendance\"");

        // the seminar's sessions take place
        jdbc.sql("update training_session set starts_at = starts_at - interval '30 days' where event_id = ?")
                .param(event)
                .update();
        assertThat(page("/training/events/" + event, "kaluga.officer")).contains("id=\"attendance-0\"");
        sessions.markAttendance(officer, slots.get(0).id(), List.of(enrolment), List.of(enrolment));
        Enrolments.Participant partial = enrolments.own(employee, event);
        assertThat(partial.attendance()).isEqualTo(Attendance.PARTIAL);
        assertThat(partial.completed()).isFalse();
        assertThat(certificates.certificate(employee, enrolment)).isNull();
        mvc.perform(get("/training/events/participants/" + enrolment + "/certificate.pdf")
                        .with(as("ugh.employee")))
                .andExpect(status().isNotFound());

        // the second session through the page: the list is saved as a whole (absent = not ticked)
        mvc.perform(post("/training/events/sessions/" + slots.get(1).id() + "/attendance")
                        .param("event", Long.toString(event))
                        .param("shown", Long.toString(enrolment))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(enrolments.own(employee, event).attended()).isEqualTo(1);
        mvc.perform(post("/training/events/sessions/" + slots.get(1).id() + "/attendance")
                        .param("event", Long.toString(event))
                        .param("shown", Long.toString(enrolment))
                        .param("present", Long.toString(enrolment))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        Enrolments.Participant attended = enrolments.own(employee, event);
        assertThat(attended.attendance()).isEqualTo(Attendance.ALL);
        // every session attended, but the test is not passed yet
        assertThat(attended.completed()).isFalse();
        assertThat(certificates.certificate(employee, enrolment)).isNull();

        jdbc.sql("""
                insert into test_attempt (test_id, employee_id, number, deadline_at, finished_at, questions, score, passed)
                values (?, ?, 1, now(), now(), '[]', 100, true)""").params(regionTest, employee.employeeId()).update();
        assertThat(enrolments.own(employee, event).completed()).isTrue();

        byte[] pdf = mvc.perform(get("/training/events/participants/" + enrolment + "/certificate.pdf")
                        .with(as("ugh.employee")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("СЕРТИФИКАТ")
                    .contains("Курс: конфликт интересов")
                    .contains("Итоговый тест семинара");
        }
        assertThat(enrolments.own(employee, event).certificateIssuedAt()).isNotNull();
        // a certificate certifies an event that has taken place: not while a session is still ahead
        jdbc.sql("update training_session set starts_at = now() + interval '1 day' where id = ?")
                .param(slots.get(1).id())
                .update();
        assertThatThrownBy(() -> certificates.certificate(employee, enrolment))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.events.error.certificateEarly"));
        jdbc.sql("update training_session set starts_at = now() - interval '1 day' where id = ?")
                .param(slots.get(1).id())
                .update();
        // the officer of the subtree prints it too; another municipality's officer does not
        mvc.perform(get("/training/events/participants/" + enrolment + "/certificate.pdf")
                        .with(as("ugh.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/training/events/participants/" + enrolment + "/certificate.pdf")
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        // and the pages answer
        mvc.perform(get("/training/events/" + event).with(as("ugh.employee"))).andExpect(status().isOk());
        mvc.perform(get("/training/events/" + event).with(as("kaluga.officer"))).andExpect(status().isOk());
        mvc.perform(get("/training/events/" + event).with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/events").with(as("ugh.employee"))).andExpect(status().isOk());
        mvc.perform(get("/training/events/sessions/" + slots.get(0).id() + "/attendance")
                        .param("event", Long.toString(event))
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void materialsAreForParticipants() throws Exception {
        long organization = newOrganization(OBNINSK);
        long participant = newEmployee(organization, "специалист", null);
        long bystander = newEmployee(organization, "специалист", null);
        CurrentUser officer = user("obninsk.officer");
        long event = newEvent(officer, "Вебинар с материалами", null, null, List.of(organization));
        long material =
                materials.addMaterial(officer, event, "памятка.pdf", "application/pdf", "%PDF-1.4 памятка".getBytes());
        enrolments.enrol(employeeUser(participant), event);

        assertThat(materials.material(employeeUser(participant), material).fileName())
                .isEqualTo("памятка.pdf");
        assertThatThrownBy(() -> materials.material(employeeUser(bystander), material))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        materials.addMaterial(user("kaluga.officer"), event, "x.txt", "text/plain", new byte[] {1}))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/training/events/materials/" + material).with(as("obninsk.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/training/events/materials/" + material).with(as("ugh.employee")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOnboardingJobEnrolsTheNewlyAppointedOnceAndTheStatisticsCountThem() throws Exception {
        long organization = newOrganization(OBNINSK);
        long fresh1 = newEmployee(organization, "специалист", LocalDate.now().minusDays(3));
        long fresh2 =
                newEmployee(organization, "ведущий специалист", LocalDate.now().minusDays(20));
        long old =
                newEmployee(organization, "главный специалист", LocalDate.now().minusDays(400));
        long unknown = newEmployee(organization, "специалист", null);
        CurrentUser officer = user("obninsk.officer");

        long seminar = newEvent(officer, "Семинар по декларациям", null, null, List.of(organization));
        enrolments.enrolOrganization(officer, seminar, organization);
        long seminarSession = sessions.sessions(officer, seminar).getFirst().id();
        jdbc.sql("update training_session set starts_at = now() - interval '1 hour' where id = ?")
                .param(seminarSession)
                .update();
        List<Long> enrolmentIds = sessions.attendance(officer, seminarSession).stream()
                .map(m -> m.participant().enrolmentId())
                .toList();
        assertThat(enrolmentIds).hasSize(4);
        sessions.markAttendance(officer, seminarSession, enrolmentIds, enrolmentIds.subList(0, 2));
        Enrolments.Participant completed = enrolments.participants(officer, seminar).stream()
                .filter(Enrolments.Participant::completed)
                .findFirst()
                .orElseThrow();
        assertThat(certificates.certificate(officer, completed.enrolmentId())).isNotNull();

        long onboarding = newEvent(officer, "Введение в должность", null, 30, List.of(organization));
        this.onboarding.enrolNewcomers();
        this.onboarding.enrolNewcomers();
        List<Long> enrolled = jdbc.sql(
                        "select employee_id from training_enrolment where event_id = ? and source = 'ONBOARDING'")
                .param(onboarding)
                .query(Long.class)
                .list();
        assertThat(enrolled).containsExactlyInAnyOrder(fresh1, fresh2);
        assertThat(enrolled).doesNotContain(old, unknown);
        // the newcomer cannot drop the mandatory course himself; his officer can, and the job respects it
        assertThat(enrolments.cancelOwn(employeeUser(fresh2), onboarding)).isFalse();
        assertThat(enrolments.cancelParticipant(
                        officer,
                        enrolments.own(employeeUser(fresh2), onboarding).enrolmentId()))
                .isTrue();
        this.onboarding.enrolNewcomers();
        assertThat(enrolledCount(onboarding)).isEqualTo(1);

        TrainingEventStatistics.ByOrganization row = statistics.byOrganization(officer, null, null).stream()
                .filter(s -> s.organizationId() == organization)
                .findFirst()
                .orElseThrow();
        assertThat(row.enrolled()).isEqualTo(5); // four in the seminar, one newcomer still in onboarding
        assertThat(row.attended()).isEqualTo(2);
        assertThat(row.completed()).isEqualTo(2);
        assertThat(row.certificates()).isEqualTo(1);
        assertThat(row.newcomers()).isEqualTo(2);
        assertThat(row.newcomersEnrolled()).isEqualTo(1);
        assertThat(row.newcomersCompleted()).isZero();
        // the Kaluga officer sees no row of Obninsk's organization
        assertThat(statistics.byOrganization(user("kaluga.officer"), null, null))
                .noneSatisfy(s -> assertThat(s.organizationId()).isEqualTo(organization));
        assertThatThrownBy(() -> statistics.byOrganization(employeeUser(fresh1), null, null))
                .isInstanceOf(AccessDeniedException.class);

        byte[] xlsx = mvc.perform(get("/training/events/statistics.xlsx").with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("По организациям")).isNotNull();
            assertThat(workbook.getSheet("Участники").getLastRowNum()).isGreaterThanOrEqualTo(5);
        }
        mvc.perform(get("/training/events/statistics").with(as("obninsk.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/training/events/statistics").with(as("ugh.employee"))).andExpect(status().isForbidden());
    }
}
