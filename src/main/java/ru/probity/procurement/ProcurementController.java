package ru.probity.procurement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;

/** The coverage of contract checks, the import of contracts and protocols, and checking on demand. */
@Controller
@RequestMapping("/procurement")
class ProcurementController {

    private final Coverage coverage;
    private final ContractImport contractImport;
    private final ContractChecks checks;
    private final Organizations organizations;

    ProcurementController(
            Coverage coverage, ContractImport contractImport, ContractChecks checks, Organizations organizations) {
        this.coverage = coverage;
        this.contractImport = contractImport;
        this.checks = checks;
        this.organizations = organizations;
    }

    @GetMapping
    String coverage(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("report", coverage.report(user, organization, from, to));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("organization", organization);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "procurement/coverage";
    }

    @GetMapping("/coverage.xlsx")
    void exportCoverage(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        var report = coverage.report(CurrentUser.get(), organization, from, to);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename("pokrytie-" + LocalDate.now() + ".xlsx")
                        .build()
                        .toString());
        CoverageExport.write(report, response.getOutputStream());
    }

    /** Each file on its own, all or nothing; the contracts just imported are checked at once. */
    @PostMapping("/import")
    String importFiles(@RequestParam("files") List<MultipartFile> files, Model model) throws IOException {
        CurrentUser user = CurrentUser.get();
        List<ContractImport.Outcome> outcomes = new ArrayList<>();
        List<Long> toCheck = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                try (var in = file.getInputStream()) {
                    ContractImport.Outcome outcome = contractImport.importFile(user, file.getOriginalFilename(), in);
                    outcomes.add(outcome);
                    toCheck.addAll(outcome.contractIds());
                }
            }
        }
        if (!toCheck.isEmpty()) {
            model.addAttribute("run", checks.check(toCheck));
        }
        model.addAttribute("outcomes", outcomes);
        return coverage(null, null, null, model);
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
