package ru.probity.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.commission.model.Tally;
import ru.probity.org.EmployeeCategory;
import ru.probity.platform.Refusal;
import ru.probity.platform.WorkingDays;

/**
 * The commission's procedure of Указ №821 and 273-ФЗ ст.12 (issue 18, item 6) and the penalties by
 * the kind of service (item 5): docs/legal-rules.md C7, C8, C11, C15, C16, C20–C25.
 */
class CommissionProcedureTest extends IntegrationTest {

    @Autowired
    Cases cases;

    @Autowired
    Meetings meetings;

    @Autowired
    Voting voting;

    @Autowired
    FollowUps followUps;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    long ughCommission() {
        return jdbc.sql("select id from commission where organization_id = ? and active")
                .param(organizationId(UGH))
                .query(Long.class)
                .single();
    }

    /** A case of the kind about the employee, arrived on the day, for the department's commission. */
    long arrived(CaseKind kind, Long employee, LocalDate on) {
        String name = employee == null
                ? "Сидоров Пётр Иванович"
                : jdbc.sql("select last_name || ' ' || first_name from employee where id = ?")
                        .param(employee)
                        .query(String.class)
                        .single();
        return cases.open(new CaseIntake(
                kind,
                organizationId(UGH),
                employee,
                "PROCEDURE_TEST",
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                null,
                name,
                "специалист",
                "Вопрос для проверки порядка работы комиссии",
                null,
                on));
    }

