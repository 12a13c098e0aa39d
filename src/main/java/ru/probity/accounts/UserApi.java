package ru.probity.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;

/** JSON API of the user administration: the same rules as the page «Пользователи». */
@RestController
@RequestMapping(path = "/api/v1/users", produces = "application/json")
@Tag(name = "Пользователи", description = "Учётные записи сотрудников и технические учётные записи")
class UserApi {

    private final Accounts accounts;
    private final Provisioning provisioning;
    private final AccountImport accountImport;
    private final Messages messages;

    UserApi(Accounts accounts, Provisioning provisioning, AccountImport accountImport, Messages messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.accountImport = accountImport;
    }

    @GetMapping
    @Operation(summary = "Учётные записи подведомственных организаций")
    List<Account> list() {
        return accounts.list(CurrentUser.get());
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Создать учётную запись: личную (employeeId — карточка сотрудника той же организации)"
                    + " или техническую (technical: true)")
    Account create(@RequestBody NewAccount form) {
        CurrentUser user = CurrentUser.get();
        accounts.create(user, form).ifPresent(problem -> {
            throw Refusal.invalid(problem);
        });
        return accounts.list(user).stream()
                .filter(a -> a.username().equalsIgnoreCase(form.username()))
                .findFirst()
                .orElseThrow();
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Выдать новый одноразовый пароль (сменить при следующем входе); показывается один раз")
    Accounts.OneTimePassword resetPassword(@PathVariable long id) {
        return accounts.resetPassword(CurrentUser.get(), id);
    }

    /** One account opened in bulk, with its one-time password. */
    record Provisioned(
            long id, String username, String fullName, long employeeId, String organization, String password) {}

    /** What a bulk run did. */
    record ProvisionReport(List<Provisioned> created, List<Provisioning.Candidate> skipped) {}

    @PostMapping(path = "/provision", consumes = "application/json")
    @Operation(
            summary = "Создать учётные записи всем активным сотрудникам поддерева без учётной записи"
                    + " (фильтры: должность содержит, закупочные роли); одноразовые пароли только в ответе;"
                    + " byMail: true — сотрудникам с адресом почты в карточке письмо со ссылкой (password: null)")
    ProvisionReport provision(@RequestBody Provisioning.Filter filter) {
        Provisioning.Result result = provisioning.provision(CurrentUser.get(), filter);
        return new ProvisionReport(
                result.created().stream()
                        .map(c -> new Provisioned(
                                c.id(),
                                c.username(),
                                c.person().fullName(),
                                c.person().employeeId(),
                                c.person().organizationName(),
                                c.password()))
                        .toList(),
                result.skipped());
    }

    /** What an import did: counts, the accounts opened with their one-time passwords, the rows skipped. */
    record ImportReport(
            int createdCount,
            int skippedCount,
            List<AccountImport.Created> created,
            List<AccountImport.Skipped> skipped) {}

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @Operation(
            summary = "Импорт учётных записей из файла XLSX или CSV (docs/formats/accounts-import.md): всё или ничего;"
                    + " при ошибках — problem detail со списком ошибок (errors: строка, столбец, текст);"
                    + " одноразовые пароли только в ответе")
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        CurrentUser user = CurrentUser.get();
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        AccountImport.requireAdministrator(user);
        AccountImport.Report tooLarge =
                accountImport.checkSize(name, file.getSize()).orElse(null);
        AccountImport.Report report = tooLarge;
        if (report == null) {
            try (var in = file.getInputStream()) {
                report = accountImport.importFile(user, name, in);
            }
        }
        if (!report.ok()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    tooLarge != null ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    report.problems().size() == 1
                            ? report.problems().get(0).message()
                            : messages.text(
                                    "accountImport.rejected",
                                    name,
                                    report.problems().size()));
            problem.setProperty("errors", report.problems());
            return ResponseEntity.status(problem.getStatus())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new ImportReport(
                        report.created().size(), report.skipped().size(), report.created(), report.skipped()));
    }
}
