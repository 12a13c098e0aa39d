package ru.probity.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.IntegrationTest;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.commission.model.CaseStatus;
import ru.probity.commission.model.MeetingStatus;
import ru.probity.commission.model.Presence;
import ru.probity.notifications.NotificationForm;
import ru.probity.notifications.NotificationKind;
import ru.probity.notifications.Notifications;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.platform.Refusal;
import ru.probity.procurement.FindingConfirmed;

class CommissionTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Commissions commissions;

    @Autowired
    Cases cases;

    @Autowired
    Meetings meetings;

    @Autowired
    Voting voting;

    @Autowired
    FollowUps followUps;

    @Autowired
    Invitations invitations;

    @Autowired
    Notifications notifications;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    long ughCommission() {
        return jdbc.sql("select id from commission where organization_id = ? and active")
                .param(organizationId(UGH))
                .query(Long.class)
                .single();
    }

    /** Waits up to ten seconds for what an asynchronous listener does. */
    static <T> T eventually(Supplier<Optional<T>> probe) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Nothing arrived in 10 s");
    }

    Optional<Long> caseFrom(String source, long id) {
        return jdbc.sql("select id from commission_case where source_type = ? and source_id = ?")
                .params(source, id)
                .query(Long.class)
                .optional();
    }

    long confirmFinding() throws InterruptedException {
        return confirmFinding(employeeOf(UGH));
    }

    long confirmFinding(long official) throws InterruptedException {
        long finding = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        FindingConfirmed event = new FindingConfirmed(finding, 1L, organizationId(UGH), official, "44fz_31_1_9");
        transaction.executeWithoutResult(s -> events.publishEvent(event));
        long id = eventually(() -> caseFrom("FINDING", finding));
        // a redelivered event opens nothing twice
        transaction.executeWithoutResult(s -> events.publishEvent(event));
        Thread.sleep(300);
        assertThat(jdbc.sql("select count(*) from commission_case where source_type = 'FINDING' and source_id = ?")
                        .param(finding)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        return id;
    }

    /** All members in office present; returns them by role for the votes. */
    List<Member> allPresent(CurrentUser secretary, long meeting) {
        List<Member> members = meetings.attendance(meeting).stream()
                .map(Meetings.Attendance::member)
                .toList();
        meetings.recordAttendance(
                secretary, meeting, members.stream().map(Member::id).collect(Collectors.toSet()));
        return members;
    }

    static Map<Long, String> everyone(List<Member> members, String choice) {
        Map<Long, String> votes = new HashMap<>();
        members.forEach(m -> votes.put(m.id(), choice));
        return votes;
    }

    static String text(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void aConfirmedFindingBecomesACaseOfTheEmployerBodysCommissionOnce() throws Exception {
        long id = confirmFinding();
        CommissionCase c = cases.get(current("ugh.officer"), id);
        assertThat(c.commissionId()).isEqualTo(ughCommission());
        assertThat(c.kind()).isEqualTo(CaseKind.PROCUREMENT_FINDING);
        assertThat(c.status()).isEqualTo(CaseStatus.PENDING);
        assertThat(c.personName()).isNotBlank();
        assertThat(c.summary()).contains("Конфликт интересов с участником закупки");
        assertThat(c.considerBy()).isEqualTo(LocalDate.now().plusDays(20));
    }

    @Test
    void aCitizensReportAboutAnEmployeeBecomesACaseWithoutItsContent() throws Exception {
        long report = 800_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        long employee = employeeOf(UGH);
        var event = new ru.probity.reports.ReportSentToCommission(report, organizationId(UGH), employee, "77/2026");
        transaction.executeWithoutResult(s -> events.publishEvent(event));
        long id = eventually(() -> caseFrom("REPORT", report));
        CommissionCase c = cases.get(current("ugh.officer"), id);
        assertThat(c.kind()).isEqualTo(CaseKind.CITIZEN_REPORT);
        assertThat(c.employeeId()).isEqualTo(employee);
        assertThat(c.personName()).isNotBlank();
        assertThat(c.summary()).isEqualTo("Сообщение о коррупции № 77/2026 в отношении служащего");
        assertThat(c.commissionId()).isEqualTo(ughCommission());
    }

    @Test
    void aMemberWhomTheQuestionConcernsTakesNoPartInIt() throws Exception {
        CurrentUser officer = current("ugh.officer");
        Member member = commissions.members(officer, ughCommission()).stream()
                .filter(m -> m.role() == MemberRole.MEMBER && m.employeeId() != null && m.termTo() == null)
                .findFirst()
                .orElseThrow();
        long caseId = confirmFinding(member.employeeId());
        long meeting = meetings.create(officer, ughCommission(), LocalDate.now(), null, null);
        meetings.addToAgenda(officer, meeting, caseId);
        allPresent(officer, meeting);
        AgendaItem item = meetings.agenda(meeting).getFirst();
        assertThat(item.recusals()).containsKey(member.id());
        assertThat(voting.eligible(meeting, item)).doesNotContain(member);

        // his recusal cannot be withdrawn, and the case cannot go on a second meeting
        assertThatThrownBy(() -> voting.withdrawRecusal(officer, item.id(), member.id()))
                .isInstanceOf(Refusal.class);
        assertThat(meetings.agenda(meeting).getFirst().recusals()).containsKey(member.id());
        long other = meetings.create(officer, ughCommission(), LocalDate.now().plusDays(1), null, null);
        assertThatThrownBy(() -> meetings.addToAgenda(officer, other, caseId)).isInstanceOf(Refusal.class);
        assertThat(meetings.agenda(other)).isEmpty();
    }

    @Test
    void aNotificationSentToTheCommissionIsDecidedAtAMeetingAndItsRegisterShowsTheDecision() throws Exception {
        CurrentUser employee = current("ugh.employee");
        CurrentUser officer = current("ugh.officer");
        NotificationForm form = new NotificationForm();
        form.setKind(NotificationKind.OTHER_PAID_WORK);
        form.setSummary("Намерен вести занятия в автошколе");
        form.setDetails(Map.of("employer", "ООО «Автошкола Форсаж»", "work", "Инструктор", "period", "с 1 марта"));
        long notification = notifications.file(employee, form, List.of());
        String number = notifications.register(officer, notification);
        notifications.conclude(officer, notification, "Работа не связана с обязанностями служащего.");
        notifications.sendToCommission(officer, notification);
        long caseId = eventually(() -> caseFrom("NOTIFICATION", notification));
        CommissionCase c = cases.get(officer, caseId);
        assertThat(c.kind()).isEqualTo(CaseKind.OTHER_PAID_WORK);
        assertThat(c.sourceRef()).isEqualTo(number);
        assertThat(c.materials()).contains("Работа не связана");

        long meeting = meetings.create(officer, ughCommission(), LocalDate.now(), LocalTime.of(15, 0), "каб. 12");
        meetings.addToAgenda(officer, meeting, caseId);
        List<Member> members = allPresent(officer, meeting);
        assertThat(meetings.quorum(meeting).met()).isTrue();
        AgendaItem item = meetings.agenda(meeting).getFirst();
        Voting.Outcome outcome = voting.decide(
                officer,
                item.id(),
                new Voting.Ballot(Decision.PAID_WORK_NO_CONFLICT, null, null, null, everyone(members, "FOR")));
        assertThat(outcome.adopted()).isTrue();
        assertThat(outcome.votesFor()).isEqualTo(members.size());

        var decided = notifications.get(officer, notification);
        assertThat(decided.status()).isEqualTo(NotificationStatus.DECIDED);
        assertThat(decided.commissionDecision()).contains("не повлечёт за собой конфликт интересов");
        assertThat(followUps.ofCase(officer, caseId))
                .extracting(FollowUp::title)
                .anyMatch(t -> t.startsWith("Вручить (направить) выписку"));
        // the employee downloads the extract of the decision about him
        byte[] extract = mvc.perform(
                        get("/commission/cases/" + caseId + "/extract.docx").with(as("ugh.employee")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(extract)).contains("ВЫПИСКА").contains("не повлечёт за собой конфликт интересов");
        // but not the cases of others
        mvc.perform(get("/commission/cases/" + caseId).with(as("ugh.employee"))).andExpect(status().isForbidden());
    }

    @Test
    void aRecusedMemberDoesNotVoteAndTheMajorityOfThoseWhoVoteDecides() throws Exception {
        CurrentUser officer = current("ugh.officer");
        long finding = confirmFinding();
        long manual = cases.openManually(
                officer,
                CaseKind.HEAD_SUBMISSION,
                organizationId(UGH),
                "Петров П. П.",
                "специалист",
                "Представление о несоблюдении требований к служебному поведению",
                null);
        long meeting = meetings.create(officer, ughCommission(), LocalDate.now(), null, null);
        meetings.addToAgenda(officer, meeting, finding);
        meetings.addToAgenda(officer, meeting, manual);
        List<Member> members = allPresent(officer, meeting);
        List<AgendaItem> agenda = meetings.agenda(meeting);
        AgendaItem first = agenda.get(0);
        Member recused = members.stream()
                .filter(m -> m.role() == MemberRole.MEMBER)
                .findFirst()
                .orElseThrow();
        voting.recuse(officer, first.id(), recused.id(), "супруга работает у поставщика");
        AgendaItem reread = meetings.agenda(meeting).get(0);
        assertThat(voting.eligible(meeting, reread)).doesNotContain(recused).hasSize(members.size() - 1);

        // a vote for the recused member is refused as missing others, his own vote is ignored
        Map<Long, String> votes =
                everyone(members.stream().filter(m -> m.id() != recused.id()).toList(), "AGAINST");
        Voting.Outcome failed = voting.decide(
                officer, first.id(), new Voting.Ballot(Decision.CONFLICT_RULES_BREACHED, null, null, null, votes));
        assertThat(failed.adopted()).isFalse();
        assertThat(cases.get(officer, finding).status()).isEqualTo(CaseStatus.SCHEDULED);
        // a majority decides
        members.stream()
                .filter(m -> m.id() != recused.id())
                .limit((members.size() - 1) / 2 + 1)
                .forEach(m -> votes.put(m.id(), "FOR"));
        Voting.Outcome adopted = voting.decide(
                officer, first.id(), new Voting.Ballot(Decision.CONFLICT_RULES_BREACHED, null, null, null, votes));
        assertThat(adopted.adopted()).isTrue();
        assertThat(adopted.eligible()).isEqualTo(members.size() - 1);
        assertThat(followUps.ofCase(officer, finding))
                .extracting(FollowUp::title)
                .anyMatch(t -> t.startsWith("Рассмотреть протокол"));
        // a decision from another kind's list, or missing votes, are refused
        AgendaItem second = agenda.get(1);
        assertThatThrownBy(() -> voting.decide(
                        officer,
                        second.id(),
                        new Voting.Ballot(Decision.CONSENT_GIVEN, null, null, null, everyone(members, "FOR"))))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> voting.decide(
                        officer, second.id(), new Voting.Ballot(Decision.CONDUCT_BREACHED, null, null, null, Map.of())))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("votesMissing");

        // closing sends the undecided question back; the minutes record both
        meetings.close(officer, meeting);
        assertThat(cases.get(officer, manual).status()).isEqualTo(CaseStatus.PENDING);
        byte[] minutes = mvc.perform(
                        get("/commission/meetings/" + meeting + "/minutes.docx").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = text(minutes);
        assertThat(text)
                .contains("ПРОТОКОЛ № ")
                .contains("ПОВЕСТКА ДНЯ")
                .contains("Кворум имеется")
                .contains("не соблюдал требования об урегулировании конфликта интересов")
                .contains("Заявили о личной заинтересованности")
                .contains(recused.fullName())
                .contains("перенесён на следующее заседание")
                .contains("Председательствующий")
                .doesNotContain("ПРОЕКТ")
                .doesNotContain("№ находка");
        // the presiding member signs once, not again among the members
        Member presiding = meetings.quorum(meeting).presiding();
        assertThat(text.split(java.util.regex.Pattern.quote("____________ " + presiding.initialsName()), -1))
                .hasSize(2);
        // the person concerned is named in the genitive after «в отношении»
        CommissionCase heard = cases.get(officer, finding);
        assertThat(text)
                .contains("в отношении " + ru.probity.procurement.names.RussianNames.genitive(heard.personName()));
        assertThatThrownBy(() -> meetings.addToAgenda(officer, meeting, manual)).isInstanceOf(Refusal.class);
    }

    @Test
    void theQuorumNeedsTwoThirdsAnIndependentMemberAndThePresiding() {
        CurrentUser officer = current("ugh.officer");
        long meeting = meetings.create(officer, ughCommission(), LocalDate.now(), null, null);
        List<Member> members = meetings.attendance(meeting).stream()
                .map(Meetings.Attendance::member)
                .toList();
        assertThat(meetings.quorum(meeting).problem()).isEqualTo("commission.quorum.notRecorded");
        int required = Presence.required(members.size());
        assertThat(required * 3).isGreaterThanOrEqualTo(members.size() * 2);

        List<Member> insiders =
                members.stream().filter(m -> !m.role().independent()).toList();
        meetings.recordAttendance(
                officer, meeting, insiders.stream().map(Member::id).collect(Collectors.toSet()));
        Quorum onlyInsiders = meetings.quorum(meeting);
        assertThat(onlyInsiders.met()).isFalse();
        assertThat(onlyInsiders.problem()).isIn("commission.quorum.noIndependent", "commission.quorum.tooFew");

        List<Member> withoutChairs = members.stream()
                .filter(m -> m.role() != MemberRole.CHAIR && m.role() != MemberRole.DEPUTY_CHAIR)
                .toList();
        meetings.recordAttendance(
                officer, meeting, withoutChairs.stream().map(Member::id).collect(Collectors.toSet()));
        if (withoutChairs.size() >= required) {
            assertThat(meetings.quorum(meeting).problem()).isEqualTo("commission.quorum.noPresiding");
        }
        meetings.recordAttendance(
                officer,
                meeting,
                members.stream().limit(required - 1).map(Member::id).collect(Collectors.toSet()));
        assertThat(meetings.quorum(meeting).met()).isFalse();
        meetings.recordAttendance(
                officer, meeting, members.stream().map(Member::id).collect(Collectors.toSet()));
        assertThat(meetings.quorum(meeting).met()).isTrue();
        assertThat(meetings.quorum(meeting).presiding().role()).isEqualTo(MemberRole.CHAIR);
        assertThat(commissions.composition(ughCommission(), LocalDate.now()).warnings())
                .isEmpty();
    }

    @Test
    void anotherMunicipalitysOfficerIsRefusedOnPagesAndApiAndEveryReadIsLogged() throws Exception {
        long commission = ughCommission();
        long caseId = confirmFinding();
        long meeting = jdbc.sql("select min(id) from commission_meeting where commission_id = ?")
                .param(commission)
                .query(Long.class)
                .single();
        for (String url : new String[] {
            "/commission/" + commission,
            "/commission/cases/" + caseId,
            "/commission/meetings/" + meeting,
            "/commission/meetings/" + meeting + "/minutes.docx"
        }) {
            mvc.perform(get(url).with(as("obninsk.officer"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/commission/cases/" + caseId).with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/commission/cases").with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + caseId + ")]").isEmpty());
        mvc.perform(get("/api/v1/commission/meetings/" + meeting).with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/commission").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(post("/commission/" + commission + "/meetings")
                        .param("heldOn", LocalDate.now().toString())
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        // the member linked to the commission reads it but does not keep its meetings
        mvc.perform(get("/commission/meetings/" + meeting).with(as("kaluga.commission")))
                .andExpect(status().isOk());
        long planned = meetings.create(current("ugh.officer"), commission, LocalDate.now(), null, null);
        mvc.perform(post("/commission/meetings/" + planned + "/attendance")
                        .param("present", "1")
                        .with(as("kaluga.commission"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/commission/cases/" + caseId).with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.theCase.kind").value("PROCUREMENT_FINDING"));
        assertThat(jdbc.sql("""
                        select count(*) from access_log where subject_type = 'COMMISSION_CASE' and subject_id = ?
                          and action = 'READ' and username = 'kaluga.officer'""").param(caseId).query(Integer.class).single()).isPositive();
        assertThatThrownBy(() -> cases.get(current("obninsk.officer"), caseId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void formsNeedTheCsrfTokenAndARefusedOneGoesBackWithTheReason() throws Exception {
        long planned = meetings.create(current("ugh.officer"), ughCommission(), LocalDate.now(), null, null);
        mvc.perform(post("/commission/meetings/" + planned + "/close").with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/commission/meetings/" + planned + "/close")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.load(planned).status()).isEqualTo(MeetingStatus.CLOSED);
        // closing it again is refused: back on the meeting's page with the reason
        mvc.perform(post("/commission/meetings/" + planned + "/close")
                        .header("Referer", "http://localhost/commission/meetings/" + planned)
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/commission/meetings/" + planned))
                .andExpect(flash().attribute("problem", "Заседание уже завершено."));
    }

    @Test
    void aMeetingIsNotHeldNorClosedBeforeItsDay() throws Exception {
        CurrentUser officer = current("ugh.officer");
        LocalDate day = LocalDate.now().plusDays(3);
        long meeting = meetings.create(officer, ughCommission(), day, null, null);
        String on = day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        assertThatThrownBy(() -> meetings.close(officer, meeting)).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("commission.error.notHeldYet");
        });
        assertThatThrownBy(() -> meetings.recordAttendance(officer, meeting, Set.of()))
                .isInstanceOf(Refusal.class);
        mvc.perform(post("/commission/meetings/" + meeting + "/close")
                        .header("Referer", "http://localhost/commission/meetings/" + meeting)
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/commission/meetings/" + meeting))
                .andExpect(flash().attribute("problem", Matchers.startsWith("Заседание назначено на " + on)));
        assertThat(meetings.load(meeting).status()).isEqualTo(MeetingStatus.PLANNED);

        // the page plans the meeting (agenda, invitations) but offers no closing, attendance or vote yet
        String page = mvc.perform(get("/commission/meetings/" + meeting).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"not-held-yet\"")
                .contains("Разослать приглашения")
                .doesNotContain("id=\"close-meeting\"")
                .doesNotContain("id=\"save-attendance\"");
    }

    @Test
    void theApiAnswersARefusalWithConflictAndAMissingCaseWithNotFound() throws Exception {
        mvc.perform(post("/api/v1/commission/cases")
                        .contentType("application/json")
                        .content("{\"organizationId\": " + organizationId(UGH) + ", \"summary\": \" \"}")
                        .with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/commission/cases/999999999").with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOfficerAddsAMemberAndBringsACaseThroughThePages() throws Exception {
        long commission = ughCommission();
        // a member for a day ahead only, so that other tests' quorum stays as the demo has it
        LocalDate day = LocalDate.now().plusDays(10);
        mvc.perform(post("/commission/" + commission + "/members")
                        .param("fullName", "Лебедева Анна Сергеевна")
                        .param("position", "юрист")
                        .param("role", "INDEPENDENT")
                        .param("email", "")
                        .param("username", "")
                        .param("termFrom", day.toString())
                        .param("termTo", day.toString())
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/commission/" + commission))
                .andExpect(flash().attribute("notice", "commission.memberAdded"));
        Member added = commissions.members(current("ugh.officer"), commission).stream()
                .filter(m -> m.fullName().equals("Лебедева Анна Сергеевна"))
                .findFirst()
                .orElseThrow();
        assertThat(added.role()).isEqualTo(MemberRole.INDEPENDENT);
        assertThat(added.termFrom()).isEqualTo(day);
        assertThat(added.termTo()).isEqualTo(day);
        assertThat(added.email()).isNull();

        String location = mvc.perform(post("/commission/cases")
                        .param("organizationId", String.valueOf(organizationId(UGH)))
                        .param("kind", "")
                        .param("personName", "Сидоров С. С.")
                        .param("summary", "Представление о несоблюдении требований к служебному поведению")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/commission/cases/\\d+");
        CommissionCase brought =
                cases.get(current("ugh.officer"), Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(brought.kind()).isEqualTo(CaseKind.HEAD_SUBMISSION);
        assertThat(brought.sourceType()).isEqualTo(Cases.MANUAL);
        assertThat(brought.status()).isEqualTo(CaseStatus.PENDING);
    }

    @Test
    void theSecretarysPagesRenderInRussianAndTheStatisticsCountTheDemoMeeting() throws Exception {
        long commission = ughCommission();
        long meeting = jdbc.sql("select min(id) from commission_meeting where commission_id = ?")
                .param(commission)
                .query(Long.class)
                .single();
        long caseId = jdbc.sql("select min(id) from commission_case where commission_id = ? and status = 'DECIDED'")
                .param(commission)
                .query(Long.class)
                .single();
        for (String user : new String[] {"ugh.officer", "region.auditor", "kaluga.commission"}) {
            for (String url : new String[] {
                "/commission",
                "/commission/" + commission,
                "/commission/meetings/" + meeting,
                "/commission/cases",
                "/commission/cases?status=DECIDED",
                "/commission/cases/" + caseId,
                "/commission/follow-ups",
                "/commission/follow-ups?open=false",
                "/commission/statistics"
            }) {
                mvc.perform(get(url).with(as(user)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            }
        }
        long planned = meetings.create(current("ugh.officer"), commission, LocalDate.now(), null, null);
        mvc.perform(get("/commission/meetings/" + planned).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Разослать приглашения")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/commission/follow-ups").with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("table-danger")));

        mvc.perform(get("/api/v1/commission/statistics?from=" + LocalDate.now().minusDays(60))
                        .with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.measures[?(@.key == 'CONFLICT_SETTLED')].count")
                        .value(Matchers.hasItem(1)));
        mvc.perform(get("/commission/statistics.xlsx").with(as("ugh.officer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/commission/commissions/" + commission).with(httpBasic("ugh.head", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.composition.quorum").value(6));
    }

    @Test
    void invitationsGoByEMailWhereThereIsAnAddressAndAreListedOtherwise() throws Exception {
        CurrentUser officer = current("ugh.officer");
        long commission = ughCommission();
        // a member for that one day only, so that other tests' quorum stays as the demo has it
        LocalDate day = LocalDate.now().plusDays(3);
        commissions.addMember(
                officer,
                commission,
                new Commissions.MemberForm(
                        "Зайцев Павел Андреевич",
                        "юрист",
                        MemberRole.MEMBER,
                        "zaitsev@kaluga.example",
                        null,
                        day,
                        day));
        long meeting = meetings.create(officer, commission, day, LocalTime.of(10, 0), "каб. 12");
        int sent = invitations.invite(officer, meeting);
        assertThat(sent).isGreaterThanOrEqualTo(1);
        assertThat(invitations.of(meeting))
                .anyMatch(i -> "zaitsev@kaluga.example".equals(i.email())
                        && i.channel().equals("EMAIL"))
                .anyMatch(i -> i.channel().equals("RECORDED"));
        assertThat(MAIL.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("zaitsev@kaluga.example");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(Set.of(MemberRole.INDEPENDENT, MemberRole.REGIONAL)).allMatch(MemberRole::independent);
    }
}
