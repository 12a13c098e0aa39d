package ru.probity.redflags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.PurchaseFacts;

/**
 * The red-flags page: flags computed on the stored purchases show in the customer's subtree with
 * their risk, filters, charts and card; an officer sends a flag to review and decides it, or
 * dismisses it with a reason, and a recompute keeps the decision; a flag no longer found is marked
 * gone and comes back when found again; the XLSX holds the filtered list.
 */
class RedFlagsPageTest extends IntegrationTest {

    @Autowired
    ContractImport contractImport;

    @Autowired
    PurchaseFacts facts;

    @Autowired
    RedFlagsComputation computation;

    RedFlagsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RedFlagsFixture(jdbc, contractImport, facts, computation);
    }

    private Document page(String url, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String flagStatus(long id) {
        return jdbc.sql("select status from red_flag where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void aSingleBidShowsWithItsRiskChartsAndCard() throws Exception {
        var planted = fixture.singleBid(UGH, LocalDate.of(2026, 3, 12), "ООО «Кровля-Сервис»");

        // the demo has flags of its own: the list is filtered to the planted one's indicator and day
        Document list = page("/redflags?indicator=single_bid&from=2026-03-12&to=2026-03-12", "ugh.officer");
        var row = list.selectFirst("tr.redflag[data-flag=" + planted.flagId() + "]");
        assertThat(row).isNotNull();
        assertThat(row.text())
                .contains("Единственная заявка", planted.regNum(), "ООО «Кровля-Сервис»", "30 %", "новый");
        assertThat(list.select("#chart-indicator")).isNotEmpty();
        assertThat(list.select("#chart-month").text()).contains("03.2026");
        assertThat(list.select("#redflags-customers tr.redflag-customer").text())
                .contains("Управление городского хозяйства");
        assertThat(list.select("#nav-redflags.active")).isNotEmpty();

        Document card = page("/redflags/" + planted.flagId(), "ugh.officer");
        assertThat(card.select("#redflag-explanation").text())
                .contains("подана одна заявка", planted.purchaseNumber(), planted.regNum());
        assertThat(card.select("#redflag-value").text()).isEqualTo("1");
        assertThat(card.select("#redflag-threshold").text()).isEqualTo("1");
        assertThat(card.select("#redflag-definition").text()).contains("44-ФЗ");
        assertThat(card.select("#redflag-source").text()).contains("«Кардинал»");
        // the page's own text is Russian: the source is a citation as published (class typed, PageTextTest)
        assertThat(card.select("#redflag-source.typed")).isNotEmpty();
        var prose = card.select("main").clone();
        prose.select(".typed, code").remove();
        assertThat(prose.text()).doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(card.select("#redflag-documents li[data-kind=contract]").text())
                .contains(planted.regNum());
        // the purchase has no notice stored: the protocol behind the flag is the document
        assertThat(card.select("#redflag-documents li[data-kind=protocol]").text())
                .contains(planted.purchaseNumber());
        assertThat(jdbc.sql("select count(*) from access_log where username = 'ugh.officer'"
                                + " and subject_type = 'RED_FLAG' and subject_id = ? and action = 'READ'")
                        .param(planted.flagId())
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void reviewIsKeptByARecomputeAndHasItsHistory() throws Exception {
        var planted = fixture.singleBid(UGH, LocalDate.of(2026, 4, 2), "ООО «Один участник»");
        long id = planted.flagId();

        // a decision needs its reasons
        Document refused = Jsoup.parse(mvc.perform(post("/redflags/" + id + "/status")
                        .param("status", "DISMISSED")
                        .param("reason", "  ")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.text()).contains("Укажите обоснование решения");
        assertThat(flagStatus(id)).isEqualTo("NEW");

        mvc.perform(post("/redflags/" + id + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/redflags/" + id + "/status")
                        .param("status", "CONFIRMED")
                        .param("reason", "Заказчик сузил требования: закупка у одного поставщика")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(flagStatus(id)).isEqualTo("CONFIRMED");

        fixture.compute();
        assertThat(flagStatus(id)).isEqualTo("CONFIRMED");
        Document card = page("/redflags/" + id, "ugh.officer");
        assertThat(card.select("#redflag-resolution").text()).contains("сузил требования");
        assertThat(card.select("#redflag-history tr[data-kind=STATUS]")).hasSize(2);
        assertThat(card.select("#redflag-history").text()).contains("на проверке", "подтверждён");

        // the auditor reads but does not decide
        assertThat(page("/redflags/" + id, "region.auditor").select("#decide-form"))
                .isEmpty();
        mvc.perform(post("/redflags/" + id + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(csrf())
                        .with(as("region.auditor")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNewFlagIsDismissedWithAReason() throws Exception {
        var planted = fixture.singleBid(UGH, LocalDate.of(2026, 4, 20), "ООО «Лицензия»");
        mvc.perform(post("/redflags/" + planted.flagId() + "/status")
                        .param("status", "DISMISSED")
                        .param("reason", "Единственный обладатель лицензии на работы")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(flagStatus(planted.flagId())).isEqualTo("DISMISSED");
        // dismissed flags are not in the open list, they are in the dismissed one
        assertThat(page("/redflags?status=OPEN", "ugh.officer")
                        .select("tr.redflag[data-flag=" + planted.flagId() + "]"))
                .isEmpty();
        assertThat(page("/redflags?status=DISMISSED", "ugh.officer")
                        .select("tr.redflag[data-flag=" + planted.flagId() + "]"))
                .isNotEmpty();
    }

    @Test
    void aFlagNoLongerFoundIsGoneAndComesBack() {
        var planted = fixture.singleBid(UGH, LocalDate.of(2026, 5, 6), "ООО «Исчезающий»");
        var stored = facts.snapshot(); // the facts without the planted purchase's protocol
        computation.compute(
                new PurchaseFacts.Snapshot(
                        stored.version(),
                        stored.contracts(),
                        stored.notices(),
                        stored.protocols().stream()
                                .filter(p -> !p.purchaseNumber().equals(planted.purchaseNumber()))
                                .toList(),
                        stored.changes(),
                        stored.companies(),
                        stored.entrepreneurs()),
                "system");
        assertThat(flagStatus(planted.flagId())).isEqualTo("GONE");
        fixture.compute();
        assertThat(flagStatus(planted.flagId())).isEqualTo("NEW");
        assertThat(jdbc.sql("select string_agg(kind, ',' order by id) from red_flag_event where flag_id = ?")
                        .param(planted.flagId())
                        .query(String.class)
                        .single())
                .isEqualTo("GONE,REFOUND");
    }

    @Test
    void filtersNarrowTheListAndTheExportFollowsThem() throws Exception {
        var march = fixture.singleBid(UGH, LocalDate.of(2025, 3, 3), "ООО «Мартовский»");
        var june = fixture.singleBid(UGH, LocalDate.of(2025, 6, 9), "ООО «Июньский»");

        Document period = page("/redflags?from=2025-06-01&to=2025-06-30&indicator=single_bid", "ugh.officer");
        assertThat(period.select("tr.redflag[data-flag=" + june.flagId() + "]")).isNotEmpty();
        assertThat(period.select("tr.redflag[data-flag=" + march.flagId() + "]"))
                .isEmpty();
        assertThat(page("/redflags?risk=90", "ugh.officer").select("tr.redflag[data-flag=" + june.flagId() + "]"))
                .isEmpty();
        assertThat(page("/redflags?indicator=split_purchase", "ugh.officer")
                        .select("tr.redflag[data-flag=" + june.flagId() + "]"))
                .isEmpty();

        byte[] xlsx = mvc.perform(get("/redflags/export.xlsx?from=2025-06-01&to=2025-06-30")
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            workbook.getSheetAt(0)
                    .forEach(r -> r.forEach(
                            c -> text.append(formatter.formatCellValue(c)).append('|')));
            assertThat(workbook.getSheetName(0)).isEqualTo("Красные флаги");
        }
        assertThat(text).contains(june.regNum(), "Единственная заявка", "ООО «Июньский»");
        assertThat(text.toString()).doesNotContain(march.regNum());
    }

    @Test
    void theButtonRecomputesForOfficersOnly() throws Exception {
        mvc.perform(post("/redflags/recompute").with(csrf()).with(as("region.auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/redflags/recompute").with(csrf()).with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select computed_by from red_flag_run")
                        .query(String.class)
                        .single())
                .isEqualTo("ugh.officer");
        fixture.compute(); // the planted flags back for the other tests
    }

    @Test
    void anUnknownThresholdSettingStopsTheStart() {
        assertThatThrownBy(() ->
                        new RedFlagsComputation(null, null, new RedFlagSettings(Map.of("single_bids", 2.0), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("probity.redflags.thresholds.single_bids");
    }
}
