package ru.probity.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.platform.Refusal;

/**
 * Which commission has competence (issue 18, item 3; DOMAIN.md «The commission»): the employer body's,
 * or the one a recorded act hands the body's cases to; never one up the tree; without one the case
 * waits, visibly; a person holding a municipal post follows the regional procedure (273-ФЗ ст.12.1).
 * Every test runs in a transaction rolled back at its end, so the commissions and acts it forms at the
 * region's level change nothing for the other tests.
 */
class CommissionCompetenceTest extends IntegrationTest {

    private static final String OBNINSK_ADMINISTRATION = "Администрация города Обнинска";

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Commissions commissions;

    @Autowired
    Cases cases;

    @Autowired
    CommissionTasks tasks;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    /** Runs the body in a transaction that is rolled back. */
    void rolledBack(Consumer<Void> body) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            body.accept(null);
        });
    }

    long open(long organizationId, Long employeeId) {
        return cases.open(new CaseIntake(
                CaseKind.HEAD_SUBMISSION,
                organizationId,
                employeeId,
                "COMPETENCE",
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                null,
                "Сидоров Пётр Иванович",
                "специалист",
                "Представление о несоблюдении требований к служебному поведению",
                null,
                LocalDate.now()));
    }

    long organizationOf(long employeeId) {
        return jdbc.sql("select organization_id from employee where id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
    }

    long root() {
        return jdbc.sql("select id from organization where parent_id is null order by id limit 1")
                .query(Long.class)
                .single();
    }

    long ughCommission() {
        return jdbc.sql("select id from commission where organization_id = ? and active")
                .param(organizationId(UGH))
                .query(Long.class)
                .single();
    }

    /** A district's administration and the administration of one of its settlements, the n-th district. */
    long[] districtAndSettlement(int n) {
        return jdbc.sql("""
                select da.id, sa.id from organization mr
                join organization da on da.parent_id = mr.id and da.kind = 'ADMINISTRATION'
                join organization mo on mo.parent_id = mr.id and mo.kind in ('URBAN_SETTLEMENT', 'RURAL_SETTLEMENT')
                join organization sa on sa.parent_id = mo.id and sa.kind = 'ADMINISTRATION'
                where mr.kind = 'MUNICIPAL_DISTRICT'
                  and not exists (select 1 from commission c where c.organization_id in (da.id, sa.id))
                order by mr.id, mo.id offset ? limit 1""")
                .param(n)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    long employeeAt(long organizationId) {
        return jdbc.sql("select id from employee where organization_id = ? and active and coalesce(category, '')"
                        + " <> 'MUNICIPAL_POST' order by id limit 1")
                .param(organizationId)
                .query(Long.class)
                .single();
    }

    @Test
    void aMunicipalServantsCaseNeverClimbsToTheRegionalCommission() {
        rolledBack(x -> {
            CurrentUser admin = current("region.admin");
            long regional = commissions.create(admin, root(), null, "Указ Губернатора");
            long obninsk = organizationId(OBNINSK_ADMINISTRATION);
            long caseId = open(obninsk, employeeAt(obninsk));
            CommissionCase c = cases.get(admin, caseId);
            assertThat(c.commissionId()).isNull();
            assertThat(c.waitingReason()).isEqualTo("commission.waiting.employerBody");
            // nor does forming the region's commission draw the waiting cases up to it
            assertThat(cases.list(admin, new Cases.Filter(null, regional, null), 100))
                    .extracting(CommissionCase::id)
                    .doesNotContain(caseId);
        });
    }

    @Test
    void anInstitutionsPeopleGoToTheFoundersCommissionWhichAloneIsFormed() {
        rolledBack(x -> {
            long institution = organizationId("МБУ «Калугаблагоустройство»");
            long caseId = open(institution, employeeAt(institution));
            assertThat(cases.get(current("ugh.officer"), caseId).commissionId()).isEqualTo(ughCommission());
            assertThatThrownBy(() -> commissions.create(current("ugh.officer"), institution, null, null))
                    .isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).messageKey())
                    .isEqualTo("commission.error.notBody");
        });
    }

    @Test
    void aSettlementsCasesGoToTheDistrictCommissionUnderARecordedAgreement() {
        rolledBack(x -> {
            CurrentUser admin = current("region.admin");
            long[] ids = districtAndSettlement(0);
            long district = ids[0];
            long settlement = ids[1];
            long districtCommission = commissions.create(admin, district, null, "Постановление администрации района");
            long waiting = open(settlement, employeeAt(settlement));
            assertThat(cases.get(admin, waiting).commissionId()).isNull();

            // bad input gets its Russian reason, and records nothing
            assertThatThrownBy(() -> commissions.recordTransfer(
                            admin,
                            new Commissions.TransferForm(
                                    "7", LocalDate.now(), "Соглашение", null, districtCommission, null, null)))
                    .isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).messageKey())
                    .isEqualTo("commission.transfer.error.from");
            assertThatThrownBy(() -> commissions.recordTransfer(
                            admin,
                            new Commissions.TransferForm(
                                    " ", LocalDate.now(), "Соглашение", settlement, districtCommission, null, null)))
                    .isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).messageKey())
                    .isEqualTo("commission.transfer.error.number");
            assertThat(commissions.transferActs(admin)).noneMatch(a -> a.fromOrganizationId() == settlement);

            long act = commissions.recordTransfer(
                    admin,
                    new Commissions.TransferForm(
                            "7",
                            LocalDate.now().minusDays(30),
                            "Соглашение о передаче полномочий комиссии по соблюдению требований к служебному поведению",
                            settlement,
                            districtCommission,
                            null,
                            null));
            // the waiting case went at once, and a new one goes there too, both by the act
            CommissionCase routed = cases.get(admin, waiting);
            assertThat(routed.commissionId()).isEqualTo(districtCommission);
            assertThat(routed.transferAct()).isNotNull();
            assertThat(routed.transferAct().number()).isEqualTo("7");
            assertThat(cases.get(admin, open(settlement, employeeAt(settlement)))
                            .commissionId())
                    .isEqualTo(districtCommission);
            assertThat(commissions.transferActs(admin))
                    .extracting(TransferAct::id)
                    .contains(act);

            // an act no longer in force routes nothing: another settlement's cases wait
            long[] other = districtAndSettlement(1);
            long otherDistrictCommission = commissions.create(admin, other[0], null, null);
            commissions.recordTransfer(
                    admin,
                    new Commissions.TransferForm(
                            "3",
                            LocalDate.now().minusYears(3),
                            "Соглашение о передаче",
                            other[1],
                            otherDistrictCommission,
                            LocalDate.now().minusYears(3),
                            LocalDate.now().minusYears(1)));
            assertThat(cases.get(admin, open(other[1], employeeAt(other[1]))).commissionId())
                    .isNull();
        });
    }

    @Test
    void withoutACommissionTheCaseWaitsVisibly() {
        rolledBack(x -> {
            long obninsk = organizationId(OBNINSK_ADMINISTRATION);
            long caseId = open(obninsk, employeeAt(obninsk));
            try {
                mvc.perform(get("/commission").with(as("obninsk.officer")))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.containsString("/commission/cases/" + caseId)))
                        .andExpect(content().string(Matchers.containsString("ожидает комиссию")));
                mvc.perform(get("/commission/cases/" + caseId).with(as("obninsk.officer")))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.containsString("нет акта о передаче")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            // a task for the officer of that body: form the commission or record an act
            assertThat(tasks.tasksOf(current("obninsk.officer")))
                    .anyMatch(t -> t.kind().equals("tasks.kind.caseWaiting")
                            && t.link().equals("/commission/cases/" + caseId));

            // the commission formed at the body takes it
            long formed = commissions.create(current("obninsk.officer"), obninsk, null, null);
            assertThat(cases.get(current("obninsk.officer"), caseId).commissionId())
                    .isEqualTo(formed);
        });
    }

    @Test
    void aPersonHoldingAMunicipalPostFollowsTheRegionalProcedure() {
        rolledBack(x -> {
            CurrentUser admin = current("region.admin");
            long head = jdbc.sql("""
                    select e.id from employee e join organization o on o.id = e.organization_id
                    where e.category = 'MUNICIPAL_POST' and e.active and o.kind = 'ADMINISTRATION'
                      and not exists (select 1 from commission c where c.organization_id = o.id)
                    order by e.id limit 1""").query(Long.class).single();
            long body = organizationOf(head);
            // the body's own conduct commission has no competence over him
            commissions.create(admin, body, null, null);
            long caseId = open(body, head);
            CommissionCase waiting = cases.get(admin, caseId);
            assertThat(waiting.commissionId()).isNull();
            assertThat(waiting.waitingReason()).isEqualTo("commission.waiting.municipalPost");
            try {
                mvc.perform(get("/commission/cases/" + caseId).with(as("region.admin")))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.containsString("ст. 12.1")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }

            // such a commission is the region's: not at a municipal body
            assertThatThrownBy(() -> commissions.create(admin, body, CommissionKind.MUNICIPAL_POSTS, null, null))
                    .isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).messageKey())
                    .isEqualTo("commission.error.municipalPostsLevel");
            long regional = commissions.create(admin, root(), CommissionKind.MUNICIPAL_POSTS, null, "Закон области");
            assertThat(cases.get(admin, caseId).commissionId()).isEqualTo(regional);
            assertThat(cases.get(admin, open(body, head)).commissionId()).isEqualTo(regional);
            // a servant of the same body still goes to the body's commission
            assertThat(cases.get(admin, open(body, employeeAt(body))).commissionId())
                    .isNotEqualTo(regional)
                    .isNotNull();
        });
    }

    @Autowired
    Meetings meetings;

    @Autowired
    ru.probity.platform.Messages messages;

    /** The minutes of a meeting as text, as CommissionDocuments writes them. */
    String minutesText(CurrentUser user, long meetingId) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        CommissionDocuments.minutes(
                messages,
                meetings.get(user, meetingId),
                meetings.attendance(meetingId),
                meetings.quorum(meetingId),
                meetings.agenda(user, meetingId),
                out);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                        new java.io.ByteArrayInputStream(out.toByteArray()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void aRegionalBodysMinutesCountOutsideMembersAgainstTheStateCivilServiceNotTheMunicipalOne() {
        rolledBack(x -> {
            CurrentUser admin = current("region.admin");
            long body = jdbc.sql("select id from organization where kind = 'REGIONAL_BODY' order by id limit 1")
                    .query(Long.class)
                    .single();
            long commission = commissions.create(admin, body, null, "Приказ министерства");
            long meeting = meetings.create(admin, commission, java.time.LocalDate.now(), null, null);
            assertThat(meetings.get(admin, meeting).service()).isEqualTo("STATE_CIVIL");
            try {
                assertThat(minutesText(admin, meeting))
                        .contains("не замещающих должности государственной гражданской службы")
                        .doesNotContain("муниципальной службы");
                long municipal = jdbc.sql("select min(mt.id) from commission_meeting mt join commission c"
                                + " on c.id = mt.commission_id where c.organization_id = ? and c.kind = 'CONDUCT'")
                        .param(organizationId(UGH))
                        .query(Long.class)
                        .single();
                assertThat(minutesText(current("ugh.officer"), municipal))
                        .contains("не замещающих должности муниципальной службы в органе");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void anEndedTransferActRoutesNoNewCasesButKeepsTheCasesItRouted() {
        rolledBack(x -> {
            CurrentUser admin = current("region.admin");
            long[] ids = districtAndSettlement(0);
            long districtCommission = commissions.create(admin, ids[0], null, "Постановление администрации района");
            long act = commissions.recordTransfer(
                    admin,
                    new Commissions.TransferForm(
                            "11",
                            LocalDate.now().minusDays(60),
                            "Соглашение о передаче полномочий комиссии",
                            ids[1],
                            districtCommission,
                            null,
                            null));
            long routed = open(ids[1], employeeAt(ids[1]));
            assertThat(cases.get(admin, routed).commissionId()).isEqualTo(districtCommission);

            // a day before the act began: refused in Russian; an officer outside the subtree: denied
            assertThatThrownBy(() ->
                            commissions.endTransfer(admin, act, LocalDate.now().minusDays(61)))
                    .isInstanceOf(Refusal.class);
            assertThatThrownBy(() -> commissions.endTransfer(current("obninsk.officer"), act, LocalDate.now()))
                    .isInstanceOf(ru.probity.access.AccessDeniedException.class);

            commissions.endTransfer(admin, act, LocalDate.now().minusDays(1));
            assertThat(commissions.transferActs(admin))
                    .filteredOn(a -> a.id() == act)
                    .singleElement()
                    .satisfies(a -> assertThat(a.validOn(LocalDate.now())).isFalse());
            // the case it routed stays; a new case of the settlement waits for a commission of its own
            assertThat(cases.get(admin, routed).commissionId()).isEqualTo(districtCommission);
            assertThat(cases.get(admin, open(ids[1], employeeAt(ids[1]))).commissionId())
                    .isNull();
        });
    }
}
