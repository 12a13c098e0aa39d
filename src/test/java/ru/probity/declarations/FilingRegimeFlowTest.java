package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.declarations.spravki.Spravka;
import ru.probity.declarations.spravki.SpravkiPackage;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.EmployeeForm;
import ru.probity.org.People;
import ru.probity.platform.Refusal;

/**
 * The filing regime after the reform (issue 17, item 4; docs/declarations.md «The filing regime»):
 * the annual campaign of a year a municipal servant no longer files for leaves him out, an
 * obligation the law no longer imposes is neither reminded nor overdue, an appointment and a
 * transfer oblige, and a deal obliges by 30 April of the next year.
 */
class FilingRegimeFlowTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final int THIS_YEAR = LocalDate.now().getYear();

    @Autowired
    Campaigns campaigns;

    @Autowired
    People people;

    @Autowired
    SpravkiImport spravki;

    @Autowired
    ru.probity.org.PeopleImport peopleImport;

    @Autowired
    ReminderStore reminderStore;

    @Autowired
    DeclarationReminders reminders;

    @Autowired
    DeclarationTasks tasks;

    @Autowired
    FilingRegimeSettings regime;

    CurrentUser manager;

    @BeforeEach
    void signIn() {
        var account = users.loadUserByUsername("kaluga.officer");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()));
        manager = CurrentUser.get();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long newOrganization() {
        long parent = organizationId(UGH);
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'DEPARTMENT', ?, 'test', 'test') returning id""")
                .params(parent, "Отдел режима подачи № " + SERIAL.incrementAndGet() + "-" + System.nanoTime())
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, id)
                .update();
        return id;
    }

    private long employee(long organization, String lastName, EmployeeCategory category) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required, category,
                                      email, created_by, updated_by)
                values (?, ?, 'Пётр', 'Главный специалист', true, ?, ?, 'test', 'test') returning id""")
                .params(
                        organization,
                        lastName,
                        category == null ? null : category.name(),
                        "regime" + SERIAL.incrementAndGet() + "@example.org")
                .query(Long.class)
                .single();
    }

    private static CurrentUser officerOf(long organization) {
        return new CurrentUser(
                -organization, "officer" + organization, "Офицер", Role.ANTICORRUPTION_OFFICER, organization, null);
    }

    private CurrentUser employeeUser(long employeeId, long organization) {
        return new CurrentUser(-employeeId, "e" + employeeId, "Сотрудник", Role.EMPLOYEE, organization, employeeId);
    }

    private Long obligation(long employee, String kind, int year) {
        return jdbc.sql("select id from declaration_obligation where employee_id = ? and kind = ? and year = ?"
                        + " order by id desc limit 1")
                .params(employee, kind, year)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private LocalDate dueOn(long obligation) {
        return jdbc.sql("select due_on from declaration_obligation where id = ?")
                .param(obligation)
                .query(LocalDate.class)
                .single();
    }

    private EmployeeForm form(long organization, String lastName, EmployeeCategory category, boolean onList) {
        return new EmployeeForm(
                organization,
                lastName,
                "Анна",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Ведущий специалист",
                null,
                null,
                onList,
                false,
                false,
                false,
                false,
                category);
    }

    @Test
    void theAnnualCampaignOfThisYearLeavesOutAMunicipalServantWhoFilesOnEventsOnly() {
        long org = newOrganization();
        long servant = employee(org, "Служащев", EmployeeCategory.MUNICIPAL_SERVANT);
        long civil = employee(org, "Гражданский", EmployeeCategory.REGIONAL_CIVIL_SERVANT);
        long unstated = employee(org, "Безкатегорийный", null);

        campaigns.open(officerOf(org), THIS_YEAR);

        assertThat(obligation(servant, "ANNUAL", THIS_YEAR)).isNull();
        assertThat(obligation(civil, "ANNUAL", THIS_YEAR)).isNotNull();
        assertThat(obligation(unstated, "ANNUAL", THIS_YEAR)).isNotNull();

        // last year's campaign still obliges him (the regime in force on 31 December of the reporting year)
        campaigns.open(officerOf(org), THIS_YEAR - 1);
        assertThat(obligation(servant, "ANNUAL", THIS_YEAR - 1)).isNotNull();
    }

    @Test
    void anAnnualObligationTheLawNoLongerImposesIsNeitherRemindedNorOverdue() {
        long org = newOrganization();
        long servant = employee(org, "Напоминаев", EmployeeCategory.MUNICIPAL_SERVANT);
        long civil = employee(org, "Обязанный", EmployeeCategory.REGIONAL_CIVIL_SERVANT);
        // obligations of this year created before the regime was known, their term passed long ago
        for (long employee : new long[] {servant, civil}) {
            jdbc.sql("""
                    insert into declaration_obligation (employee_id, organization_id, kind, year, due_on, post, created_by,
                                                        created_at)
                    values (?, ?, 'ANNUAL', ?, current_date - 3, 'Главный специалист', 'test', current_date - 40)""").params(employee, org, THIS_YEAR).update();
        }
        long waived = obligation(servant, "ANNUAL", THIS_YEAR);
        long imposed = obligation(civil, "ANNUAL", THIS_YEAR);

        var due = reminderStore.due(14, regime.waived()).stream()
                .map(ReminderStore.Due::id)
                .toList();
        assertThat(due).contains(imposed).doesNotContain(waived);

        var mine = campaigns.mine(employeeUser(servant, org));
        assertThat(mine)
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.NOT_REQUIRED));
        assertThat(reminders.warnings(mine, LocalDate.now())).isEmpty();
        assertThat(tasks.tasksOf(employeeUser(servant, org))).isEmpty();
        assertThat(reminders.warnings(campaigns.mine(employeeUser(civil, org)), LocalDate.now()))
                .singleElement()
                .satisfies(w -> assertThat(w.overdue()).isTrue());

        var progress = campaigns.progress(officerOf(org), THIS_YEAR).stream()
                .filter(p -> p.organizationId() == org)
                .findFirst()
                .orElseThrow();
        assertThat(progress.expected()).isEqualTo(1);
        assertThat(progress.overdue()).isEqualTo(1);
    }

    @Test
    void anAppointmentAndATransferOblige() {
        long from = newOrganization();
        long to = newOrganization();
        long appointed = people.create(manager, form(from, "Назначенова", EmployeeCategory.MUNICIPAL_SERVANT, true));
        long entry = obligation(appointed, "ENTRY", THIS_YEAR - 1);
        assertThat(dueOn(entry)).isEqualTo(LocalDate.now().plusDays(regime.eventTermDays()));

        long notOnList = people.create(manager, form(from, "Технический", EmployeeCategory.OTHER, false));
        assertThat(obligation(notOnList, "ENTRY", THIS_YEAR - 1)).isNull();

        people.update(manager, appointed, form(to, "Назначенова", EmployeeCategory.MUNICIPAL_SERVANT, true));
        Long transfer = obligation(appointed, "TRANSFER", THIS_YEAR - 1);
        assertThat(transfer).isNotNull();
        assertThat(jdbc.sql("select organization_id from declaration_obligation where id = ?")
                        .param(transfer)
                        .query(Long.class)
                        .single())
                .isEqualTo(to);

        // appointed to a listed post: the flag set on an existing card
        people.update(manager, notOnList, form(from, "Технический", EmployeeCategory.MUNICIPAL_SERVANT, true));
        assertThat(obligation(notOnList, "APPOINTMENT", THIS_YEAR - 1)).isNotNull();
    }

    @Test
    void thePeopleFileObligesAsTheFormDoes() {
        long org = newOrganization();
        long listedLater = employee(org, "Вперечнев", EmployeeCategory.MUNICIPAL_SERVANT);
        jdbc.sql("update employee set declaration_required = false where id = ?")
                .param(listedLater)
                .update();
        String day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(LocalDate.now().minusDays(3));
        String csv =
                "Код сотрудника;Код организации;Фамилия;Имя;Должность;Дата назначения;Должность в перечне;Категория\n"
                        + ";" + org + ";Новоназначенов;Илья;Специалист;" + day + ";да;Муниципальный служащий\n"
                        + ";" + org + ";Старослужащев;Илья;Специалист;;да;Муниципальный служащий\n"
                        + listedLater + ";" + org + ";Вперечнев;Пётр;Главный специалист;;да;Муниципальный служащий\n";

        ru.probity.org.PeopleImport.Report report = peopleImport.importFile(
                manager,
                "people.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(report.ok()).as(report.problems().toString()).isTrue();
        long entered = jdbc.sql("select id from employee where last_name = 'Новоназначенов' and organization_id = ?")
                .param(org)
                .query(Long.class)
                .single();
        // a new card with its appointment date: an entry, due the event's term after that day
        Long entry = obligation(entered, "ENTRY", THIS_YEAR - 1);
        assertThat(entry).isNotNull();
        assertThat(dueOn(entry)).isEqualTo(LocalDate.now().minusDays(3).plusDays(regime.eventTermDays()));
        // a new card without one is a first load of long-serving staff, not an entry
        long old = jdbc.sql("select id from employee where last_name = 'Старослужащев' and organization_id = ?")
                .param(org)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from declaration_obligation where employee_id = ?")
                        .param(old)
                        .query(Integer.class)
                        .single())
                .isZero();
        // an existing card put on the list: an appointment to a listed post
        assertThat(obligation(listedLater, "APPOINTMENT", THIS_YEAR - 1)).isNotNull();

        // his row again obliges no more: he is on the list already
        String again = csv.substring(0, csv.indexOf('\n') + 1) + csv.substring(csv.lastIndexOf(listedLater + ";"));
        assertThat(peopleImport
                        .importFile(
                                manager,
                                "people.csv",
                                new java.io.ByteArrayInputStream(
                                        again.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .ok())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from declaration_obligation where employee_id = ?")
                        .param(listedLater)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCandidateIsObligedBeforeHisAppointmentFilesAndIsAppointedWithoutASecondEntry() {
        long org = newOrganization();
        byte[] bytes =
                SpravkiFixture.vary("family-three.xml", "Претендентов", "Савелий", 91_000 + SERIAL.incrementAndGet());
        SpravkiPackage pkg = SpravkiFixture.read("candidate.xsb", bytes);
        Spravka.Person d = SpravkiFixture.declarant(pkg);
        EmployeeForm candidateForm = new EmployeeForm(
                org,
                d.lastName(),
                d.firstName(),
                d.middleName(),
                d.birthDate(),
                null,
                SpravkiImport.digits(d.snils()),
                null,
                null,
                null,
                "Начальник отдела",
                null,
                null,
                true,
                false,
                false,
                false,
                false,
                EmployeeCategory.MUNICIPAL_SERVANT);

        long candidate = people.registerCandidate(manager, candidateForm);

        // a card in the registry, in no staff list, obliged to file at once
        assertThat(people.get(manager, candidate).candidate()).isTrue();
        assertThat(people.get(manager, candidate).active()).isFalse();
        assertThat(people.search(manager, "Претендентов", org, false, 0, 10).items())
                .extracting(ru.probity.org.Employee::id)
                .contains(candidate);
        int year = LocalDate.now().getYear() - 1;
        Long entry = obligation(candidate, "ENTRY", year);
        assertThat(entry).isNotNull();
        assertThat(dueOn(entry)).isEqualTo(LocalDate.now().plusDays(regime.eventTermDays()));

        // the officer may oblige a candidate himself (here for the sample package's year), and the
        // candidate's «Справки БК» package is filed for it, matched to the candidate
        long forPackage = campaigns.oblige(
                manager,
                candidate,
                ObligationKind.RESERVE,
                SpravkiFixture.year(pkg),
                LocalDate.now().plusDays(5),
                "кандидат в резерв");
        List<SpravkiImport.FileResult> filed = spravki.importForObligation(
                manager, forPackage, List.of(new SpravkiImport.Upload("candidate.xsb", bytes.length, bytes)));
        assertThat(filed)
                .extracting(SpravkiImport.FileResult::outcome, SpravkiImport.FileResult::reason)
                .containsExactly(tuple(SpravkiImport.Outcome.IMPORTED, null));

        // appointed: an employee now, and his candidate's filing is his entry's
        people.appointCandidate(manager, candidate, null);
        assertThat(people.get(manager, candidate).active()).isTrue();
        assertThat(people.get(manager, candidate).candidate()).isFalse();
        assertThat(jdbc.sql("select count(*) from declaration_obligation where employee_id = ? and kind = 'ENTRY'")
                        .param(candidate)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> people.appointCandidate(manager, candidate, null))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aCandidateNotAppointedIsNoLongerExpectedToFile() {
        long org = newOrganization();
        EmployeeForm form = form(org, "Невыбранов", EmployeeCategory.MUNICIPAL_SERVANT, true);
        long candidate = people.registerCandidate(manager, form);
        assertThat(obligation(candidate, "ENTRY", THIS_YEAR - 1)).isNotNull();

        people.candidateNotAppointed(manager, candidate);

        assertThat(obligation(candidate, "ENTRY", THIS_YEAR - 1)).isNull();
        assertThat(people.get(manager, candidate).candidate()).isFalse();
        assertThat(people.get(manager, candidate).active()).isFalse();
        // a candidate is one applying for a listed post
        assertThatThrownBy(() -> people.registerCandidate(
                        manager, form(org, "Внеперечнев", EmployeeCategory.MUNICIPAL_SERVANT, false)))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aDealObligesByThirtyAprilOfTheNextYearAndTheEmployeeStartsItHimself() {
        long org = newOrganization();
        long servant = employee(org, "Сделкин", EmployeeCategory.MUNICIPAL_SERVANT);
        LocalDate dealDate = LocalDate.of(THIS_YEAR, 1, 20);

        long id = campaigns.startDealFiling(employeeUser(servant, org), dealDate, new BigDecimal("12500000.00"));
        assertThat(dueOn(id)).isEqualTo(LocalDate.of(THIS_YEAR + 1, 4, 30));
        assertThat(campaigns.mine(employeeUser(servant, org))).anySatisfy(o -> {
            assertThat(o.id()).isEqualTo(id);
            assertThat(o.kind()).isEqualTo(ObligationKind.DEAL);
            assertThat(o.year()).isEqualTo(THIS_YEAR);
        });

        // the officer's deal obligation gets the law's term when he types none
        long byOfficer = campaigns.oblige(officerOf(org), servant, ObligationKind.DEAL, THIS_YEAR, null, null);
        assertThat(dueOn(byOfficer)).isEqualTo(LocalDate.of(THIS_YEAR + 1, 4, 30));

        long civil = employee(org, "Ежегоднов", EmployeeCategory.REGIONAL_CIVIL_SERVANT);
        assertThatThrownBy(() -> campaigns.startDealFiling(employeeUser(civil, org), dealDate, BigDecimal.TEN))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> campaigns.startDealFiling(
                        employeeUser(servant, org), LocalDate.now().plusDays(1), BigDecimal.TEN))
                .isInstanceOf(Refusal.class);
        // the sum as people type it on the form
        assertThat(CampaignController.amount("1 500 000,50")).isEqualByComparingTo("1500000.50");
        assertThat(CampaignController.amount("много")).isNull();
    }

    @Test
    void theCardFormTakesTheCategoryAndAnEntryObliges() throws Exception {
        long org = newOrganization();
        mvc.perform(get("/people/new").with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("руководитель муниципального учреждения (предприятия)")));
        mvc.perform(post("/people/new")
                        .with(as("kaluga.officer"))
                        .with(csrf())
                        .param("organizationId", String.valueOf(org))
                        .param("lastName", "Веб-Категорийная")
                        .param("firstName", "Ольга")
                        .param("post", "Главный специалист")
                        .param("declarationRequired", "true")
                        .param("headOfCustomer", "false")
                        .param("contractServiceHead", "false")
                        .param("contractManager", "false")
                        .param("procurementCommissionMember", "false")
                        .param("category", "MUNICIPAL_SERVANT"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from employee where last_name = 'Веб-Категорийная' and organization_id = ?")
                .param(org)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select category from employee where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("MUNICIPAL_SERVANT");
        assertThat(obligation(id, "ENTRY", THIS_YEAR - 1)).isNotNull();
        mvc.perform(get("/people/" + id).with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("муниципальный служащий")));
    }
}
