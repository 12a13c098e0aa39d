package ru.probity.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Page;
import ru.probity.reports.engine.ReportStatus;

/**
 * JSON API of reports of corruption for officers (stateless HTTP Basic, like the rest of
 * {@code /api/v1}): the register with its terms, a report's requisites and history, its content and
 * files, the statistics. The same rules as the pages: the register and the statistics for the
 * officers, the regional administrator and the custodian of the subtree; the content and files for
 * the assigned officer only, every reading written to the access log.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = "application/json")
@Tag(name = "Сообщения о коррупции", description = "Реестр, содержание (только исполнителю), статистика")
class ReportsApi {

    private final Reports reports;
    private final ReportStatistics statistics;

    ReportsApi(Reports reports, ReportStatistics statistics) {
        this.reports = reports;
        this.statistics = statistics;
    }

    @GetMapping
    @Operation(
            summary = "Реестр сообщений поддерева, новые первыми: реквизиты и сроки, без содержания;"
                    + " фильтры по состоянию, каналу и дате поступления (from, to), постранично")
    Page<ReportCard> list(
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) ReportChannel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return reports.page(CurrentUser.get(), status, channel, from, to, page, Math.min(Math.max(size, 1), 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Реквизиты и сроки сообщения (59-ФЗ), без содержания")
    ReportCard card(@PathVariable long id) {
        return reports.card(CurrentUser.get(), id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "История сообщения: регистрация, назначение, продление, ответ — без содержания")
    List<Reports.Event> history(@PathVariable long id) {
        return reports.history(CurrentUser.get(), id);
    }

    @GetMapping("/{id}/content")
    @Operation(
            summary = "Содержание сообщения: текст, файлы, переписка, ответ — только назначенному исполнителю;"
                    + " каждое чтение записывается в журнал доступа")
    Reports.Content content(@PathVariable long id) {
        return reports.content(CurrentUser.get(), id);
    }

    @GetMapping(path = "/{id}/files/{fileId}", produces = "*/*")
    @Operation(summary = "Файл сообщения — только назначенному исполнителю; чтение записывается в журнал доступа")
    void file(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        PublicReportController.send(reports.file(CurrentUser.get(), id, fileId), response);
    }

    @GetMapping("/statistics")
    @Operation(
            summary = "Статистика за период (по умолчанию — текущий год): итоги, по месяцам, каналам, темам,"
                    + " состояниям и по организациям поддерева с накоплением; только по реквизитам")
    ReportStatistics.Statistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ReportChannel channel,
            @RequestParam(required = false) ReportTopic topic,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "false") boolean municipal) {
        return statistics.compute(
                CurrentUser.get(),
                new ReportStatistics.Query(from, to, organizationId, channel, topic, status, municipal));
    }
}
