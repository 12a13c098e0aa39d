package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.IntegrationTest;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.access.Role;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.declarations.checks.Rule;
import ru.probity.identifiers.Identifiers;
import ru.probity.platform.Refusal;

/**
 * Declarations on the demo region. Tests share the database, so each builds its own organization
 * under Obninsk with its own officer (a user of that organization) and people.
 */
class DeclarationsTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    static final int YEAR = LocalDate.now().getYear() - 1;
    static final String COMPANY_INN = Identifiers.completeOrganizationInn("402700123");

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    Publication publication;

    @Autowired
    PublicationSwitch publicationSwitch;

    /** Publication on (Указ №968 suspends it: off unless the regional administrator enables it). */
    void publicationOn() {
        publicationSwitch.set(user("region.admin"), true, "решение для теста");
    }

    void publicationOff() {
        publicationSwitch.set(user("region.admin"), false, null);
    }

    @Value("${probity.data-dir}")
    Path dataDir;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    private CurrentUser officerOf(long organization) {
        return new CurrentUser(
                -organization, "officer" + organization, "Офицер", Role.ANTICORRUPTION_OFFICER, organization, null);
    }

    private CurrentUser employeeUser(long employeeId) {
        long organization = jdbc.sql("select organization_id from employee where id = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
        return new CurrentUser(-employeeId, "e" + employeeId, "Сотрудник", Role.EMPLOYEE, organization, employeeId);
    }

    private long newOrganization() {
        long parent = organizationId(OBNINSK);
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'INSTITUTION', ?, 'test', 'test') returning id""")
                .params(
                        parent,
                        "МКУ «Декларационный центр № " + SERIAL.incrementAndGet() + "-" + System.nanoTime() + "»")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, id)
                .update();
        return id;
    }

    private long newEmployee(long organization, String lastName, boolean declarationRequired) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post, address,
                                      declaration_required, created_by, updated_by)
                values (?, ?, 'Пётр', 'Ильич', 'Заместитель директора', 'г. Обнинск, ул. Секретная, д. 7', ?, 'test', 'test')
                returning id""")
                .params(organization, lastName, declarationRequired)
                .query(Long.class)
                .single();
    }

    private void relative(long employee, String relation, String lastName, String firstName, LocalDate birth) {
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, birth_date, created_by, updated_by)
                values (?, ?, ?, ?, ?, 'test', 'test')""").params(employee, relation, lastName, firstName, birth).update();
    }

    static Person person(
            Relation relation,
            String last,
            String first,
            LocalDate birth,
            String income,
            List<DeclarationContent.Expense> deals,
            List<DeclarationContent.RealEstate> estate,
            List<DeclarationContent.Vehicle> vehicles,
            List<DeclarationContent.Account> accounts,
            List<DeclarationContent.Share> shares) {
        return new Person(
                relation,
                last,
                first,
                null,
                birth,
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal(income))),
                deals,
                estate,
                vehicles,
                accounts,
                shares,
                List.of());
    }

    static DeclarationContent simple(String last, String income, String spouseIncome) {
        return new DeclarationContent(List.of(
                person(
                        Relation.DECLARANT,
                        last,
                        "Пётр",
                        null,
                        income,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                person(
                        Relation.SPOUSE,
                        last + "а",
                        "Мария",
                        null,
                        spouseIncome,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of())));
    }

    /** A value of each of §3.3, §3.4, §5.2, §6.2 and §7 as {@link #withLaterSections} declares them. */
    static final String[] LATER_SECTIONS = {
        "Облако-7",
        "Распределённый реестр",
        "Litecoin",
        "Векселя Обнинска",
        "Займодавцев",
        "договор займа",
        "Lada Granta",
        "Одаряемая"
    };

    /** The person with one row in each of §3.3, §3.4, §5.2, §6.2 and §7. */
    static Person withLaterSections(Person p) {
        return new Person(
                p.relation(),
                p.lastName(),
                p.firstName(),
                p.middleName(),
                p.birthDate(),
                p.incomes(),
                p.expenses(),
                p.realEstate(),
                p.vehicles(),
                p.accounts(),
                p.shares(),
                p.inUse(),
                List.of(new DeclarationContent.DigitalAsset(
                        "ЦФА «Облако-7»",
                        LocalDate.of(YEAR, 3, 1),
                        new BigDecimal("12"),
                        "ООО «Распределённый реестр»")),
                List.of(new DeclarationContent.DigitalCurrency(
                        "Litecoin", LocalDate.of(YEAR, 6, 1), new BigDecimal("0.75"))),
                List.of(new DeclarationContent.Security(
                        "вексель", "ООО «Векселя Обнинска»", null, BigDecimal.ONE, new BigDecimal("250000"))),
                List.of(new DeclarationContent.FinancialObligation(
                        "заём",
                        DeclarationContent.ObligationRole.DEBTOR,
                        "Займодавцев Кирилл Олегович",
                        "договор займа от 10.02." + YEAR,
                        new BigDecimal("800000"),
                        new BigDecimal("650000"),
                        "беспроцентный")),
                List.of(new DeclarationContent.Gift(
                        DeclarationContent.GiftKind.VEHICLE,
                        "автомобиль легковой Lada Granta",
                        "Одаряемая Вера Петровна",
                        "договор дарения от 05.05." + YEAR)));
    }

    @Test
    void anAnnualCampaignChecksPublishesAndSealsADeclaration() throws Exception {
        long org = newOrganization();
        String last = "Декларантов" + SERIAL.incrementAndGet();
        long declarant = newEmployee(org, last, true);
        long notOnList = newEmployee(org, "Непереченный" + SERIAL.incrementAndGet(), false);
        relative(declarant, "SPOUSE", last + "а", "Мария", LocalDate.of(1985, 3, 1));
        relative(declarant, "CHILD", last, "Илья", LocalDate.of(YEAR - 8, 5, 5));
        CurrentUser officer = officerOf(org);

        // the three preceding years, filed on event obligations (paper, entered by the officer)
        for (int y = YEAR - 3; y < YEAR; y++) {
            long ob = campaigns.oblige(
                    officer, declarant, ObligationKind.ENTRY, y, LocalDate.now().plusDays(30), "архив");
            declarations.submit(officer, ob, simple(last, "600000", "200000"));
        }

        long campaign = campaigns.open(officer, YEAR);
        assertThatThrownBy(() -> campaigns.open(officer, YEAR))
                .isInstanceOfSatisfying(
                        Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("declarations.error.campaignExists"));
        List<ObligationRow> obligations = campaigns.obligations(officer, campaign);
        assertThat(obligations).extracting(ObligationRow::employeeId).containsExactly(declarant);
        assertThat(obligations).extracting(ObligationRow::employeeId).doesNotContain(notOnList);
        ObligationRow obligation = obligations.getFirst();
        assertThat(obligation.dueOn()).isEqualTo(LocalDate.of(YEAR + 1, 4, 30));
        assertThat(obligation.status()).isIn(ObligationStatus.EXPECTED, ObligationStatus.OVERDUE);

        // the employee files: himself and the spouse, not the child; a flat, a big deal, a share
        var deal = new DeclarationContent.Expense(
                DeclarationContent.DealSubject.REAL_ESTATE,
                "квартира",
                new BigDecimal("5000000"),
                "накопления, кредит");
        var flat = new DeclarationContent.RealEstate(
                DeclarationContent.EstateKind.FLAT,
                "индивидуальная",
                new BigDecimal("64.5"),
                "Россия",
                "г. Обнинск, пр. Ленина, д. 1, кв. 2");
        var car = new DeclarationContent.Vehicle(DeclarationContent.VehicleKind.CAR, "Toyota Camry", 2020);
        var account = new DeclarationContent.Account("ПАО Сбербанк", "текущий, рубль", null, new BigDecimal("150000"));
        var share = new DeclarationContent.Share(
                "ООО «Ромашка»", COMPANY_INN, null, new BigDecimal("25"), "учредительный договор");
        DeclarationContent content = new DeclarationContent(List.of(
                withLaterSections(person(
                        Relation.DECLARANT,
                        last,
                        "Пётр",
                        null,
                        "2500000",
                        List.of(deal),
                        List.of(flat),
                        List.of(car),
                        List.of(account),
                        List.of(share))),
                person(
                        Relation.SPOUSE,
                        last + "а",
                        "Мария",
                        null,
                        "210000",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of())));
        CurrentUser employee = employeeUser(declarant);
        long id = declarations.submit(employee, obligation.id(), content);

        List<Rule> rules = declarations.findings(id).stream().map(f -> f.rule()).toList();
        assertThat(rules)
                .contains(
                        Rule.HOLDING_NEW,
                        Rule.FAMILY_MISSING,
                        Rule.EXPENSE_CONTROL,
                        Rule.ESTATE_APPEARED,
                        Rule.VEHICLE_APPEARED,
                        Rule.INCOME_JUMP,
                        Rule.SHARE_NEW,
                        Rule.NOT_COVERED_BY_INCOME);
        assertThat(rules).doesNotContain(Rule.EXPENSE_HISTORY_INCOMPLETE);
        var control = declarations.findings(id).stream()
                .filter(f -> f.rule() == Rule.EXPENSE_CONTROL)
                .findFirst()
                .orElseThrow();
        assertThat(control.args()).contains("5 000 000,00 ₽", "2 400 000,00 ₽");

        // sealed at rest: nothing readable in the row but the extract; the key file is the owner's only
        byte[] sealed = jdbc.sql("select content from declaration where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Toyota");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain(last, "Сбербанк", COMPANY_INN);
        Path key = dataDir.resolve("keys/declarations-master.key");
        assertThat(Files.getPosixFilePermissions(key))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        // read by the declarant and the officer, logged; closed to another subtree
        assertThat(declarations.open(employee, id).content()).isEqualTo(content);
        assertThat(declarations
                        .open(officer, id)
                        .content()
                        .declarant()
                        .orElseThrow()
                        .shares())
                .hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from access_log where subject_type = 'DECLARATION' and subject_id = ? and action = 'READ'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThatThrownBy(() -> declarations.open(user("ugh.officer"), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> declarations.open(employeeUser(notOnList), id))
                .isInstanceOf(AccessDeniedException.class);

        // procurement recorded the declared share as the employee's tie to the company
        assertThat(jdbc.sql(
                                "select last_name || '|' || company_inn || '|' || holder from declared_share where employee_id = ?")
                        .param(declarant)
                        .query(String.class)
                        .list())
                .containsExactly(last + "|" + COMPANY_INN + "|DECLARANT");

        // filed after 30 April: late; a correction more than a month after the term is refused
        assertThat(campaigns.obligations(officer, campaign).getFirst().status()).isEqualTo(ObligationStatus.LATE);
        assertThatThrownBy(() -> declarations.submit(employee, obligation.id(), content))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("declarations.error.correctionLate");
                    assertThat(e.status()).isEqualTo(Refusal.CONFLICT);
                });
        // a correction in time: a new version, the obligation is corrected
        long event = campaigns.oblige(
                officer, declarant, ObligationKind.DEAL, YEAR, LocalDate.now().plusDays(5), null);
        long first = declarations.submit(employee, event, content);
        long corrected = declarations.submit(employee, event, content);
        assertThat(campaigns.mine(employee))
                .filteredOn(o -> o.id() == event)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(ObligationStatus.CORRECTED);
                    assertThat(o.declarationId()).isEqualTo(corrected);
                });
        assertThat(declarations.open(officer, first).current()).isFalse();
        var progress = campaigns.progress(officer, YEAR);
        assertThat(progress).singleElement().satisfies(p -> {
            assertThat(p.expected()).isEqualTo(2);
            assertThat(p.late()).isEqualTo(1);
            assertThat(p.corrected()).isEqualTo(1);
        });

        // the publication: post, income, property, vehicles, the sources of funds of the deals above the
        // three years' income — no names, identifiers, addresses, accounts; only while it is enabled
        publicationOn();
        try {
            publishedExtract(officer, campaign, org, last);
        } finally {
            publicationOff();
        }
    }

    private void publishedExtract(CurrentUser officer, long campaign, long org, String last) throws Exception {
        campaigns.publish(officer, campaign);
        assertThat(publication.entries(org, YEAR)).singleElement().satisfies(e -> {
            assertThat(e.post()).isEqualTo("Заместитель директора");
            assertThat(e.extract().rows()).hasSize(2);
            assertThat(e.extract().rows().getFirst().income()).isEqualByComparingTo("2500000");
        });
        String page = mvc.perform(get("/public/declarations/" + org + "/" + YEAR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Заместитель директора",
                        "квартира, 64,5 кв. м, Россия",
                        "Toyota Camry",
                        "супруга (супруг)",
                        "иной объект недвижимости: накопления, кредит");
        assertThat(page)
                .doesNotContain(
                        last,
                        "Мария",
                        "Пётр",
                        "Ильич",
                        COMPANY_INN,
                        "Ромашка",
                        "Ленина",
                        "Секретная",
                        "Сбербанк",
                        "150000",
                        "5000000");
        assertThat(page).doesNotContain(LATER_SECTIONS);
        byte[] xlsx = mvc.perform(get("/public/declarations/" + org + "/" + YEAR + ".xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            String all = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book).getText();
            assertThat(all).contains("Toyota Camry").doesNotContain(last, COMPANY_INN, "Ленина", "Сбербанк");
            assertThat(all).doesNotContain(LATER_SECTIONS);
        }
        String index = mvc.perform(get("/public/declarations"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(index).contains("/public/declarations/" + org + "/" + YEAR);
    }

    @Test
    void problemsAreNamedAndNothingIsSaved() {
        long org = newOrganization();
        long declarant = newEmployee(org, "Ошибкин" + SERIAL.incrementAndGet(), false);
        CurrentUser officer = officerOf(org);
        long ob = campaigns.oblige(
                officer,
                declarant,
                ObligationKind.APPOINTMENT,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        String valid = Identifiers.completeOrganizationInn("402700123");
        String wrong = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);
        var share = new DeclarationContent.Share("ООО «Неверная»", wrong, null, new BigDecimal("120"), null);
        var content = new DeclarationContent(List.of(new Person(
                Relation.DECLARANT,
                "Ошибкин",
                "",
                null,
                null,
                List.of(new DeclarationContent.Income(DeclarationContent.IncomeKind.OTHER, null, new BigDecimal("-5"))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(share),
                List.of())));
        assertThatThrownBy(() -> declarations.submit(officer, ob, content))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        e -> assertThat(e.fields().entrySet())
                                .extracting(p -> p.getKey() + " " + p.getValue())
                                .contains(
                                        "persons[0].firstName declarations.error.required",
                                        "persons[0].incomes[0].amount declarations.error.negative",
                                        // a message with arguments is given as its text
                                        "persons[0].shares[0].inn неверная контрольная цифра ИНН",
                                        "persons[0].shares[0].percent declarations.error.percent"));
        assertThat(jdbc.sql("select count(*) from declaration where obligation_id = ?")
                        .param(ob)
                        .query(Integer.class)
                        .single())
                .isZero();
        // an employee files only his own
        long other = newEmployee(org, "Чужой" + SERIAL.incrementAndGet(), false);
        assertThatThrownBy(() -> declarations.submit(employeeUser(other), ob, simple("Чужой", "1", "1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusedCampaignObligationOrImportGoesBackToThePageItWasPostedFrom() throws Exception {
        // the demo's officer has the campaigns of the three years before last
        var exists = mvc.perform(post("/declarations/campaigns")
                        .param("year", String.valueOf(YEAR - 1))
                        .header("Referer", "http://localhost/declarations")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(exists.getResponse().getRedirectedUrl()).isEqualTo("/declarations");
        assertThat(exists.getFlashMap().get("problem"))
                .isEqualTo("Кампания за " + (YEAR - 1) + " год в вашей организации уже открыта.");
        var tooEarly = mvc.perform(post("/declarations/obligations")
                        .param("employeeId", "1")
                        .param("kind", "ENTRY")
                        .param("year", "1999")
                        .param("dueOn", LocalDate.now().toString())
                        .header("Referer", "http://localhost/declarations")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(tooEarly.getResponse().getRedirectedUrl()).isEqualTo("/declarations");
        assertThat((String) tooEarly.getFlashMap().get("problem"))
                .isEqualTo("отчётный год должен быть не раньше 2000 и не позже "
                        + LocalDate.now().getYear());

        long declarant = newEmployee(organizationId(OBNINSK), "Безфайлов" + SERIAL.incrementAndGet(), false);
        long ob = campaigns.oblige(
                user("obninsk.officer"),
                declarant,
                ObligationKind.ENTRY,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        String form = "/declarations/obligations/" + ob + "/form";
        var noFile = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/declarations/obligations/" + ob + "/import")
                        .header("Referer", "http://localhost" + form)
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(noFile.getResponse().getRedirectedUrl()).isEqualTo(form);
        assertThat(noFile.getFlashMap().get("problem")).isEqualTo("Выберите файл XLSX.");
        mvc.perform(get("/declarations/obligations/" + (ob + 1_000_000) + "/form")
                        .with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWebFormTakesAPaperDeclarationAndTheReportsShowIt() throws Exception {
        String officer = "obninsk.officer";
        long org = organizationId(OBNINSK);
        long declarant = newEmployee(org, "Бумажный" + SERIAL.incrementAndGet(), false);
        long ob = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.TRANSFER,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        mvc.perform(get("/declarations/obligations/" + ob + "/form").with(as(officer)))
                .andExpect(status().isOk());
        String problems = mvc.perform(post("/declarations/obligations/" + ob + "/form")
                        .with(as(officer))
                        .with(csrf())
                        .param("persons[0].relation", "DECLARANT")
                        .param("persons[0].lastName", "Бумажный")
                        .param("persons[0].firstName", "Пётр")
                        .param("persons[0].incomes[0].kind", "MAIN_JOB")
                        .param("persons[0].incomes[0].amount", "много")
                        .param("persons[0].obligations[0].content", "заём")
                        .param("persons[0].obligations[0].role", "DEBTOR")
                        .param("persons[0].obligations[0].party", "Петров П. П.")
                        .param("persons[0].obligations[0].basis", "расписка")
                        .param("persons[0].obligations[0].amount", "300 000")
                        .param("persons[0].obligations[0].outstanding", "300 000")
                        .param("persons[0].gifts[0].kind", "телепорт"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(problems).contains("«много» — не число", "Лицо 1, Раздел 1. Сведения о доходах, строка 1");
        assertThat(problems)
                .contains(
                        "Лицо 1, Раздел 7. Имущество, отчуждённое в отчётном периоде в результате безвозмездной сделки,"
                                + " строка 1, «Вид имущества»: значение «телепорт» не из списка");
        // the form comes back with what was typed, for every section
        assertThat(problems).contains("value=\"Петров П. П.\"", "value=\"расписка\"");
        String refused = mvc.perform(post("/declarations/obligations/" + ob + "/form")
                        .with(as(officer))
                        .with(csrf())
                        .param("persons[0].relation", "DECLARANT")
                        .param("persons[0].lastName", "Бумажный")
                        .param("persons[0].firstName", "Пётр")
                        .param("persons[0].obligations[0].content", "заём")
                        .param("persons[0].obligations[0].role", "DEBTOR")
                        .param("persons[0].obligations[0].party", "Петров П. П.")
                        .param("persons[0].obligations[0].basis", "расписка")
                        .param("persons[0].obligations[0].amount", "300 000")
                        .param("persons[0].obligations[0].outstanding", "300 000")
                        .param("persons[0].gifts[0].kind", "LAND")
                        .param("persons[0].gifts[0].description", "участок 600 кв. м"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains(
                        "Лицо 1, Раздел 6.2. Срочные обязательства финансового характера, строка 1,"
                                + " «Сумма обязательства, руб.»: в разделе 6.2 указываются обязательства на сумму"
                                + " от 500 000 руб.",
                        "Лицо 1, Раздел 7. Имущество, отчуждённое в отчётном периоде в результате безвозмездной сделки,"
                                + " строка 1, «Приобретатель имущества»: обязательное поле",
                        "строка 1, «Основание отчуждения»: обязательное поле");
        String location = mvc.perform(post("/declarations/obligations/" + ob + "/form")
                        .with(as(officer))
                        .with(csrf())
                        .param("persons[0].relation", "DECLARANT")
                        .param("persons[0].lastName", "Бумажный")
                        .param("persons[0].firstName", "Пётр")
                        .param("persons[0].incomes[0].kind", "MAIN_JOB")
                        .param("persons[0].incomes[0].amount", "1 234 567,80")
                        .param("persons[0].incomes[1].kind", "")
                        .param("persons[0].incomes[1].amount", "")
                        .param("persons[1].relation", "SPOUSE")
                        .param("persons[1].lastName", "Бумажная")
                        .param("persons[1].firstName", "Ольга")
                        .param("persons[1].vehicles[0].kind", "CAR")
                        .param("persons[1].vehicles[0].make", "Lada Vesta")
                        .param("persons[0].digitalAssets[0].name", "ЦФА «Облако-7»")
                        .param("persons[0].digitalAssets[0].acquiredOn", "01.03." + YEAR)
                        .param("persons[0].digitalAssets[0].units", "12")
                        .param("persons[0].digitalAssets[0].operator", "ООО «Распределённый реестр»")
                        .param("persons[0].digitalCurrency[0].name", "Bitcoin")
                        .param("persons[0].digitalCurrency[0].acquiredOn", YEAR + "-02-01")
                        .param("persons[0].digitalCurrency[0].units", "0,015")
                        .param("persons[1].securities[0].kind", "облигации федерального займа")
                        .param("persons[1].securities[0].issuer", "Минфин России")
                        .param("persons[1].securities[0].nominal", "1000")
                        .param("persons[1].securities[0].count", "150")
                        .param("persons[1].securities[0].total", "148 500")
                        .param("persons[0].obligations[0].content", "ипотечный кредит")
                        .param("persons[0].obligations[0].role", "должник")
                        .param("persons[0].obligations[0].party", "ПАО Сбербанк")
                        .param("persons[0].obligations[0].basis", "кредитный договор № 1")
                        .param("persons[0].obligations[0].amount", "2 400 000")
                        .param("persons[0].obligations[0].outstanding", "1 650 000")
                        .param("persons[0].gifts[0].kind", "VEHICLE")
                        .param("persons[0].gifts[0].description", "Kia Rio")
                        .param("persons[0].gifts[0].recipient", "Бумажный Илья")
                        .param("persons[0].gifts[0].basis", "договор дарения"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/declarations/");
        long id = Long.parseLong(location.substring("/declarations/".length()));
        var opened = declarations.open(user(officer), id);
        assertThat(opened.paper()).isTrue();
        assertThat(opened.content().declarant().orElseThrow().income()).isEqualByComparingTo("1234567.80");
        assertThat(opened.content().spouse().orElseThrow().vehicles()).hasSize(1);
        var declarantRows = opened.content().declarant().orElseThrow();
        assertThat(declarantRows.digitalAssets()).singleElement().satisfies(a -> {
            assertThat(a.acquiredOn()).isEqualTo(LocalDate.of(YEAR, 3, 1));
            assertThat(a.units()).isEqualByComparingTo("12");
        });
        assertThat(declarantRows.digitalCurrency().getFirst().units()).isEqualByComparingTo("0.015");
        assertThat(declarantRows.obligations().getFirst().role()).isEqualTo(DeclarationContent.ObligationRole.DEBTOR);
        assertThat(declarantRows.gifts().getFirst().kind()).isEqualTo(DeclarationContent.GiftKind.VEHICLE);
        assertThat(opened.content()
                        .spouse()
                        .orElseThrow()
                        .securities()
                        .getFirst()
                        .total())
                .isEqualByComparingTo("148500");
        String view = mvc.perform(get("/declarations/" + id).with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(view)
                .contains(
                        "Bitcoin: 0.015 ед., приобретено 01.02." + YEAR,
                        "Минфин России",
                        "148 500,00",
                        "ипотечный кредит; лицо — должник; вторая сторона — ПАО Сбербанк",
                        "транспортное средство: Kia Rio; приобретатель — Бумажный Илья")
                .doesNotContain("??");
        String again = mvc.perform(
                        get("/declarations/obligations/" + ob + "/form").with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("value=\"ПАО Сбербанк\"", "value=\"Минфин России\"", "value=\"0.015\"");
        mvc.perform(get("/declarations/" + id).with(as("ugh.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/declarations").with(as(officer))).andExpect(status().isOk());
        mvc.perform(get("/declarations").with(as("ugh.employee"))).andExpect(status().isOk());
        String report = mvc.perform(get("/declarations/reports")
                        .param("year", String.valueOf(YEAR))
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains(OBNINSK.replace("«", "&laquo;").substring(0, 5));
        mvc.perform(get("/declarations/reports.xlsx")
                        .param("year", String.valueOf(YEAR))
                        .with(as("region.auditor")))
                .andExpect(status().isOk());
        mvc.perform(get("/declarations/findings")
                        .param("year", String.valueOf(YEAR))
                        .with(as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/declarations/findings.xlsx")
                        .param("year", String.valueOf(YEAR))
                        .with(as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/declarations/findings").with(as("region.auditor"))).andExpect(status().isForbidden());
    }

    private static byte[] workbook(String[][] persons, String[][] incomes, String[][] shares) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            sheet(book, "Лица", persons);
            sheet(book, "Доходы", incomes);
            sheet(book, "Участие", shares);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(org.apache.poi.xssf.usermodel.XSSFWorkbook book, String name, String[][] rows) {
        var sheet = book.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue("заголовок");
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    private byte[] template(String user) throws Exception {
        return mvc.perform(get("/declarations/template.xlsx").with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theXlsxTemplateImportsAllOrNothingWithEveryProblemNamed() throws Exception {
        String officer = "obninsk.officer";
        long declarant = newEmployee(organizationId(OBNINSK), "Табличный" + SERIAL.incrementAndGet(), false);
        long ob = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.RESERVE,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        byte[] template = template(officer);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(book.getSheet("Лица")).isNotNull();
            assertThat(book.getSheet("Участие")).isNotNull();
            assertThat(book.getSheet("Справочники").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("декларант");
        }
        String[][] persons = {
            {"1", "декларант", "Табличный", "Пётр", null, null},
            {"2", "супруга (супруг)", "Табличная", "Анна", null, null}
        };
        byte[] bad = workbook(
                persons,
                new String[][] {{"1", "доход по основному месту работы", null, "-5"}, {"3", "иные доходы", null, "10"}},
                new String[][] {{"2", "ООО «Ромашка»", "123", null, "10", null}});
        var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/declarations/obligations/" + ob + "/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "d.xlsx", null, bad))
                        .with(as(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) refused.getFlashMap().get("importProblems");
        assertThat(problems)
                .anySatisfy(
                        p -> assertThat(p).startsWith("Лист «Доходы», строка 2").contains("отрицательной"));
        assertThat(problems)
                .anySatisfy(
                        p -> assertThat(p).startsWith("Лист «Доходы», строка 3").contains("«3»"));
        assertThat(problems)
                .anySatisfy(p ->
                        assertThat(p).startsWith("Лист «Участие», строка 2").contains("ИНН"));
        assertThat(jdbc.sql("select count(*) from declaration where obligation_id = ?")
                        .param(ob)
                        .query(Integer.class)
                        .single())
                .isZero();

        byte[] good = workbook(
                persons,
                new String[][] {{"1", "MAIN_JOB", null, "1 000 000,50"}, {"2", "иные доходы", "пособие", "12000"}},
                new String[][] {{"2", "ООО «Ромашка»", COMPANY_INN, null, "10", "устав"}});
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/declarations/obligations/" + ob + "/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "d.xlsx", null, good))
                        .with(as(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/declarations/".length()));
        var content = declarations.open(user(officer), id).content();
        assertThat(content.declarant().orElseThrow().income()).isEqualByComparingTo("1000000.50");
        assertThat(content.spouse().orElseThrow().shares())
                .singleElement()
                .satisfies(sh -> assertThat(sh.inn()).isEqualTo(COMPANY_INN));
    }

    private static byte[] workbook(java.util.Map<String, String[][]> sheets) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> sheet(book, name, rows));
            book.write(out);
            return out.toByteArray();
        }
    }

    private org.springframework.test.web.servlet.MvcResult upload(long obligation, String officer, byte[] file)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/declarations/obligations/" + obligation + "/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "d.xlsx", null, file))
                        .with(as(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    @Test
    void theXlsxTemplateCarriesDigitalAssetsSecuritiesObligationsAndGifts() throws Exception {
        String officer = "obninsk.officer";
        long declarant = newEmployee(organizationId(OBNINSK), "Цифровой" + SERIAL.incrementAndGet(), false);
        long ob = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.ENTRY,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        byte[] template = template(officer);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            for (String sheet : List.of(
                    "Цифровые активы", "Цифровая валюта", "Ценные бумаги", "Обязательства", "Отчуждено безвозмездно")) {
                assertThat(book.getSheet(sheet)).as(sheet).isNotNull();
                assertThat(book.getSheet(sheet).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("Лицо (№)");
            }
            assertThat(book.getSheet("Обязательства").getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("Сумма обязательства, руб.");
            String lists = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book).getText();
            assertThat(lists).contains("должник", "кредитор", "иное недвижимое имущество", "цифровая валюта");
        }
        String[][] persons = {{"1", "декларант", "Цифровой", "Пётр", null, null}};
        var bad = new java.util.LinkedHashMap<String, String[][]>();
        bad.put("Лица", persons);
        bad.put("Цифровые активы", new String[][] {{"1", "ЦФА «Облако-7»", "31.12." + (YEAR + 1), "0", null}});
        bad.put("Цифровая валюта", new String[][] {{"1", "Bitcoin", "вчера", "0,5"}});
        bad.put("Ценные бумаги", new String[][] {{"1", "облигация", null, "1000", "-3", "3000"}});
        bad.put(
                "Обязательства",
                new String[][] {{"1", "кредит", "заёмщик", "Банк", "договор", "100 000", "50 000", null}});
        bad.put("Отчуждено безвозмездно", new String[][] {{"1", "яхта", "Azimut", "Петров", null}});
        @SuppressWarnings("unchecked")
        List<String> problems =
                (List<String>) upload(ob, officer, workbook(bad)).getFlashMap().get("importProblems");
        assertThat(problems)
                .contains(
                        "Лист «Цифровые активы», строка 2: «Дата приобретения» — дата приобретения позже конца"
                                + " отчётного года (" + YEAR + ")",
                        "Лист «Цифровые активы», строка 2: «Общее количество» — количество должно быть больше нуля",
                        "Лист «Цифровые активы», строка 2: «Оператор информационной системы» — обязательное поле",
                        "Лист «Цифровая валюта», строка 2: «Дата приобретения» — «вчера» — не дата (ДД.ММ.ГГГГ)",
                        "Лист «Ценные бумаги», строка 2: «Лицо, выпустившее ценную бумагу» — обязательное поле",
                        "Лист «Ценные бумаги», строка 2: «Общее количество» — количество должно быть больше нуля",
                        "Лист «Обязательства», строка 2: «Лицо является» — значение «заёмщик» не из списка",
                        "Лист «Отчуждено безвозмездно», строка 2: «Вид имущества» — значение «яхта» не из списка",
                        "Лист «Отчуждено безвозмездно», строка 2: «Основание отчуждения» — обязательное поле")
                .anySatisfy(p -> assertThat(p)
                        .startsWith("Лист «Обязательства», строка 2: «Сумма обязательства, руб.» — ")
                        .contains("500 000"));
        assertThat(jdbc.sql("select count(*) from declaration where obligation_id = ?")
                        .param(ob)
                        .query(Integer.class)
                        .single())
                .isZero();

        var good = new java.util.LinkedHashMap<String, String[][]>();
        good.put("Лица", persons);
        good.put(
                "Цифровые активы",
                new String[][] {{"1", "ЦФА «Облако-7»", "01.03." + YEAR, "12", "ООО «Распределённый реестр»"}});
        good.put("Цифровая валюта", new String[][] {{"1", "Bitcoin", YEAR + "-02-01", "0,015"}});
        good.put("Ценные бумаги", new String[][] {{"1", "облигация", "Минфин России", "1000", "150", "148 500"}});
        good.put("Обязательства", new String[][] {
            {"1", "ипотечный кредит", "должник", "ПАО Сбербанк", "договор № 1", "2 400 000", "1 650 000", "9 %"}
        });
        good.put(
                "Отчуждено безвозмездно",
                new String[][] {{"1", "земельный участок", "участок 600 кв. м", "Цифровой Илья", "договор дарения"}});
        String location = upload(ob, officer, workbook(good)).getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/declarations/".length()));
        var p = declarations.open(user(officer), id).content().declarant().orElseThrow();
        assertThat(p.digitalAssets())
                .singleElement()
                .satisfies(a -> assertThat(a.operator()).isEqualTo("ООО «Распределённый реестр»"));
        assertThat(p.digitalCurrency().getFirst().units()).isEqualByComparingTo("0.015");
        assertThat(p.securities().getFirst().total()).isEqualByComparingTo("148500");
        assertThat(p.obligations().getFirst().outstanding()).isEqualByComparingTo("1650000");
        assertThat(p.gifts().getFirst().kind()).isEqualTo(DeclarationContent.GiftKind.LAND);
    }

    @Autowired
    DeclarationKeys keys;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    /** The JSON of a declaration as the version before §3.3, §3.4, §5.2, §6.2 and §7 sealed it. */
    static final String OLD_CONTENT = """
            {"persons":[{"relation":"DECLARANT","lastName":"Прежний","firstName":"Пётр","middleName":null,
            "birthDate":null,"incomes":[{"kind":"MAIN_JOB","description":null,"amount":700000}],"expenses":[],
            "realEstate":[{"kind":"FLAT","ownership":"индивидуальная","area":44.1,"country":"Россия",
            "address":"г. Обнинск, ул. Прежняя, д. 1"}],"vehicles":[{"kind":"CAR","make":"Kia Rio","year":2016}],
            "accounts":[],"shares":[],"inUse":[]}]}""";

    @Test
    void aDeclarationSealedBeforeTheNewSectionsStillOpensAndServesAsHistory() throws Exception {
        String officer = "obninsk.officer";
        long declarant = newEmployee(organizationId(OBNINSK), "Прежний" + SERIAL.incrementAndGet(), false);
        long old = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.ENTRY,
                YEAR - 1,
                LocalDate.now().plusDays(10),
                null);
        long id = declarations.submit(user(officer), old, simple("Прежний", "1", "1"));
        byte[] wrapped = jdbc.sql("select data_key from declaration where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        byte[] key = keys.dataKey(id, wrapped);
        jdbc.sql("update declaration set content = ? where id = ?")
                .params(
                        ru.probity.sealing.Sealing.seal(
                                key, OLD_CONTENT.getBytes(StandardCharsets.UTF_8), "declaration-content:" + id),
                        id)
                .update();

        var p = declarations.open(user(officer), id).content().declarant().orElseThrow();
        assertThat(p.realEstate()).hasSize(1);
        assertThat(p.income()).isEqualByComparingTo("700000");
        assertThat(List.of(p.digitalAssets(), p.digitalCurrency(), p.securities(), p.obligations(), p.gifts()))
                .allSatisfy(list -> assertThat(list).isEmpty());
        assertThat(json.readValue(OLD_CONTENT, DeclarationContent.class)
                        .persons()
                        .getFirst())
                .isEqualTo(p);
        renders(as(officer), "/declarations/" + id);
        renders(as(officer), "/declarations/obligations/" + old + "/form");

        // next year: the flat and the car are gone, the car given away in §7
        long next = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.TRANSFER,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        var now = new DeclarationContent(List.of(new Person(
                Relation.DECLARANT,
                "Прежний",
                "Пётр",
                null,
                null,
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal("720000"))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new DeclarationContent.Gift(
                        DeclarationContent.GiftKind.VEHICLE,
                        "автомобиль Kia Rio 2016 г. в.",
                        "Прежняя Анна Петровна (дочь)",
                        "договор дарения от 01.06." + YEAR)))));
        long filed = declarations.submit(user(officer), next, now);
        String page = mvc.perform(get("/declarations/" + filed).with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "в разделе 7 оно указано как отчуждённое безвозмездно: приобретатель — Прежняя Анна Петровна (дочь)",
                        "выбыл объект недвижимости: квартира, 44,1 кв. м, Россия, указанный в справке за предыдущий год."
                                + " Проверьте, отражён ли доход");
    }

    private void renders(RequestPostProcessor who, String url) throws Exception {
        String page = mvc.perform(who == null ? get(url) : get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as(url).doesNotContain("??");
    }

    @Test
    void everyPageRendersWithTheDemoDeclarations() throws Exception {
        long ugh = organizationId(UGH);
        int year = YEAR - 1;
        long campaign = jdbc.sql("select id from declaration_campaign where organization_id = ? and year = ?")
                .params(ugh, year)
                .query(Long.class)
                .single();
        long declaration = jdbc.sql("""
                select d.id from declaration d join app_user u on u.employee_id = d.employee_id
                where u.username = 'ugh.employee' and d.year = ? and d.is_current""").param(year).query(Long.class).single();
        long obligation = jdbc.sql("select obligation_id from declaration where id = ?")
                .param(declaration)
                .query(Long.class)
                .single();
        for (String url : new String[] {
            "/declarations",
            "/declarations/campaigns/" + campaign,
            "/declarations/" + declaration,
            "/declarations/obligations/" + obligation + "/form",
            "/declarations/findings?year=" + year,
            "/declarations/reports?year=" + year,
            "/declarations/reports"
        }) {
            renders(as("ugh.officer"), url);
        }
        renders(as("ugh.employee"), "/declarations");
        renders(as("ugh.employee"), "/declarations/" + declaration);
        renders(as("region.auditor"), "/declarations");
        renders(as("region.auditor"), "/declarations/campaigns/" + campaign);
        renders(as("ugh.head"), "/declarations/reports");
        renders(null, "/public/declarations");
        renders(null, "/public/declarations/" + ugh + "/" + year);
        mvc.perform(get("/declarations/" + declaration).with(as("ugh.head"))).andExpect(status().isForbidden());
        mvc.perform(get("/declarations/" + declaration).with(as("region.custodian")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/declarations/reports").with(as("region.custodian"))).andExpect(status().isForbidden());
    }
}
