package ru.probity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.platform.WorkingDays;
import ru.probity.tasks.Task;

/**
 * Issue 18, item 11: the preliminary review's term from receipt (Указ №821: 7 working days, 45 days
 * when requests are sent, extendable once by 30); gifts under ПП РФ №10 (the notice's 3 working days,
 * the handover act of a gift over 3 000 ₽ or of unknown value within 5 working days, valuation and
 * buy-back by the commission on receipt and disposal of assets, never the conduct commission); the
 * new kinds; the spouse-income application (Указ №821 п.16 «б»).
 */
class NotificationTermsAndGiftsTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationTasks tasks;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private long paper(NotificationKind kind, LocalDate received, Map<String, String> details) {
        NotificationForm form = new NotificationForm();
        form.setKind(kind);
        form.setSummary("Поступило на бумаге");
        form.setDetails(new LinkedHashMap<>(details));
        form.setOrganizationId(organizationId(UGH));
        form.setPersonName("Бумажкин Пётр Петрович");
        form.setReceivedOn(received);
        return notifications.registerPaper(current("ugh.officer"), form, List.of());
    }

    private Notification card(long id) {
        return notifications.get(current("ugh.officer"), id);
    }

    private ResultActions officerPosts(long id, String action, String... params) throws Exception {
        var request = post("/notifications/" + id + action)
                .header("Referer", "http://localhost/notifications/" + id)
                .with(as("ugh.officer"))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private Optional<Task> task(long id, String kind) {
        return tasks.tasksOf(current("ugh.officer")).stream()
                .filter(t -> t.link().equals("/notifications/" + id) && t.kind().equals(kind))
                .findFirst();
    }

    private Map<String, String> gift(LocalDate receivedOn, String value) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("giftReceivedOn", receivedOn.toString());
        details.put("event", "Областной форум, г. Калуга");
        details.put("gift", "Настольные часы");
        if (value != null) {
            details.put("value", value);
        }
        return details;
    }

    @Test
    void theReviewTermRunsFromReceiptNotRegistration() throws Exception {
        LocalDate received = LocalDate.now().minusDays(12);
        long id = paper(
                NotificationKind.PERSONAL_INTEREST,
                received,
                Map.of("grounds", "Сестра — директор подрядчика", "duties", "Приёмка работ"));
        Notification n = card(id);
        assertThat(n.registeredOn()).isEqualTo(LocalDate.now());
        assertThat(n.receivedOn()).isEqualTo(received);
        // seven working days from the day it was received, not from the day it was entered
        assertThat(n.reviewBy()).isEqualTo(WorkingDays.plus(received, 7));
        assertThat(n.reviewBy()).isNotEqualTo(WorkingDays.plus(LocalDate.now(), 7));
        assertThat(n.reviewOverdue()).isTrue();
        assertThat(task(id, "tasks.kind.notificationConclude").orElseThrow().due())
                .isEqualTo(WorkingDays.plus(received, 7));
        mvc.perform(get("/notifications/" + id).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("семь рабочих дней со дня поступления")));
    }

    @Test
    void whenRequestsAreSentTheTermIsFortyFiveDaysFromReceiptAndIsExtendedOnceByThirty() throws Exception {
        LocalDate received = LocalDate.now().minusDays(3);
        long id = paper(
                NotificationKind.PERSONAL_INTEREST,
                received,
                Map.of("grounds", "Брат — учредитель поставщика", "duties", "Член единой комиссии"));

        // no extension before requests were sent
        officerPosts(id, "/extension", "days", "30", "reason", "Ответ не получен")
                .andExpect(flash().attribute("problem", "Срок продлевается, только если направлены запросы."));

        officerPosts(id, "/requests");
        Notification n = card(id);
        assertThat(n.requestsSentOn()).isEqualTo(LocalDate.now());
        assertThat(n.reviewBy()).isEqualTo(received.plusDays(45));
        assertThat(task(id, "tasks.kind.notificationConclude").orElseThrow().due())
                .isEqualTo(received.plusDays(45));
        officerPosts(id, "/requests").andExpect(flash().attribute("problem", "Направление запросов уже отмечено."));

        officerPosts(id, "/extension", "days", "30", "reason", " ")
                .andExpect(flash().attribute("problem", "Укажите основание продления срока."));
        officerPosts(id, "/extension", "days", "31", "reason", "Ответ из налоговой не получен")
                .andExpect(flash().attribute("problem", "Продлить срок можно не более чем на 30 дней."));
        officerPosts(id, "/extension", "days", "30", "reason", "Ответ из налоговой не получен")
                .andExpect(flash().attribute("notice", "notifications.extended"));
        n = card(id);
        assertThat(n.reviewBy()).isEqualTo(received.plusDays(75));
        assertThat(n.reviewExtensionReason()).isEqualTo("Ответ из налоговой не получен");
        officerPosts(id, "/extension", "days", "10", "reason", "Ещё раз")
                .andExpect(flash().attribute("problem", "Срок уже продлевался: продлить его можно один раз."));
        assertThat(card(id).reviewBy()).isEqualTo(received.plusDays(75));

        mvc.perform(get("/notifications/" + id).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("45 дней со дня поступления")))
                .andExpect(content().string(Matchers.containsString("Ответ из налоговой не получен")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void aGiftOverThreeThousandNeedsAHandoverActInFiveWorkingDays() throws Exception {
        long id = paper(NotificationKind.GIFT, LocalDate.now(), gift(LocalDate.now(), "ориентировочно 4 500 руб."));
        Notification n = card(id);
        assertThat(n.giftNeedsHandover()).isTrue();
        assertThat(n.giftHandoverBy()).isEqualTo(WorkingDays.plus(n.registeredOn(), 5));
        assertThat(task(id, "tasks.kind.notificationGiftHandover").orElseThrow().due())
                .isEqualTo(WorkingDays.plus(n.registeredOn(), 5));
        mvc.perform(get("/notifications/" + id).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Акт приёма-передачи")))
                .andExpect(content().string(Matchers.containsString("Комиссия по поступлению и выбытию активов")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

        officerPosts(id, "/gift/handover", "act", "", "on", LocalDate.now().toString())
                .andExpect(flash().attribute("problem", "Укажите номер акта приёма-передачи (до 200 знаков)."));
        officerPosts(id, "/gift/handover", "act", "17", "on", LocalDate.now().toString())
                .andExpect(flash().attribute("notice", "notifications.gift.handedOver"));
        n = card(id);
        assertThat(n.giftHandoverAct()).isEqualTo("17");
        assertThat(n.giftHandoverOn()).isEqualTo(LocalDate.now());
        assertThat(n.giftHandoverLate()).isFalse();
        assertThat(task(id, "tasks.kind.notificationGiftHandover")).isEmpty();

        // of unknown value: handed over too; up to 3 000 ₽: no act, no task
        long unknown = paper(NotificationKind.GIFT, LocalDate.now(), gift(LocalDate.now(), null));
        assertThat(card(unknown).giftNeedsHandover()).isTrue();
        assertThat(task(unknown, "tasks.kind.notificationGiftHandover")).isPresent();
        long cheap = paper(NotificationKind.GIFT, LocalDate.now(), gift(LocalDate.now(), "3 000"));
        assertThat(card(cheap).giftNeedsHandover()).isFalse();
        assertThat(task(cheap, "tasks.kind.notificationGiftHandover")).isEmpty();
    }

    @Test
    void aLateGiftNoticeIsFlaggedNotRefused() throws Exception {
        LocalDate gotGift = LocalDate.now().minusDays(14);
        long id = paper(NotificationKind.GIFT, LocalDate.now(), gift(gotGift, "1000"));
        Notification n = card(id);
        assertThat(n.status()).isEqualTo(NotificationStatus.REGISTERED);
        assertThat(n.giftNoticeLate()).isTrue();
        assertThat(n.detail("giftReceivedOn")).isEqualTo(ru.probity.platform.RussianFormats.date(gotGift));
        mvc.perform(get("/notifications/" + id).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("подано позже трёх рабочих дней")));
        // within three working days: no flag
        long inTime = paper(NotificationKind.GIFT, LocalDate.now(), gift(LocalDate.now(), "1000"));
        assertThat(card(inTime).giftNoticeLate()).isFalse();
    }

    @Test
    void aGiftDoesNotGoToTheConductCommission() throws Exception {
        long id = paper(NotificationKind.GIFT, LocalDate.now(), gift(LocalDate.now(), "12 000"));
        CurrentUser officer = current("ugh.officer");
        notifications.conclude(officer, id, "Подарок подлежит сдаче по акту.");
        mvc.perform(get("/notifications/" + id).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"send-to-commission\""))))
                .andExpect(content().string(Matchers.containsString("не направляется в комиссию по соблюдению")));
        officerPosts(id, "/commission")
                .andExpect(flash().attribute(
                                "problem",
                                Matchers.startsWith("Подарок не направляется в комиссию по соблюдению требований")));
        Thread.sleep(300);
        assertThat(jdbc.sql("select count(*) from commission_case where source_type = 'NOTIFICATION' and source_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(card(id).status()).isEqualTo(NotificationStatus.REVIEWED);

        // instead: the act, the valuation by the commission on assets, the buy-back on application
        officerPosts(id, "/gift/valuation", "sum", "9000", "on", LocalDate.now().toString())
                .andExpect(flash().attribute("problem", "Сначала запишите акт приёма-передачи."));
        officerPosts(id, "/gift/handover", "act", "А-5", "on", LocalDate.now().toString());
        officerPosts(
                        id,
                        "/gift/valuation",
                        "sum",
                        "девять тысяч",
                        "on",
                        LocalDate.now().toString())
                .andExpect(flash().attribute("problem", "Укажите сумму в рублях, например 4500 или 4 500,00."));
        officerPosts(
                        id,
                        "/gift/valuation",
                        "sum",
                        "9 500,50",
                        "on",
                        LocalDate.now().toString())
                .andExpect(flash().attribute("notice", "notifications.gift.valued"));
        officerPosts(id, "/gift/buyback", "appliedOn", LocalDate.now().toString(), "sum", "100")
                .andExpect(flash().attribute("problem", Matchers.startsWith("Цена выкупа не может быть ниже оценки")));
        officerPosts(id, "/gift/buyback", "appliedOn", LocalDate.now().toString(), "sum", "")
                .andExpect(flash().attribute("notice", "notifications.gift.boughtBack"));
        Notification n = card(id);
        assertThat(n.giftValuation()).isEqualByComparingTo(new BigDecimal("9500.50"));
        assertThat(n.giftBuybackSum()).isEqualByComparingTo(new BigDecimal("9500.50"));
        assertThat(n.giftBuybackAppliedOn()).isEqualTo(LocalDate.now());
        mvc.perform(get("/notifications/" + id).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("500,50")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

        // the gifts' journal shows the act, the valuation and the buy-back
        byte[] xlsx = mvc.perform(get("/notifications/journal.xlsx?kind=GIFT").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            for (var row : sheet) {
                for (var c : row) {
                    all.append(c.toString()).append('|');
                }
            }
            assertThat(all.toString())
                    .contains("Акт приёма-передачи")
                    .contains("№ А-5 от " + ru.probity.platform.RussianFormats.date(LocalDate.now()))
                    .contains("500,50");
        }

        // valued at not over 3 000 ₽: returned, never bought back
        long cheap = paper(NotificationKind.GIFT, LocalDate.now(), gift(LocalDate.now(), null));
        officerPosts(
                cheap, "/gift/handover", "act", "А-6", "on", LocalDate.now().toString());
        officerPosts(
                cheap, "/gift/valuation", "sum", "2500", "on", LocalDate.now().toString());
        assertThat(card(cheap).giftReturned()).isTrue();
        officerPosts(cheap, "/gift/buyback", "appliedOn", LocalDate.now().toString())
                .andExpect(flash().attribute(
                                "problem", "Подарок стоимостью не более 3 000 ₽ возвращается, а не выкупается."));
    }

    @Test
    void aSpouseIncomeApplicationIsDecidedUnderPoint16bAndNotAsANotification() throws Exception {
        mvc.perform(get("/notifications/new?kind=FAMILY_INCOME").with(as("ugh.employee")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Подать заявление")))
                .andExpect(content().string(Matchers.containsString("Подпункт «б» пункта 16")))
                .andExpect(content().string(Matchers.containsString("№ 821")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Подать уведомление"))));
        String location = mvc.perform(multipart("/notifications")
                        .param("kind", "FAMILY_INCOME")
                        .param("summary", "Не могу получить сведения о доходах супруги")
                        .param("details[relative]", "Иванова Мария Петровна")
                        .param("details[period]", "2025 год")
                        .param("details[reason]", "Раздельное проживание, супруга отказывается сообщить сведения")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "notifications.filed.APPLICATION"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/notifications/" + id).with(as("ugh.employee")))
                .andExpect(content().string(Matchers.containsString("<title>Заявление")))
                .andExpect(content().string(Matchers.containsString("Заявление о невозможности")));
        mvc.perform(get("/notifications/my").with(as("ugh.employee")))
                .andExpect(content().string(Matchers.containsString("Заявление о невозможности")));

        CurrentUser officer = current("ugh.officer");
        notifications.register(officer, id);
        notifications.conclude(officer, id, "Причина представляется объективной.");
        notifications.sendToCommission(officer, id);
        // decided by the commission: a case of its own kind opens there
        String kind = null;
        for (int i = 0; i < 100 && kind == null; i++) {
            kind = jdbc.sql("select kind from commission_case where source_type = 'NOTIFICATION' and source_id = ?")
                    .param(id)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (kind == null) {
                Thread.sleep(100);
            }
        }
        assertThat(kind).isEqualTo("FAMILY_INCOME");
    }

    @Test
    void theNewKindsHaveTheirJournalsLawAndStayWithTheEmployer() throws Exception {
        Map<NotificationKind, Map<String, String>> kinds = Map.of(
                NotificationKind.NPO_MANAGEMENT,
                Map.of("npo", "АНО «Калужский центр волонтёров»", "body", "Член наблюдательного совета"),
                NotificationKind.FOREIGN_AWARD,
                Map.of("award", "Орден Дружбы", "grantor", "Республика Беларусь"),
                NotificationKind.TRUST_MANAGEMENT,
                Map.of("securities", "Акции ПАО «Калужский завод», 100 шт.", "trustee", "ООО «УК Надёжная»"));
        Map<NotificationKind, String> law = Map.of(
                NotificationKind.NPO_MANAGEMENT, "Подпункт «б» пункта 3 части 1 статьи 14",
                NotificationKind.FOREIGN_AWARD, "Пункт 10 части 1 статьи 14",
                NotificationKind.TRUST_MANAGEMENT, "Часть 6 статьи 11");
        CurrentUser employee = current("ugh.employee");
        CurrentUser officer = current("ugh.officer");
        for (var e : kinds.entrySet()) {
            NotificationKind kind = e.getKey();
            mvc.perform(get("/notifications/new?kind=" + kind).with(as("ugh.employee")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(law.get(kind))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            NotificationForm form = new NotificationForm();
            form.setKind(kind);
            form.setSummary("Сообщаю");
            form.setDetails(new LinkedHashMap<>(e.getValue()));
            long id = notifications.file(employee, form, List.of());
            String number = notifications.register(officer, id);
            assertThat(number).startsWith(kind.code() + "-");
            mvc.perform(get("/notifications/journal?kind=" + kind).with(as("ugh.officer")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(number)))
                    .andExpect(content()
                            .string(Matchers.containsString(
                                    e.getValue().values().iterator().next())));
            notifications.conclude(officer, id, "Принято к сведению.");
            officerPosts(id, "/commission")
                    .andExpect(flash().attribute("problem", Matchers.containsString("а не комиссия")));
            notifications.close(officer, id, "Принято к сведению представителем нанимателя.");
            assertThat(card(id).status()).isEqualTo(NotificationStatus.CLOSED);
        }
    }

    String actText(long id, String username) throws Exception {
        byte[] docx = mvc.perform(
                        get("/notifications/" + id + "/gift/handover-act.docx").with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void theOfficerPrintsTheGiftsHandoverActFilledFromTheNotice() throws Exception {
        long id = paper(NotificationKind.GIFT, LocalDate.now(), gift(LocalDate.now(), null));
        assertThat(actText(id, "ugh.officer"))
                .contains("АКТ ПРИЁМА-ПЕРЕДАЧИ ПОДАРКА")
                .contains("№ ______ от")
                .contains("Настольные часы")
                .contains("неизвестна")
                .contains("Областной форум, г. Калуга")
                .contains("постановление Правительства РФ № 10");
        officerPosts(id, "/gift/handover", "act", "17", "on", LocalDate.now().toString());
        assertThat(actText(id, "ugh.officer")).contains("№ 17 от");
        // the card offers it to the officer; an employee who does not keep the register may not print it
        mvc.perform(get("/notifications/" + id).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("gift-act-download")));
        mvc.perform(get("/notifications/" + id + "/gift/handover-act.docx").with(as("ugh.employee")))
                .andExpect(status().isForbidden());
    }
}
