package ru.probity.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.probity.access.CurrentUser;
import ru.probity.notifications.model.NotificationStatus;

/**
 * JSON API of notifications for HR and document management systems: the register of the subtree,
 * a card, filing by the employee, registration of a paper notification, the preliminary review and
 * its outcome, the statistics. The same rules as the pages; every read is logged.
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = "application/json")
@Tag(name = "Уведомления", description = "Уведомления служащих и журналы их регистрации")
class NotificationApi {

    private final Notifications notifications;
    private final NotificationStatistics statistics;

    NotificationApi(Notifications notifications, NotificationStatistics statistics) {
        this.notifications = notifications;
        this.statistics = statistics;
    }

    @GetMapping
    @Operation(summary = "Реестр уведомлений поддерева: фильтры по виду, статусу, организации, году регистрации")
    List<Notification> register(
            @RequestParam(required = false) NotificationKind kind,
            @RequestParam(required = false) NotificationStatus status,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return notifications.register(
                CurrentUser.get(), new Notifications.Filter(kind, status, organizationId, year, q, overdue), 1000);
    }

    @GetMapping("/mine")
    @Operation(summary = "Свои уведомления служащего")
    List<Notification> mine() {
        return notifications.mine(CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Уведомление")
    Notification get(@PathVariable long id) {
        return notifications.get(CurrentUser.get(), id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Подать уведомление (служащий, от своего имени)")
    Notification file(@RequestBody NotificationForm form) {
        CurrentUser user = CurrentUser.get();
        return notifications.get(user, notifications.file(user, form, List.of()));
    }

    @PostMapping(path = "/paper", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Зарегистрировать уведомление, поступившее на бумаге (номер присваивается сразу)")
    Notification registerPaper(@RequestBody NotificationForm form) {
        CurrentUser user = CurrentUser.get();
        return notifications.get(user, notifications.registerPaper(user, form, List.of()));
    }

    @PostMapping("/{id}/registration")
    @Operation(summary = "Зарегистрировать поданное уведомление")
    Notification register(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        notifications.register(user, id);
        return notifications.get(user, id);
    }

    /** A text: the conclusion or the outcome. */
    record Text(String text) {}

    @PostMapping(path = "/{id}/conclusion", consumes = "application/json")
    @Operation(summary = "Мотивированное заключение по результатам предварительного рассмотрения")
    Notification conclude(@PathVariable long id, @RequestBody Text body) {
        CurrentUser user = CurrentUser.get();
        notifications.conclude(user, id, body.text());
        return notifications.get(user, id);
    }

    @PostMapping("/{id}/commission")
    @Operation(summary = "Направить в комиссию (после заключения)")
    Notification sendToCommission(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        notifications.sendToCommission(user, id);
        return notifications.get(user, id);
    }

    @PostMapping(path = "/{id}/closure", consumes = "application/json")
    @Operation(summary = "Закрыть без направления в комиссию, с результатом рассмотрения")
    Notification close(@PathVariable long id, @RequestBody Text body) {
        CurrentUser user = CurrentUser.get();
        notifications.close(user, id, body.text());
        return notifications.get(user, id);
    }

    @PostMapping("/{id}/requests")
    @Operation(summary = "Отметить направление запросов: срок заключения — 45 дней со дня поступления")
    Notification requestsSent(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        notifications.requestsSent(user, id);
        return notifications.get(user, id);
    }

    /** An extension of the review's term: days (at most 30) and the reason. */
    record Extension(Integer days, String reason) {}

    @PostMapping(path = "/{id}/extension", consumes = "application/json")
    @Operation(summary = "Продлить срок предварительного рассмотрения (однажды, после направления запросов)")
    Notification extendReview(@PathVariable long id, @RequestBody Extension body) {
        CurrentUser user = CurrentUser.get();
        notifications.extendReview(user, id, body.days(), body.reason());
        return notifications.get(user, id);
    }

    /** A gift's handover act: its number and date (yyyy-MM-dd or dd.MM.yyyy). */
    record Handover(String act, String on) {}

    @PostMapping(path = "/{id}/gift/handover", consumes = "application/json")
    @Operation(summary = "Акт приёма-передачи подарка (ПП РФ № 10)")
    Notification giftHandedOver(@PathVariable long id, @RequestBody Handover body) {
        CurrentUser user = CurrentUser.get();
        notifications.giftHandedOver(user, id, body.act(), body.on());
        return notifications.get(user, id);
    }

    /** A gift's valuation: the sum in roubles and its date. */
    record Valuation(String sum, String on) {}

    @PostMapping(path = "/{id}/gift/valuation", consumes = "application/json")
    @Operation(summary = "Оценка подарка комиссией по поступлению и выбытию активов")
    Notification giftValued(@PathVariable long id, @RequestBody Valuation body) {
        CurrentUser user = CurrentUser.get();
        notifications.giftValued(user, id, body.sum(), body.on());
        return notifications.get(user, id);
    }

    /** The employee's application to buy the gift back: its date and the price (blank: the valuation). */
    record Buyback(String appliedOn, String sum) {}

    @PostMapping(path = "/{id}/gift/buyback", consumes = "application/json")
    @Operation(summary = "Выкуп подарка по заявлению служащего")
    Notification giftBoughtBack(@PathVariable long id, @RequestBody Buyback body) {
        CurrentUser user = CurrentUser.get();
        notifications.giftBoughtBack(user, id, body.appliedOn(), body.sum());
        return notifications.get(user, id);
    }

    /** Statistics of a period. */
    record Statistics(
            LocalDate from,
            LocalDate to,
            List<NotificationStatistics.Line> byKind,
            List<NotificationStatistics.Line> byOrganization) {}

    @GetMapping("/statistics")
    @Operation(summary = "Статистика уведомлений за период: по видам и по организациям")
    Statistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CurrentUser user = CurrentUser.get();
        NotificationStatistics.Period period = NotificationStatistics.Period.of(from, to);
        return new Statistics(
                period.from(), period.to(), statistics.byKind(user, period), statistics.byOrganization(user, period));
    }
}
