package ru.probity.acts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.probity.access.CurrentUser;

/**
 * JSON API of the legal acts: the register, versions, distribution for acknowledgement and its
 * state, the employee's own acknowledgements, letters and their receipt. The same rules as the
 * pages (role and organization subtree); the signature itself stays on the page, where the
 * employee reads the text and re-enters his password.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Документы", description = "Правовые акты, ознакомление под роспись, письма")
class ActsApi {

    private final LegalActs acts;
    private final Distributions distributions;
    private final Letters letters;
    private final AcknowledgementStatistics statistics;

    ActsApi(LegalActs acts, Distributions distributions, Letters letters, AcknowledgementStatistics statistics) {
        this.acts = acts;
        this.distributions = distributions;
        this.letters = letters;
        this.statistics = statistics;
    }

    @GetMapping("/acts")
    @Operation(summary = "Реестр документов: поиск по словам названия и текста в любой форме, фильтр по виду")
    List<LegalActs.Item> search(
            @RequestParam(required = false) String q, @RequestParam(required = false) ActKind kind) {
        return acts.search(CurrentUser.get(), q, kind, 500);
    }

    @GetMapping("/acts/{id}")
    @Operation(summary = "Документ с реквизитами")
    LegalAct get(@PathVariable long id) {
        return acts.get(CurrentUser.get(), id);
    }

    @PostMapping(path = "/acts", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Зарегистрировать документ (ведёт организация пользователя)")
    LegalAct create(@RequestBody ActForm form) {
        CurrentUser user = CurrentUser.get();
        return acts.get(user, acts.create(user, form));
    }

    @GetMapping("/acts/{id}/versions")
    @Operation(summary = "Редакции документа")
    List<ActVersion> versions(@PathVariable long id) {
        return acts.versions(CurrentUser.get(), id);
    }

    @PostMapping(path = "/acts/{id}/versions", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить редакцию из файла DOCX, PDF или TXT; askAgain — запросить повторное ознакомление")
    ActVersion addVersion(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "true") boolean askAgain)
            throws java.io.IOException {
        acts.checkSize(file.getOriginalFilename(), file.getSize());
        return acts.addVersion(CurrentUser.get(), id, file.getOriginalFilename(), file.getBytes(), note, askAgain);
    }

    /** What to send: the audience and the due date. */
    record DistributionRequest(
            long organizationId,
            List<String> posts,
            Integer appointedWithinDays,
            List<Long> employeeIds,
            LocalDate dueOn) {}

    @PostMapping(path = "/acts/{id}/distributions", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Направить последнюю редакцию на ознакомление")
    Distributions.Summary distribute(@PathVariable long id, @RequestBody DistributionRequest request) {
        CurrentUser user = CurrentUser.get();
        long distribution = distributions.distribute(
                user,
                id,
                new Distributions.Audience(
                        request.organizationId(),
                        request.posts(),
                        request.appointedWithinDays(),
                        request.employeeIds()),
                request.dueOn());
        return distributions.summary(user, distribution);
    }

    @GetMapping("/acts/{id}/distributions")
    @Operation(summary = "Рассылки документа на ознакомление с итогами")
    List<Distributions.Summary> distributionsOf(@PathVariable long id) {
        return distributions.ofAct(CurrentUser.get(), id);
    }

    @GetMapping("/distributions/{id}/acknowledgements")
    @Operation(summary = "Сотрудники рассылки и их ознакомление")
    List<Distributions.Row> acknowledgements(@PathVariable long id) {
        return distributions.rows(CurrentUser.get(), id);
    }

    @GetMapping("/acknowledgements")
    @Operation(summary = "Мои документы на ознакомление")
    List<Distributions.Mine> mine() {
        return distributions.mine(CurrentUser.get());
    }

    @GetMapping("/acknowledgements/statistics")
    @Operation(summary = "Ознакомление по организациям поддерева за период рассылок")
    List<AcknowledgementStatistics.ByOrganization> statistics(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return statistics.byOrganization(CurrentUser.get(), from, to);
    }

    @GetMapping("/letters")
    @Operation(summary = "Письма, отправленные из поддерева пользователя")
    List<Letters.Summary> sent() {
        return letters.sent(CurrentUser.get());
    }

    @GetMapping("/letters/received")
    @Operation(summary = "Письма, полученные организациями поддерева пользователя")
    List<Letters.Received> received() {
        return letters.received(CurrentUser.get());
    }

    @GetMapping("/letters/{id}/recipients")
    @Operation(summary = "Получатели письма: кто подтвердил получение и что ответил")
    List<Letters.Recipient> recipients(@PathVariable long id) {
        return letters.recipients(CurrentUser.get(), id);
    }

    record Confirmation(String answer) {}

    @PostMapping(path = "/letters/recipients/{id}/confirmation", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Подтвердить получение письма организацией (и ответить)")
    void confirm(@PathVariable long id, @RequestBody(required = false) Confirmation confirmation) {
        letters.confirm(CurrentUser.get(), id, confirmation == null ? null : confirmation.answer());
    }
}
