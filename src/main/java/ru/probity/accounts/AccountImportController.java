package ru.probity.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;

/**
 * Accounts from an XLSX/CSV file (issue 16, item 1): the page with the format; a file with errors
 * comes back to it with every error, a good one answers with the sheet of one-time passwords.
 */
@Controller
@RequestMapping("/admin/users/import")
class AccountImportController {

    private final AccountImport accountImport;

    AccountImportController(AccountImport accountImport) {
        this.accountImport = accountImport;
    }

    @GetMapping
    String page() {
        AccountImport.requireAdministrator(CurrentUser.get());
        return "accounts/import";
    }

    @PostMapping
    ModelAndView upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        AccountImport.requireAdministrator(user);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.isEmpty()) {
            return new ModelAndView("accounts/import", Map.of("problem", "accountImport.error.emptyUpload"));
        }
        AccountImport.Report report =
                accountImport.checkSize(name, file.getSize()).orElse(null);
        if (report == null) {
            try (var in = file.getInputStream()) {
                report = accountImport.importFile(user, name, in);
            }
        }
        if (!report.ok()) {
            return new ModelAndView("accounts/import", Map.of("report", report, "fileName", name));
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Accounts-Created", String.valueOf(report.created().size()));
        response.setHeader("X-Accounts-Skipped", String.valueOf(report.skipped().size()));
        boolean pdf = "pdf".equals(format);
        var out = pdf
                ? Downloads.document(response, "accounts-import-" + LocalDate.now() + ".pdf", "application/pdf")
                : Downloads.xlsx(response, "accounts-import-" + LocalDate.now() + ".xlsx");
        out.write(pdf ? accountImport.pdf(report) : report.sheet());
        out.flush();
        return null; // answered: the sheet
    }
}
