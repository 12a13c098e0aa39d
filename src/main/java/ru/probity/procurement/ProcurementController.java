package ru.probity.procurement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.UploadLimits;

/** The coverage of contract checks, the import of contracts and protocols, and checking on demand. */
@Controller
@RequestMapping("/procurement")
class ProcurementController {

    private final Coverage coverage;
    private final UploadJobs uploads;
    private final ContractChecks checks;
    private final Organizations organizations;
    private final Messages messages;

    private final DataSize uploadLimit;

    ProcurementController(
            Coverage coverage,
            UploadJobs uploads,
            ContractChecks checks,
            Organizations organizations,
            Messages messages,
            UploadLimits uploadLimits) {
        this.uploadLimit = uploadLimits.maxRequest();
        this.messages = messages;
        this.coverage = coverage;
        this.uploads = uploads;
        this.checks = checks;
        this.organizations = organizations;
    }

    /**
     * The coverage form: an organization of the user's subtree (his own when none) and the period
     * of signing, both ends optional.
     */
    record CoverageFilter(
            Long organization,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    @GetMapping
    String coverage(CoverageFilter filter, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("report", coverage.report(user, filter.organization(), filter.from(), filter.to()));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("organization", filter.organization());
        model.addAttribute("from", filter.from());
        model.addAttribute("to", filter.to());
        model.addAttribute("uploadLimit", uploadLimit);
        return "procurement/coverage";
    }

    @GetMapping("/coverage.xlsx")
    void exportCoverage(CoverageFilter filter, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        var report = coverage.report(CurrentUser.get(), filter.organization(), filter.from(), filter.to());
        var out = Downloads.xlsx(response, "pokrytie-" + LocalDate.now() + ".xlsx");
        CoverageExport.write(report, messages::text, out);
    }

    /**
     * Each file on its own, all or nothing, in the background; the contracts just imported are
     * checked at once. The upload's page shows the progress and the outcome.
     */
    @PostMapping("/import")
    String importFiles(@RequestParam("files") List<MultipartFile> files) {
        UploadJob job = uploads.start(CurrentUser.get(), UploadJob.Kind.CONTRACTS, files);
        return "redirect:/uploads/" + job.id();
    }

    @PostMapping("/check")
    String checkStale(RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not start checks");
        }
        var run = checks.check(checks.stale());
        flash.addFlashAttribute("notice", "procurement.checkDone");
        flash.addFlashAttribute("run", run);
        return "redirect:/procurement";
    }
}
