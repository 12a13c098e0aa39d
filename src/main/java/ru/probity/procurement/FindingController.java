package ru.probity.procurement;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.procurement.FindingRows.Filter;
import ru.probity.procurement.affiliation.Rule;
import ru.probity.procurement.model.FindingStatus;

/**
 * Pages of the findings: the list with filters, the card with its workflow, the XLSX export. A
 * refused change shows the card again with the refusal and what the officer typed.
 */
@Controller
@RequestMapping("/findings")
class FindingController {

    static final int PAGE_SIZE = 50;

    private final FindingsWorkflow findings;
    private final FindingsExport export;
    private final Organizations organizations;

    FindingController(FindingsWorkflow findings, FindingsExport export, Organizations organizations) {
        this.findings = findings;
        this.export = export;
        this.organizations = organizations;
    }

    /** The filter's fields are the parameters status, rule, confidence, organization and q. */
    @GetMapping
    String list(@ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("result", findings.list(user, filter, page, PAGE_SIZE));
        model.addAttribute("counts", findings.counts(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "statuses",
                FindingStatus.SHOWN.stream().map(FindingStatus::name).toList());
        model.addAttribute("rules", List.of(Rule.values()));
        model.addAttribute("organizations", organizations.visible(user));
        return "findings/list";
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(@ModelAttribute("filter") Filter filter, HttpServletResponse response) throws IOException {
        var rows = findings.export(CurrentUser.get(), filter);
        export.write(rows, Downloads.xlsx(response, "nakhodki-" + LocalDate.now() + ".xlsx"));
    }

    /**
     * The finding's card; the number of a finding merged into another (one finding per conflict)
     * leads to the one it was merged into, so the links of older commission cases still work.
     */
    @GetMapping("/{id}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        var merged = findings.mergedInto(user, id);
        if (merged.isPresent()) {
            return "redirect:/findings/" + merged.get();
        }
        return cardPage(user, id, model);
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            findings.changeStatus(user, id, status, reason);
            flash.addFlashAttribute("notice", "finding.notice.status." + status);
            return "redirect:/findings/" + id;
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("reason", reason);
            model.addAttribute("wanted", status);
            return cardPage(user, id, model);
        }
    }

    @PostMapping("/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) String assignee,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            findings.assign(user, id, assignee);
            flash.addFlashAttribute("notice", "finding.notice.assigned");
            return "redirect:/findings/" + id;
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            model.addAttribute("problem", e.messageKey());
            return cardPage(user, id, model);
        }
    }

    @PostMapping("/{id}/step")
    String step(@PathVariable long id, @RequestParam String step, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            findings.markStep(user, id, step);
            flash.addFlashAttribute("notice", "finding.notice.step");
            return "redirect:/findings/" + id;
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            model.addAttribute("problem", e.messageKey());
            return cardPage(user, id, model);
        }
    }

    @PostMapping("/{id}/comment")
    String comment(
            @PathVariable long id, @RequestParam(required = false) String text, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            findings.comment(user, id, text);
            flash.addFlashAttribute("notice", "finding.notice.comment");
            return "redirect:/findings/" + id;
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("comment", text);
            return cardPage(user, id, model);
        }
    }

    private String cardPage(CurrentUser user, long id, Model model) {
        FindingRows.Card card = findings.card(user, id);
        model.addAttribute("card", card);
        model.addAttribute("f", card.row());
        var history = findings.history(user, id);
        model.addAttribute("history", history);
        model.addAttribute("steps", FindingsWorkflow.steps(card.row(), history));
        model.addAttribute("next", FindingsWorkflow.nextStatuses(card.row().status()));
        boolean mayChange = FindingsWorkflow.canChange(user);
        model.addAttribute("mayChange", mayChange);
        if (mayChange) {
            model.addAttribute("assignees", findings.assignees(user, id));
        }
        return "findings/card";
    }
}
