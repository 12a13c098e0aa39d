package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.IncomeKind;
import ru.probity.declarations.checks.Extract;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18, item 10: the columns of the form as amended — the title page (post, passport,
 * registration address), §1 teaching and science as one line, §3.1 basis of acquisition, §3.2
 * ownership and place of registration, §3.4 utility digital rights (Указ №778), §4 kind of
 * account, §5.1 legal form, address and charter capital, §6.1 kind and terms of use — go through
 * the web form into the sealed content and back onto the page, old content without them still
 * opens, and the Указ №613 extract shows none of the addresses and identifiers.
 */
class DeclarationFormColumnsTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    JsonMapper json;

    @Autowired
    DeclarationKeys keys;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    private long newEmployee(String lastName) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post, address,
                                      declaration_required, created_by, updated_by)
                values (?, ?, 'Пётр', 'Ильич', 'Заместитель директора', 'г. Обнинск, ул. Секретная, д. 7', false,
                        'test', 'test')
                returning id""")
                .params(organizationId(OBNINSK), lastName)
                .query(Long.class)
                .single();
    }

    @Test
    void everyNewColumnGoesThroughTheFormIntoTheSealedContentAndOntoThePage() throws Exception {
        String officer = "obninsk.officer";
        long declarant = newEmployee("Колонкин" + SERIAL.incrementAndGet());
        long ob = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.TRANSFER,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        String form = mvc.perform(
                        get("/declarations/obligations/" + ob + "/form").with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains(
                        "Раздел 3.3. Цифровые финансовые активы и цифровые права",
                        "Раздел 3.4. Утилитарные цифровые права",
                        "Раздел 3.5. Цифровая валюта",
                        "доход от педагогической и научной деятельности",
                        "Серия паспорта",
                        "Адрес места регистрации",
                        "Основание приобретения и источник средств",
                        "Место регистрации",
                        "Вид счёта",
                        "Организационно-правовая форма",
                        "Уставный капитал, руб.",
                        "Вид пользования",
                        "Указа Президента РФ от 10.12.2020 № 778")
                .doesNotContain("доход от научной деятельности", "entry-dates");

        String location = mvc.perform(post("/declarations/obligations/" + ob + "/form")
                        .with(as(officer))
                        .with(csrf())
                        .param("persons[0].relation", "DECLARANT")
                        .param("persons[0].lastName", "Колонкин")
                        .param("persons[0].firstName", "Пётр")
                        .param("persons[0].post", "главный специалист отдела")
                        .param("persons[0].passportSeries", "2648")
                        .param("persons[0].passportNumber", "475646")
                        .param("persons[0].passportIssuedBy", "УМВД России по Калужской области")
                        .param("persons[0].passportIssuedOn", "2008-07-02")
                        .param("persons[0].address", "249030, г. Обнинск, ул. Колонная, д. 3, кв. 14")
                        .param("persons[0].incomes[0].kind", "TEACHING_AND_SCIENCE")
                        .param("persons[0].incomes[0].amount", "120 000")
                        .param("persons[0].realEstate[0].kind", "FLAT")
                        .param("persons[0].realEstate[0].ownership", "индивидуальная")
                        .param("persons[0].realEstate[0].area", "44,1")
                        .param("persons[0].realEstate[0].country", "Россия")
                        .param("persons[0].realEstate[0].address", "г. Обнинск, ул. Колонная, д. 3, кв. 14")
                        .param("persons[0].realEstate[0].basis", "договор купли-продажи от 10.02.2023, накопления")
                        .param("persons[0].vehicles[0].kind", "CAR")
                        .param("persons[0].vehicles[0].make", "Lada Vesta")
                        .param("persons[0].vehicles[0].year", "2020")
                        .param("persons[0].vehicles[0].ownership", "индивидуальная")
                        .param("persons[0].vehicles[0].registration", "МРЭО ГИБДД УМВД России по Калужской области")
                        .param("persons[0].utilityRights[0].name", "право требовать передачи вещи «Дрон-3»")
                        .param("persons[0].utilityRights[0].acquiredOn", "15.05." + YEAR)
                        .param("persons[0].utilityRights[0].investment", "25 000")
                        .param("persons[0].utilityRights[0].operator", "ООО «Платформа», ИНН 7700000000, г. Москва")
                        .param("persons[0].accounts[0].bank", "ПАО Сбербанк")
                        .param("persons[0].accounts[0].kind", "депозитный")
                        .param("persons[0].accounts[0].currency", "рубль")
                        .param("persons[0].accounts[0].openedOn", "2019-04-01")
                        .param("persons[0].accounts[0].balance", "310 000")
                        .param("persons[0].shares[0].company", "Ромашка")
                        .param("persons[0].shares[0].legalForm", "ООО")
                        .param("persons[0].shares[0].inn", DeclarationsTest.COMPANY_INN)
                        .param("persons[0].shares[0].address", "г. Калуга, ул. Полевая, д. 1")
                        .param("persons[0].shares[0].capital", "10 000")
                        .param("persons[0].shares[0].percent", "25")
                        .param("persons[0].shares[0].basis", "учредительный договор")
                        .param("persons[0].inUse[0].kind", "HOUSE")
                        .param("persons[0].inUse[0].area", "80")
                        .param("persons[0].inUse[0].country", "Россия")
                        .param("persons[0].inUse[0].basis", "договор от 15.12.2012 № 3")
                        .param("persons[0].inUse[0].useKind", "безвозмездное пользование")
                        .param("persons[0].inUse[0].useFrom", "2023")
                        .param("persons[0].inUse[0].useTo", "бессрочно")
                        .param("persons[1].relation", "SPOUSE")
                        .param("persons[1].lastName", "Колонкина")
                        .param("persons[1].firstName", "Ольга")
                        .param("persons[1].passportNumber", "999999"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/declarations/".length()));

        DeclarationContent content = declarations.open(user(officer), id).content();
        var p = content.declarant().orElseThrow();
        assertThat(p.title())
                .isEqualTo(new DeclarationContent.Title(
                        "главный специалист отдела",
                        "2648",
                        "475646",
                        "УМВД России по Калужской области",
                        LocalDate.of(2008, 7, 2),
                        "249030, г. Обнинск, ул. Колонная, д. 3, кв. 14"));
        assertThat(content.spouse().orElseThrow().title())
                .as("the title page is the declarant's only")
                .isNull();
        assertThat(p.incomes().getFirst().kind()).isEqualTo(IncomeKind.TEACHING_AND_SCIENCE);
        assertThat(p.realEstate().getFirst().basis()).isEqualTo("договор купли-продажи от 10.02.2023, накопления");
        assertThat(p.vehicles().getFirst().ownership()).isEqualTo("индивидуальная");
        assertThat(p.vehicles().getFirst().registration()).isEqualTo("МРЭО ГИБДД УМВД России по Калужской области");
        assertThat(p.utilityRights()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("право требовать передачи вещи «Дрон-3»");
            assertThat(u.acquiredOn()).isEqualTo(LocalDate.of(YEAR, 5, 15));
            assertThat(u.investment()).isEqualByComparingTo("25000");
            assertThat(u.operator()).isEqualTo("ООО «Платформа», ИНН 7700000000, г. Москва");
        });
        assertThat(p.accounts().getFirst().kind()).isEqualTo("депозитный");
        assertThat(p.accounts().getFirst().currency()).isEqualTo("рубль");
        var share = p.shares().getFirst();
        assertThat(share.legalForm()).isEqualTo("ООО");
        assertThat(share.address()).isEqualTo("г. Калуга, ул. Полевая, д. 1");
        assertThat(share.capital()).isEqualByComparingTo("10000");
        var use = p.inUse().getFirst();
        assertThat(use.useKind()).isEqualTo("безвозмездное пользование");
        assertThat(use.useFrom()).isEqualTo("2023");
        assertThat(use.useTo()).isEqualTo("бессрочно");

        String view = mvc.perform(get("/declarations/" + id).with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(view)
                .contains(
                        "Должность: главный специалист отдела",
                        "Паспорт: серия 2648 № 475646, выдан УМВД России по Калужской области 02.07.2008",
                        "Адрес места регистрации: 249030, г. Обнинск, ул. Колонная, д. 3, кв. 14",
                        "доход от педагогической и научной деятельности",
                        "основание приобретения и источник средств: договор купли-продажи от 10.02.2023, накопления",
                        "место регистрации: МРЭО ГИБДД УМВД России по Калужской области",
                        "Раздел 3.4. Утилитарные цифровые права",
                        "инвестировано 25 000,00 руб.",
                        "ПАО Сбербанк, депозитный, рубль",
                        "ООО Ромашка",
                        "местонахождение: г. Калуга, ул. Полевая, д. 1",
                        "уставный капитал 10 000,00 руб.",
                        "безвозмездное пользование с 2023 по бессрочно")
                .doesNotContain("??");

        // the form opened again to correct it carries every column back
        DeclarationForm again = DeclarationForm.of(content);
        assertThat(again.toContent(new java.util.ArrayList<>())).isEqualTo(content);

        // the extract: nothing of the title page, no addresses, no identifiers
        String extract = json.writeValueAsString(Extract.of(content));
        assertThat(extract)
                .doesNotContain(
                        "2648",
                        "475646",
                        "УМВД",
                        "главный специалист",
                        "Колонная",
                        "МРЭО",
                        "Полевая",
                        "Ромашка",
                        DeclarationsTest.COMPANY_INN,
                        "Платформа",
                        "Сбербанк",
                        "бессрочно",
                        "купли-продажи");
    }

    @Test
    void contentSealedBeforeTheColumnsExistedStillOpens() throws Exception {
        // the JSON the content was sealed as before issue 18 item 10: no title, no new columns, and
        // teaching and science as two kinds
        String old = """
                {"persons":[{"relation":"DECLARANT","lastName":"Старый","firstName":"Иван","middleName":null,
                "birthDate":"1970-01-02",
                "incomes":[{"kind":"TEACHING","description":null,"amount":100},
                           {"kind":"SCIENCE","description":"грант","amount":50},
                           {"kind":"MAIN_JOB","description":null,"amount":900000}],
                "expenses":[],
                "realEstate":[{"kind":"FLAT","ownership":"индивидуальная","area":44.1,"country":"Россия","address":"г. Калуга"}],
                "vehicles":[{"kind":"CAR","make":"Lada","year":2015}],
                "accounts":[{"bank":"ПАО Сбербанк","currency":"Текущий, рубль","openedOn":"2010-01-01","balance":10,"inflows":null}],
                "shares":[{"company":"ООО Ромашка","inn":null,"ogrn":null,"percent":10,"basis":"договор"}],
                "inUse":[{"kind":"HOUSE","area":80,"country":"Россия","basis":"безвозмездное пользование","address":null}],
                "digitalAssets":[],"digitalCurrency":[{"name":"Bitcoin","acquiredOn":"2020-01-01","units":1}],
                "securities":[],"obligations":[],"gifts":[]}]}""";
        DeclarationContent content = json.readValue(old, DeclarationContent.class);
        var p = content.declarant().orElseThrow();
        assertThat(p.title()).isNull();
        assertThat(p.utilityRights()).isEmpty();
        assertThat(p.incomes())
                .extracting(DeclarationContent.Income::kind)
                .containsExactly(IncomeKind.TEACHING_AND_SCIENCE, IncomeKind.TEACHING_AND_SCIENCE, IncomeKind.MAIN_JOB);
        assertThat(p.income()).isEqualByComparingTo("900150");
        assertThat(p.realEstate().getFirst().basis()).isNull();
        assertThat(p.vehicles().getFirst().registration()).isNull();
        assertThat(p.accounts().getFirst().kind()).isNull();
        assertThat(p.shares().getFirst().capital()).isNull();
        assertThat(p.inUse().getFirst().useKind()).isNull();
        assertThat(p.digitalCurrency()).hasSize(1);
        // and it writes and reads back as itself
        assertThat(json.readValue(json.writeValueAsString(content), DeclarationContent.class))
                .isEqualTo(content);
        // the form of a correction shows it, the old kinds as the one line
        assertThat(DeclarationForm.of(content).persons.getFirst().incomes)
                .extracting(r -> r.kind)
                .containsExactly("TEACHING_AND_SCIENCE", "TEACHING_AND_SCIENCE", "MAIN_JOB");

        // sealed in a declaration row as before: it opens, and its page and its form render
        String officer = "obninsk.officer";
        long declarant = newEmployee("Старый" + SERIAL.incrementAndGet());
        long ob = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.TRANSFER,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        long id = declarations.submit(user(officer), ob, DeclarationsTest.simple("Старый", "1", "1"));
        byte[] wrapped = jdbc.sql("select data_key from declaration where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        byte[] key = keys.dataKey(id, wrapped);
        jdbc.sql("update declaration set content = ? where id = ?")
                .params(
                        ru.probity.sealing.Sealing.seal(
                                key, old.getBytes(StandardCharsets.UTF_8), "declaration-content:" + id),
                        id)
                .update();
        assertThat(declarations.open(user(officer), id).content()).isEqualTo(content);
        String view = mvc.perform(get("/declarations/" + id).with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(view)
                .contains("доход от педагогической и научной деятельности (грант): 50,00", "ООО Ромашка: 10 %")
                .doesNotContain("id=\"title-page\"", "null", "??");
        mvc.perform(get("/declarations/obligations/" + ob + "/form").with(as(officer)))
                .andExpect(status().isOk());
    }

    @Test
    void theXlsxTemplateCarriesTheNewColumnsAndReadsTheOldKindsAsOneLine() throws Exception {
        String officer = "obninsk.officer";
        long declarant = newEmployee("Табличный" + SERIAL.incrementAndGet());
        long ob = campaigns.oblige(
                user(officer),
                declarant,
                ObligationKind.TRANSFER,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
        byte[] template = mvc.perform(get("/declarations/template.xlsx").with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(book.getSheet("Утилитарные ЦП")).isNotNull();
            assertThat(book.getSheet("Лица").getRow(0).getCell(7).getStringCellValue())
                    .isEqualTo("Паспорт: серия");
            assertThat(book.getSheet("Счета").getRow(0).getCell(6).getStringCellValue())
                    .isEqualTo("Вид счёта");
        }
        var sheets = new java.util.LinkedHashMap<String, String[][]>();
        sheets.put("Лица", new String[][] {
            {
                "1",
                "декларант",
                "Табличный",
                "Пётр",
                null,
                null,
                "ведущий специалист",
                "2648",
                "475646",
                "УМВД России по Калужской области",
                "02.07.2008",
                "г. Обнинск, ул. Табличная, д. 1"
            }
        });
        sheets.put(
                "Доходы",
                new String[][] {{"1", "доход от научной деятельности", null, "1000"}, {"1", "TEACHING", null, "2000"}});
        sheets.put("Недвижимость", new String[][] {
            {"1", "квартира", "индивидуальная", "44,1", "Россия", "г. Обнинск", "договор дарения от 01.02.2020"}
        });
        sheets.put(
                "Транспорт",
                new String[][] {{"1", "автомобиль легковой", "Kia Rio", "2016", "индивидуальная", "ГИБДД"}});
        sheets.put(
                "Утилитарные ЦП", new String[][] {{"1", "УЦП «Дрон-3»", "01.03." + YEAR, "25 000", "ООО «Платформа»"}});
        sheets.put(
                "Счета", new String[][] {{"1", "ПАО Сбербанк", "рубль", "01.04.2019", "310 000", null, "депозитный"}});
        sheets.put("Участие", new String[][] {
            {
                "1",
                "Ромашка",
                DeclarationsTest.COMPANY_INN,
                null,
                "25",
                "учредительный договор",
                "ООО",
                "г. Калуга",
                "10 000"
            }
        });
        sheets.put("В пользовании", new String[][] {
            {
                "1",
                "жилой дом, дача",
                "80",
                "Россия",
                "договор № 3",
                null,
                "безвозмездное пользование",
                "2023",
                "бессрочно"
            }
        });
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/declarations/obligations/" + ob + "/import")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "d.xlsx", null, workbook(sheets)))
                        .with(as(officer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/declarations/").doesNotContain("obligations");
        long id = Long.parseLong(location.substring("/declarations/".length()));
        var p = declarations.open(user(officer), id).content().declarant().orElseThrow();
        assertThat(p.title().passportNumber()).isEqualTo("475646");
        assertThat(p.title().passportIssuedOn()).isEqualTo(LocalDate.of(2008, 7, 2));
        assertThat(p.title().post()).isEqualTo("ведущий специалист");
        assertThat(p.incomes())
                .extracting(DeclarationContent.Income::kind)
                .containsOnly(IncomeKind.TEACHING_AND_SCIENCE);
        assertThat(p.realEstate().getFirst().basis()).isEqualTo("договор дарения от 01.02.2020");
        assertThat(p.vehicles().getFirst().registration()).isEqualTo("ГИБДД");
        assertThat(p.utilityRights().getFirst().investment()).isEqualByComparingTo("25000");
        assertThat(p.accounts().getFirst().kind()).isEqualTo("депозитный");
        assertThat(p.shares().getFirst().legalForm()).isEqualTo("ООО");
        assertThat(p.shares().getFirst().capital()).isEqualByComparingTo("10000");
        assertThat(p.inUse().getFirst().useTo()).isEqualTo("бессрочно");
    }

    private static byte[] workbook(java.util.Map<String, String[][]> sheets) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
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
            });
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aDeclarationOnEntryShowsItsReportingDates() throws Exception {
        String officer = "obninsk.officer";
        long declarant = newEmployee("Поступающий" + SERIAL.incrementAndGet());
        LocalDate today = LocalDate.now();
        long ob = campaigns.oblige(
                user(officer), declarant, ObligationKind.ENTRY, today.getYear() - 1, today.plusDays(10), null);
        String form = mvc.perform(
                        get("/declarations/obligations/" + ob + "/form").with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String date = today.withDayOfMonth(1).minusMonths(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(form)
                .contains(
                        "id=\"entry-dates\"",
                        "доходы — за " + (today.getYear() - 1) + " год",
                        "по состоянию на " + date,
                        "Указом Президента РФ от 18.05.2009 № 559");
    }
}