    long ughServant(EmployeeCategory category) {
        return jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.name = ? and e.active and e.category = ? order by e.id desc limit 1""").params(UGH, category.name()).query(Long.class).single();
    }

    /** A meeting today with the case on its agenda and every member present; returns the question. */
    AgendaItem onTodaysAgenda(long caseId) {
        CurrentUser officer = current("ugh.officer");
        long meeting = meetings.create(officer, ughCommission(), LocalDate.now(), null, null);
        meetings.addToAgenda(officer, meeting, caseId);
        meetings.recordAttendance(
                officer,
                meeting,
                meetings.attendance(meeting).stream().map(a -> a.member().id()).collect(Collectors.toSet()));
        return meetings.agenda(meeting).getFirst();
    }

    List<Member> eligible(AgendaItem item) {
        return voting.eligible(item.meetingId(), item);
    }

    static Map<Long, String> everyone(List<Member> members, String choice) {
        Map<Long, String> votes = new HashMap<>();
        members.forEach(m -> votes.put(m.id(), choice));
        return votes;
    }

    String minutes(long meeting) throws Exception {
        byte[] docx = mvc.perform(
                        get("/commission/meetings/" + meeting + "/minutes.docx").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    AgendaItem reread(AgendaItem item) {
        return meetings.agenda(item.meetingId()).stream()
                .filter(i -> i.id() == item.id())
                .findFirst()
                .orElseThrow();
    }

    List<FollowUp> tasks(long caseId) {
        return followUps.ofCase(current("ugh.officer"), caseId);
    }

    static FollowUp task(List<FollowUp> tasks, String start) {
        return tasks.stream()
                .filter(t -> t.title().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No task «" + start + "» among " + tasks));
    }

    // ---------------------------------------------------------------- the ballot (C11, C20)

    @Test
    void aSecretBallotKeepsNoMemberChoiceInTheMinutes() throws Exception {
        AgendaItem item = onTodaysAgenda(arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now()));
        List<Member> voters = eligible(item);
        int n = voters.size();
        mvc.perform(get("/commission/meetings/" + item.meetingId()).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("Итоги тайного голосования")))
                .andExpect(content().string(Matchers.containsString("Не явился без уважительной причины")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        // the page's form by default: the totals of the ballots; choices by name sent along are not kept
        Map<Long, String> radios = everyone(voters, "FOR");
        var request = post("/commission/meetings/" + item.meetingId() + "/agenda/" + item.id() + "/decision")
                .with(as("ugh.officer"))
                .with(csrf())
                .param("decision", "CONDUCT_COMPLIED")
                .param("votesFor", String.valueOf(n - 1))
                .param("votesAgainst", "1")
                .param("votesAbstained", "0");
        radios.forEach((member, choice) -> request.param("vote_" + member, choice));
        mvc.perform(request).andExpect(flash().attribute("notice", "commission.decided"));

        AgendaItem voted = reread(item);
        assertThat(voted.decided()).isTrue();
        assertThat(voted.openVote()).isFalse();
        assertThat(voted.votesFor()).isEqualTo(n - 1);
        assertThat(voted.votesAgainst()).isEqualTo(1);
        // who voted is known (the quorum, the dissent), what each chose is kept nowhere
        assertThat(voted.voters()).hasSize(n);
        assertThat(voted.votes()).isEmpty();
        assertThat(jdbc.sql("select count(*) from commission_vote where item_id = ? and choice is not null")
                        .param(item.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        String text = minutes(item.meetingId());
        assertThat(text)
                .contains("ГОЛОСОВАЛИ (тайное голосование): «за» — " + (n - 1) + ", «против» — 1")
                .doesNotContain("Поимённо");
        mvc.perform(get("/commission/meetings/" + item.meetingId()).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("Тайное голосование")));
    }

    @Test
    void anOpenVoteTheCommissionDecidedOnIsMinutedByName() throws Exception {
        AgendaItem item = onTodaysAgenda(arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now()));
        List<Member> voters = eligible(item);
        Map<Long, String> votes = everyone(voters, "FOR");
        Member against = voters.getLast();
        votes.put(against.id(), "AGAINST");
        Voting.Outcome outcome = voting.decide(
                current("ugh.officer"),
                item.id(),
                new Voting.Ballot(Decision.CONDUCT_COMPLIED, null, null, null, true, votes, null, null, false));
        assertThat(outcome.adopted()).isTrue();
        AgendaItem voted = reread(item);
        assertThat(voted.openVote()).isTrue();
        assertThat(voted.votes()).containsEntry(against.id(), "AGAINST");
        assertThat(minutes(item.meetingId()))
                .contains("ГОЛОСОВАЛИ (открытое голосование по решению комиссии)")
                .contains("Поимённо: ")
                .contains(against.fullName() + " — против");
    }

    @Test
    void aSecretBallotsTotalsMustAddUpToTheMembersWhoVote() {
        AgendaItem item = onTodaysAgenda(arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now()));
        int n = eligible(item).size();
        CurrentUser officer = current("ugh.officer");
        assertThatThrownBy(() -> voting.decide(
                        officer, item.id(), Voting.Ballot.secret(Decision.CONDUCT_COMPLIED, null, new Tally(n, 1, 0))))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("secretTotals");
        assertThatThrownBy(() ->
                        voting.decide(officer, item.id(), Voting.Ballot.secret(Decision.CONDUCT_COMPLIED, null, null)))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("secretTotals");
        // a tie fails in a secret ballot: the presiding member's choice is not known
        if (n % 2 == 0) {
            assertThat(voting.decide(
                                    officer,
                                    item.id(),
                                    Voting.Ballot.secret(Decision.CONDUCT_COMPLIED, null, new Tally(n / 2, n / 2, 0)))
                            .adopted())
                    .isFalse();
        }
    }

    // ---------------------------------------------------------------- dissenting opinions (C21)

    @Test
    void aMemberWhoVotedAgainstAttachesADissentingOpinionToTheMinutes() throws Exception {
        CurrentUser officer = current("ugh.officer");
        AgendaItem item = onTodaysAgenda(arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now()));
        List<Member> voters = eligible(item);
        Map<Long, String> votes = everyone(voters, "FOR");
        Member against = voters.getLast();
        Member inFavour = voters.getFirst();
        votes.put(against.id(), "AGAINST");
        voting.decide(
                officer,
                item.id(),
                new Voting.Ballot(Decision.CONDUCT_BREACHED, null, null, null, true, votes, null, null, false));

        assertThatThrownBy(() -> voting.dissent(officer, item.id(), inFavour.id(), "Не согласен"))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("dissentNotAgainst");
        mvc.perform(post("/commission/meetings/" + item.meetingId() + "/agenda/" + item.id() + "/dissent")
                        .with(as("ugh.officer"))
                        .with(csrf())
                        .param("memberId", String.valueOf(against.id()))
                        .param("text", "Полагаю, что нарушение не доказано: объяснения служащего не опровергнуты."))
                .andExpect(flash().attribute("notice", "commission.dissentSaved"));
        assertThat(reread(item).dissents()).containsKey(against.id());
        assertThat(minutes(item.meetingId()))
                .contains("Особое мнение (прилагается к протоколу): " + against.fullName())
                .contains("ОСОБОЕ МНЕНИЕ")
                .contains("нарушение не доказано");
    }

    @Test
    void inASecretBallotTheDissentingOpinionsCannotOutnumberTheVotesAgainst() throws Exception {
        CurrentUser officer = current("ugh.officer");
        AgendaItem item = onTodaysAgenda(arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now()));
        List<Member> voters = eligible(item);
        int n = voters.size();
        voting.decide(
                officer, item.id(), Voting.Ballot.secret(Decision.CONDUCT_COMPLIED, null, new Tally(n - 1, 1, 0)));
        voting.dissent(officer, item.id(), voters.get(0).id(), "Голосовал против: материалы неполны.");
        assertThatThrownBy(
                        () -> voting.dissent(officer, item.id(), voters.get(1).id(), "Тоже против"))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("dissentNotAgainst");
        assertThat(minutes(item.meetingId())).contains("материалы неполны");
    }

    // ---------------------------------------------------------------- invitees and the servant (C22)

    @Test
    void theMinutesRecordTheInviteesAndTheServantWhoDidNotComeWithoutAGoodReason() throws Exception {
        CurrentUser officer = current("ugh.officer");
        AgendaItem item = onTodaysAgenda(arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now()));
        mvc.perform(post("/commission/meetings/" + item.meetingId() + "/invitees")
                        .with(as("ugh.officer"))
                        .with(csrf())
                        .param("invitees", "Кузнецов А. В. — заместитель начальника управления"))
                .andExpect(flash().attribute("notice", "commission.inviteesSaved"));
        int n = eligible(item).size();
        // absent for a good reason: the question is postponed
        assertThatThrownBy(() -> voting.decide(
                        officer,
                        item.id(),
                        new Voting.Ballot(
                                Decision.CONDUCT_COMPLIED,
                                null,
                                null,
                                null,
                                false,
                                null,
                                new Tally(n, 0, 0),
                                ServantPresence.ABSENT_GOOD_REASON,
                                false)))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("servantExcused");
        voting.decide(
                officer,
                item.id(),
                new Voting.Ballot(
                        Decision.CONDUCT_COMPLIED,
                        null,
                        null,
                        null,
                        false,
                        null,
                        new Tally(n, 0, 0),
                        ServantPresence.ABSENT_NO_REASON,
                        false));
        assertThat(reread(item).servantPresence()).isEqualTo(ServantPresence.ABSENT_NO_REASON);
        assertThat(minutes(item.meetingId()))
                .contains("Приглашённые: Кузнецов А. В. — заместитель начальника управления")
                .contains("не явился без уважительной причины; вопрос рассмотрен в его отсутствие");
    }

    // ---------------------------------------------------------------- terms (C7, C8, C15, C23, C24)

    @Test
    void aConsentRequestUnderArticle12IsDueInSevenDays() {
        LocalDate received = LocalDate.now().minusDays(1);
        long consent = arrived(CaseKind.FORMER_OFFICIAL_CONSENT, null, received);
        long other = arrived(CaseKind.HEAD_SUBMISSION, null, received);
        CurrentUser officer = current("ugh.officer");
        assertThat(cases.get(officer, consent).considerBy()).isEqualTo(received.plusDays(7));
        assertThat(cases.get(officer, other).considerBy()).isEqualTo(received.plusDays(20));
    }

    @Test
    void theCitizenHearsOfTheConsentDecisionWithinOneWorkingDayAndGetsTheExtractByTheNextWorkingDay() {
        long consent = arrived(CaseKind.FORMER_OFFICIAL_CONSENT, null, LocalDate.now());
        AgendaItem item = onTodaysAgenda(consent);
        voting.decide(
                current("ugh.officer"),
                item.id(),
                Voting.Ballot.secret(
                        Decision.CONSENT_GIVEN, null, new Tally(eligible(item).size(), 0, 0)));
        LocalDate nextWorkingDay = WorkingDays.plus(LocalDate.now(), 1);
        List<FollowUp> tasks = tasks(consent);
        assertThat(task(tasks, "Направить гражданину письменное уведомление").dueOn())
                .isEqualTo(nextWorkingDay);
        assertThat(task(tasks, "Вручить (направить) выписку").dueOn()).isEqualTo(nextWorkingDay);
    }

    @Test
    void aCopyOfTheMinutesGoesToTheHeadWithinSevenDaysAndToThePersonalFile() {
        long servant = ughServant(EmployeeCategory.MUNICIPAL_SERVANT);
        long caseId = arrived(CaseKind.HEAD_SUBMISSION, servant, LocalDate.now());
        AgendaItem item = onTodaysAgenda(caseId);
        voting.decide(
                current("ugh.officer"),
                item.id(),
                Voting.Ballot.secret(
                        Decision.CONDUCT_BREACHED,
                        null,
                        new Tally(eligible(item).size(), 0, 0)));
        LocalDate today = LocalDate.now();
        List<FollowUp> tasks = tasks(caseId);
        FollowUp toHead = task(tasks, "Направить копию протокола (выписку) представителю нанимателя");
        assertThat(toHead.dueOn()).isEqualTo(today.plusDays(7));
        assertThat(task(tasks, "Приобщить копию протокола").dueOn()).isEqualTo(today.plusDays(7));
        assertThat(task(tasks, "Вручить (направить) выписку").dueOn()).isEqualTo(today.plusDays(7));
        assertThat(task(tasks, "Рассмотреть протокол").dueOn()).isEqualTo(today.plusMonths(1));
        assertThat(tasks).noneMatch(t -> t.title().contains("правоохранительные"));
    }

    @Test
    void signsOfACrimeSendTheInformationToLawEnforcementWithinThreeDays() throws Exception {
        long caseId = arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now());
        AgendaItem item = onTodaysAgenda(caseId);
        int n = eligible(item).size();
        mvc.perform(post("/commission/meetings/" + item.meetingId() + "/agenda/" + item.id() + "/decision")
                        .with(as("ugh.officer"))
                        .with(csrf())
                        .param("decision", "CONDUCT_BREACHED")
                        .param("votesFor", String.valueOf(n))
                        .param("votesAgainst", "0")
                        .param("votesAbstained", "0")
                        .param("lawEnforcement", "true"))
                .andExpect(flash().attribute("notice", "commission.decided"));
        FollowUp transfer = task(tasks(caseId), "Передать информацию о признаках преступления");
        assertThat(transfer.dueOn()).isEqualTo(LocalDate.now().plusDays(3));
        assertThat(minutes(item.meetingId())).contains("передать в правоохранительные органы");
    }

    // ---------------------------------------------------------------- penalties by the kind of service (C16, C25)

    @Test
    void aMunicipalServantIsNeverGivenTheWarningOfIncompleteFitnessWhichOnlyCivilServiceKnows() {
        assertThat(Measure.offeredFor(EmployeeCategory.MUNICIPAL_SERVANT))
                .contains(Measure.REMARK, Measure.REPRIMAND, Measure.DISMISSAL_DISCIPLINARY, Measure.DISMISSAL)
                .doesNotContain(Measure.WARNING);
        assertThat(Measure.offeredFor(EmployeeCategory.REGIONAL_CIVIL_SERVANT)).contains(Measure.WARNING);
        assertThat(Measure.offeredFor(null)).doesNotContain(Measure.WARNING);
        assertThat(Measure.assumedMunicipal(null)).isTrue();
        assertThat(Measure.assumedMunicipal(EmployeeCategory.MUNICIPAL_SERVANT)).isFalse();

        CurrentUser officer = current("ugh.officer");
        long municipal = decidedAbout(ughServant(EmployeeCategory.MUNICIPAL_SERVANT));
        FollowUp answer = task(tasks(municipal), "Рассмотреть протокол");
        assertThatThrownBy(() -> followUps.complete(officer, answer.id(), Measure.WARNING, null, LocalDate.now()))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("commission.error.measure");
        followUps.complete(officer, answer.id(), Measure.REPRIMAND, null, LocalDate.now());

        long civilServant = jdbc.sql(
                        "select id from employee where active and category = 'REGIONAL_CIVIL_SERVANT' order by id limit 1")
                .query(Long.class)
                .single();
        long civil = decidedAbout(civilServant);
        followUps.complete(
                officer, task(tasks(civil), "Рассмотреть протокол").id(), Measure.WARNING, null, LocalDate.now());
        assertThat(task(tasks(civil), "Рассмотреть протокол").measure()).isEqualTo(Measure.WARNING);
    }

    @Test
    void theCasePageOffersThePenaltiesOfThePersonsKindOfService() throws Exception {
        long municipal = decidedAbout(ughServant(EmployeeCategory.MUNICIPAL_SERVANT));
        mvc.perform(get("/commission/cases/" + municipal).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("25-ФЗ ст. 27")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("неполном должностном"))));
        long unknown = decidedAbout(null);
        mvc.perform(get("/commission/cases/" + unknown).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("Категория работника в карточке не указана")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("неполном должностном"))));
    }

    @Test
    void aDismissalForTheLossOfTrustSendsTheDataToTheRegisterWithinTenWorkingDays() {
        CurrentUser officer = current("ugh.officer");
        long caseId = decidedAbout(ughServant(EmployeeCategory.MUNICIPAL_SERVANT));
        LocalDate dismissed = LocalDate.now().minusDays(1);
        followUps.complete(
                officer, task(tasks(caseId), "Рассмотреть протокол").id(), Measure.DISMISSAL, null, dismissed);
        FollowUp register = task(tasks(caseId), "Направить сведения в реестр лиц, уволенных в связи с утратой доверия");
        assertThat(register.title()).contains("ПП РФ № 228");
        assertThat(register.dueOn()).isEqualTo(WorkingDays.plus(dismissed, 10));
        assertThat(register.doneOn()).isNull();
    }

    /** A conduct case about the employee decided today with a recommendation: the head's answer is due. */
    long decidedAbout(Long employee) {
        long caseId = arrived(CaseKind.HEAD_SUBMISSION, employee, LocalDate.now());
        AgendaItem item = onTodaysAgenda(caseId);
        voting.decide(
                current("ugh.officer"),
                item.id(),
                Voting.Ballot.secret(
                        Decision.CONDUCT_BREACHED,
                        null,
                        new Tally(eligible(item).size(), 0, 0)));
        return caseId;
    }

    // ---------------------------------------------------------------- the demo (issue 18 «Done when»)

    @Test
    void theDemosMeetingShowsASecretBallotWithADissentingOpinion() throws Exception {
        long meeting = jdbc.sql("select min(id) from commission_meeting where commission_id = ?")
                .param(ughCommission())
                .query(Long.class)
                .single();
        assertThat(minutes(meeting))
                .contains("ГОЛОСОВАЛИ (тайное голосование)")
                .contains("ГОЛОСОВАЛИ (открытое голосование по решению комиссии)")
                .contains("Особое мнение (прилагается к протоколу): Тихонов Михаил Юрьевич")
                .contains("ОСОБОЕ МНЕНИЕ")
                .contains("Приглашённые: ");
        mvc.perform(get("/commission/meetings/" + meeting).with(as("kaluga.commission")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Тайное голосование")))
                .andExpect(content().string(Matchers.containsString("Особое мнение члена комиссии Тихонов")));
    }

    // ---------------------------------------------------------------- the API shows no secret choice

    @Test
    void theApiShowsASecretBallotsTotalsAndWhoVotedButNoChoice() throws Exception {
        AgendaItem item = onTodaysAgenda(arrived(CaseKind.HEAD_SUBMISSION, null, LocalDate.now()));
        int n = eligible(item).size();
        voting.decide(
                current("ugh.officer"),
                item.id(),
                Voting.Ballot.secret(Decision.CONDUCT_COMPLIED, null, new Tally(n - 1, 0, 1)));
        mvc.perform(get("/api/v1/commission/meetings/" + item.meetingId())
                        .with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].openVote").value(false))
                .andExpect(jsonPath("$.agenda[0].votesFor").value(n - 1))
                .andExpect(jsonPath("$.agenda[0].votes").isEmpty())
                .andExpect(jsonPath("$.agenda[0].voters.length()").value(n));
    }
}
