package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import ru.probity.IntegrationTest;
import ru.probity.procurement.affiliation.PathStep;

/** The findings pages: list, card with its picture, the workflow, the export and who may do what. */
@RecordApplicationEvents
class FindingsWorkflowTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ru.probity.region.PeriodFigures periodFigures;

    @Autowired
    ru.probity.platform.RegionTime regionTime;

    record Fixture(long findingId, long contractId, String regNum, long officialId) {}

    /** A contract of УГХ and a finding on it: an employee's relative directs the supplier. */
    Fixture finding(String confidence) {
        return finding(confidence, "44fz_31_1_9");
    }

    /** The same, listing the given rules (the first is the primary one). */
    Fixture finding(String confidence, String... rules) {
        long ugh = organizationId(UGH);
        var official = jdbc.sql("""
                select e.id, e.last_name || ' ' || e.first_name as name, r.id as relative_id
                from employee e join relative r on r.employee_id = e.id
                where e.organization_id = ? and e.active
                  -- not one of the demo accounts: a finding about them is not theirs to see (Hole15OwnCasesTest)
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                order by e.id, r.id limit 1""")
                .param(ugh)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)})
                .single();
        long importId = jdbc.sql("""
                insert into procurement_import (file_name, kind, documents, imported_by)
                values ('contracts.xml', 'CONTRACTS', 1, 'test') returning id""").query(Long.class).single();
        String regNum = "340270" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000_000L);
        long contractId =
                jdbc.sql("""
                insert into contract (reg_num, number, sign_date, customer_inn, customer_name, organization_id, price,
                  currency, subject, purchase_number, single_supplier, suppliers, import_id)
                values (?, '17-К', date '2024-03-15', '4027000000', 'УГХ г. Калуги', ?, 1250000.50, 'RUB',
                  'Ремонт дорог', '0137300000124000001', true,
                  '[{"kind": "LEGAL_ENTITY", "inn": "4027111111", "name": "ООО \\"Дорстрой <плюс>\\""}]'::jsonb, ?)
                returning id""").params(regNum, ugh, importId).query(Long.class).single();
        String path = """
                [{"from": "%s (ИНН 402700000001)", "relation": "супруга", "to": "Петрова Анна Ивановна (ИНН 402700000002)"},
                 {"from": "Петрова Анна Ивановна (ИНН 402700000002)", "relation": "генеральный директор",
                  "to": "ООО \\"Дорстрой <плюс>\\" (ИНН 4027111111)"}]""".formatted(official[1]);
        long findingId = jdbc.sql("""
                insert into finding (contract_id, organization_id, official_employee_id, person_kind, person_id, rule,
                  rules, confidence, path, explanation, updated_by, fingerprint)
                values (?, ?, ?, 'RELATIVE', ?, ?, ?, ?, ?::jsonb,
                  'Супруга сотрудника — генеральный директор поставщика ООО «Дорстрой плюс».', 'system', ?)
                returning id""")
                .params(
                        contractId,
                        ugh,
                        official[0],
                        official[2],
                        rules[0],
                        rules,
                        confidence,
                        path,
                        UUID.randomUUID().toString())
                .query(Long.class)
                .single();
        jdbc.sql("insert into finding_event (finding_id, username, kind, status) values (?, 'system', 'FOUND', 'NEW')")
                .param(findingId)
                .update();
        return new Fixture(findingId, contractId, regNum, (long) official[0]);
    }

    String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String statusOf(long id) {
        return jdbc.sql("select status from finding where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void theOfficerTakesAFindingUnderReviewAndConfirmsItWithAReason() throws Exception {
        Fixture f = finding("HIGH");

        String list = page("ugh.officer", "/findings");
        assertThat(list).contains(f.regNum()).contains("Конфликт интересов с участником закупки");
        assertThat(list).doesNotContain("??");

        String card = page("ugh.officer", "/findings/" + f.findingId());
        assertThat(card)
                .contains("<svg")
                .contains("генеральный директор")
                .contains("&lt;плюс&gt;")
                .doesNotContain("<плюс>")
                .contains("44-ФЗ ст.31 ч.1 п.9")
                .contains("Взять на проверку")
                .doesNotContain("??");

        mvc.perform(post("/findings/" + f.findingId() + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(f.findingId())).isEqualTo("UNDER_REVIEW");

        String refused = mvc.perform(post("/findings/" + f.findingId() + "/status")
                        .param("status", "CONFIRMED")
                        .param("reason", "   ")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Укажите обоснование");
        assertThat(statusOf(f.findingId())).isEqualTo("UNDER_REVIEW");

        mvc.perform(post("/findings/" + f.findingId() + "/status")
                        .param("status", "CONFIRMED")
                        .param("reason", "Родство подтверждено записью акта о браке")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(f.findingId())).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select resolution || '|' || updated_by from finding where id = ?")
                        .param(f.findingId())
                        .query(String.class)
                        .single())
                .isEqualTo("Родство подтверждено записью акта о браке|ugh.officer");
        assertThat(jdbc.sql("select kind || ':' || coalesce(status, '') from finding_event where finding_id = ?"
                                + " order by at, id")
                        .param(f.findingId())
                        .query(String.class)
                        .list())
                .containsExactly("FOUND:NEW", "STATUS:UNDER_REVIEW", "ASSIGNED:", "STATUS:CONFIRMED");
        assertThat(events.stream(FindingConfirmed.class))
                .containsExactly(new FindingConfirmed(
                        f.findingId(), f.contractId(), organizationId(UGH), f.officialId(), "44fz_31_1_9"));

        String decided = page("ugh.officer", "/findings/" + f.findingId());
        assertThat(decided)
                .contains("Родство подтверждено записью акта о браке")
                .contains("Вернуть на проверку");
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'FINDING' and subject_id = ?"
                                + " and action = 'READ' and username = 'ugh.officer'")
                        .param(f.findingId())
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(3);

        mvc.perform(post("/findings/" + f.findingId() + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(f.findingId())).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theFindingsConfirmedInAPeriodAreWhatTheMonitoringReportIsPreFilledWith() throws Exception {
        Fixture f = finding("HIGH");
        for (String[] step : new String[][] {{"UNDER_REVIEW", ""}, {"CONFIRMED", "Родство подтверждено"}}) {
            mvc.perform(post("/findings/" + f.findingId() + "/status")
                            .param("status", step[0])
                            .param("reason", step[1])
                            .with(as("ugh.officer"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        long ugh = organizationId(UGH);
        java.time.LocalDate today = regionTime.today();
        var officer = ((ru.probity.access.CurrentUserHolder) users.loadUserByUsername("ugh.officer")).currentUser();
        long figure = periodFigures
                .figures(officer, java.util.Set.of(ugh), today, today)
                .get(ugh)
                .get("procurement.findingsConfirmed");
        String link = periodFigures.indicators(officer).stream()
                .filter(k -> k.indicator().id().equals("procurement.findingsConfirmed"))
                .findFirst()
                .orElseThrow()
                .indicator()
                .linkFor(ugh, today, today);
        String list = page("ugh.officer", link);
        assertThat(list).contains(f.regNum()).contains("решение по которым (нынешнее состояние) принято с");
        assertThat(figure).isPositive().isEqualTo(list.split("data-finding=\"", -1).length - 1);
        // a day before: neither counts it
        String before = page("ugh.officer", link.replace("decidedTo=" + today, "decidedTo=" + today.minusDays(1)));
        assertThat(before).doesNotContain(f.regNum());
    }

    @Test
    void commentsAndAssignmentsAreRecorded() throws Exception {
        Fixture f = finding("MEDIUM");
        mvc.perform(post("/findings/" + f.findingId() + "/comment")
                        .param("text", "Запрошены сведения в ЗАГС")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/findings/" + f.findingId() + "/assign")
                        .param("assignee", "ugh.officer")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select assignee from finding where id = ?")
                        .param(f.findingId())
                        .query(String.class)
                        .single())
                .isEqualTo("ugh.officer");
        // an officer of another municipality cannot be given a finding he cannot see
        String refused = mvc.perform(post("/findings/" + f.findingId() + "/assign")
                        .param("assignee", "obninsk.officer")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("нельзя назначить");
        String card = page("ugh.officer", "/findings/" + f.findingId());
        assertThat(card).contains("Запрошены сведения в ЗАГС").contains("назначен ответственный");
        // a decision straight from NEW is not a step of the workflow
        mvc.perform(post("/findings/" + f.findingId() + "/status")
                        .param("status", "DISMISSED")
                        .param("reason", "нет")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(statusOf(f.findingId())).isEqualTo("NEW");
    }

    @Test
    void aFindingOutsideTheSubtreeIsNeitherShownNorChanged() throws Exception {
        Fixture f = finding("HIGH");
        mvc.perform(get("/findings/" + f.findingId()).with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/findings/" + f.findingId() + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page("obninsk.officer", "/findings?confidence=ALL")).doesNotContain(f.regNum());
        assertThat(xlsx("obninsk.officer", "/findings/export.xlsx?confidence=ALL"))
                .noneMatch(line -> line.contains(f.regNum()));
        assertThat(statusOf(f.findingId())).isEqualTo("NEW");
    }

    @Test
    void theHeadReadsButDoesNotDecideAndTheEmployeeSeesNothing() throws Exception {
        Fixture f = finding("HIGH");
        String card = page("ugh.head", "/findings/" + f.findingId());
        assertThat(card).contains("<svg").doesNotContain("id=\"take-form\"");
        assertThat(page("ugh.head", "/findings")).contains(f.regNum());
        for (String action : new String[] {"status", "assign", "comment"}) {
            mvc.perform(post("/findings/" + f.findingId() + "/" + action)
                            .param("status", "UNDER_REVIEW")
                            .param("text", "x")
                            .with(as("ugh.head"))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(statusOf(f.findingId())).isEqualTo("NEW");
        mvc.perform(get("/findings").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/findings/" + f.findingId()).with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/findings/export.xlsx").with(as("ugh.employee"))).andExpect(status().isForbidden());
    }

    @Test
    void leadsOfLowConfidenceAreShownOnlyWhenAskedFor() throws Exception {
        Fixture f = finding("LOW");
        assertThat(page("ugh.officer", "/findings")).doesNotContain(f.regNum());
        String low = page("ugh.officer", "/findings?confidence=LOW&rule=44fz_31_1_9&q=Дорстрой");
        assertThat(low).contains(f.regNum()).contains("зацепка — требует проверки");
        assertThat(page("ugh.officer", "/findings?confidence=LOW&q=nothing-like-this"))
                .doesNotContain(f.regNum());
    }

    @Test
    void theExportHoldsTheFindingsAndIsLogged() throws Exception {
        Fixture f = finding("HIGH");
        List<String> lines = xlsx("ugh.officer", "/findings/export.xlsx?organization=" + organizationId(UGH));
        assertThat(lines.getFirst()).contains("Реестровый номер").contains("Норма закона");
        assertThat(lines)
                .anyMatch(line -> line.contains(f.regNum())
                        && line.contains("Конфликт интересов с участником закупки")
                        && line.contains("44-ФЗ ст.31 ч.1 п.9")
                        && line.contains("высокая")
                        && line.contains("Дорстрой"));
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'FINDING' and subject_id = ?"
                                + " and action = 'EXPORT' and username = 'ugh.officer'")
                        .param(f.findingId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /**
     * One finding per conflict (issue 16): a conflict under 44-ФЗ and 273-ФЗ is one row of the list,
     * of the counts and of the export, its card shows both articles, one decision settles it and
     * sends one case to the commission.
     */
    @Test
    void aConflictUnderBothLawsIsOneFindingReviewedOnce() throws Exception {
        Fixture f = finding("HIGH", "44fz_31_1_9", "273fz_10");

        String list = page("ugh.officer", "/findings?q=" + f.regNum());
        assertThat(list.split("data-finding=\"", -1)).hasSize(2);
        assertThat(list)
                .contains("Конфликт интересов с участником закупки")
                .contains("Личная заинтересованность")
                .contains("44-ФЗ ст.31 ч.1 п.9")
                .contains("273-ФЗ ст.10");
        // either rule finds it, once
        assertThat(page("ugh.officer", "/findings?rule=273fz_10&q=" + f.regNum()))
                .contains("data-finding=\"" + f.findingId() + "\"");
        assertThat(page("ugh.officer", "/findings?rule=shared_contact&q=" + f.regNum()))
                .doesNotContain("data-finding=\"" + f.findingId() + "\"");

        String card = page("ugh.officer", "/findings/" + f.findingId());
        assertThat(card)
                .contains("id=\"finding-rules\"")
                .contains("44-ФЗ ст.31 ч.1 п.9 — конфликт интересов между участником закупки и заказчиком")
                .contains("273-ФЗ ст.10 — личная заинтересованность")
                .doesNotContain("??");

        List<String> lines = xlsx("ugh.officer", "/findings/export.xlsx?q=" + f.regNum());
        assertThat(lines)
                .filteredOn(line -> line.contains(f.regNum()))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("Конфликт интересов с участником закупки; Личная заинтересованность")
                        .contains("44-ФЗ ст.31 ч.1 п.9")
                        .contains("273-ФЗ ст.10"));

        for (String[] step : new String[][] {{"UNDER_REVIEW", null}, {"CONFIRMED", "Родство подтверждено"}}) {
            var request = post("/findings/" + f.findingId() + "/status")
                    .param("status", step[0])
                    .with(as("ugh.officer"))
                    .with(csrf());
            if (step[1] != null) {
                request.param("reason", step[1]);
            }
            mvc.perform(request).andExpect(status().is3xxRedirection());
        }
        assertThat(statusOf(f.findingId())).isEqualTo("CONFIRMED");
        assertThat(events.stream(FindingConfirmed.class).filter(e -> e.findingId() == f.findingId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("44fz_31_1_9");
                    assertThat(e.rules()).containsExactly("44fz_31_1_9", "273fz_10");
                });
    }

    /** The number of a finding merged into another (V23_20) leads to the one it was merged into. */
    @Test
    void aMergedFindingsNumberLeadsToTheFindingItWasMergedInto() throws Exception {
        Fixture f = finding("HIGH", "44fz_31_1_9", "273fz_10");
        long gone = f.findingId() + 1_000_000;
        jdbc.sql("insert into finding_merged (merged_id, finding_id) values (?, ?)")
                .params(gone, f.findingId())
                .update();
        mvc.perform(get("/findings/" + gone).with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/findings/" + f.findingId()));
        mvc.perform(get("/findings/" + (gone + 1)).with(as("ugh.officer"))).andExpect(status().isNotFound());
    }

    @Test
    void thePictureDrawsEveryNodeEscapedAndWrapsLongPaths() {
        List<PathStep> path = new ArrayList<>();
        String[] names = {"Иванов Иван", "Иванова Мария", "Петров Пётр", "Петрова Анна", "Сидоров Олег"};
        for (int i = 0; i < 5; i++) {
            path.add(new PathStep(names[i], "связь <" + i + ">", i == 4 ? "ООО «Последнее» & Ко" : names[i + 1]));
        }
        String svg = FindingPicture.svg(path);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg)
                .contains("связь &lt;3&gt;")
                .contains("ООО «Последнее» &amp; Ко")
                .doesNotContain("<3>");
        assertThat(svg.split("<rect", -1)).hasSize(7);
        assertThat(svg).contains("node-company").contains("node-person");
        assertThat(FindingPicture.isCompany("Иванов Иван Иванович (ИНН 402700000001)"))
                .isFalse();
        assertThat(FindingPicture.isCompany("ООО Ромашка (ИНН 4027111111)")).isTrue();
        assertThat(FindingPicture.svg(List.of())).isEmpty();
    }

    private List<String> xlsx(String username, String url) throws Exception {
        byte[] bytes = mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            for (var row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(formatter.formatCellValue(cell)).append(" | "));
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
