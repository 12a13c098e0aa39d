package ru.probity.plans;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.plans.model.ExecutionStatus;
import ru.probity.plans.model.TermKind;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;

/** The pages of the anti-corruption plans: the list with the execution over a period, a plan, its XLSX. */
@Controller
@RequestMapping("/plans")
class PlanController {

    private final Plans plans;
    private final Organizations organizations;
    private final Messages messages;

    PlanController(Plans plans, Organizations organizations, Messages messages) {
        this.plans = plans;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        CurrentUser user = CurrentUser.get();
        Plans.Listing listing = plans.list(user, organization, from, to);
        model.addAttribute("listing", listing);
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("keeps", Plans.keeps(user));
        model.addAttribute("section", "plans");
        return "plans/list";
    }

    @PostMapping
    String create(@ModelAttribute Plans.PlanForm form) {
        long id = plans.create(CurrentUser.get(), form);
        return "redirect:/plans/" + id;
    }

    @GetMapping("/{id}")
    String plan(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("plan", plans.plan(user, id));
        model.addAttribute("measures", plans.measures(user, id));
        model.addAttribute("keeps", Plans.keeps(user));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("terms", TermKind.values());
        model.addAttribute("statuses", ExecutionStatus.values());
        model.addAttribute("section", "plans");
        return "plans/plan";
    }

    /** The fields of the form of a new measure, given back when it is refused. */
    private static final List<String> MEASURE_FIELDS = List.of(
            "section",
            "number",
            "text",
            "executorOrganization",
            "executorPerson",
            "termKind",
            "termDate",
            "expectedResult",
            "legalBasis");

    @PostMapping("/{id}/measures")
    String addMeasure(
            @PathVariable long id,
            @ModelAttribute Plans.MeasureForm form,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            plans.addMeasure(CurrentUser.get(), id, form);
        } catch (Refusal e) {
            // the plan's page comes back with what was typed (the reason on top, by ErrorPages)
            HashMap<String, String> typed = new HashMap<>();
            MEASURE_FIELDS.forEach(f -> {
                if (params.get(f) != null) {
                    typed.put(f, params.get(f));
                }
            });
            RequestContextUtils.getOutputFlashMap(request).put("typedMeasure", typed);
            throw e;
        }
        flash.addFlashAttribute("notice", "plans.measureAdded");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/{id}/measures/import")
    String importMeasures(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        Plans.Upload upload = upload(file, true);
        int added = plans.importMeasures(CurrentUser.get(), id, upload);
        flash.addFlashAttribute("notice", messages.text("plans.imported", added));
        return "redirect:/plans/" + id;
    }

    @PostMapping("/{id}/measures/{measure}/delete")
    String deleteMeasure(@PathVariable long id, @PathVariable long measure, RedirectAttributes flash) {
        plans.deleteMeasure(CurrentUser.get(), id, measure);
        flash.addFlashAttribute("notice", "plans.measureDeleted");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/{id}/measures/{measure}/execution")
    String report(
            @PathVariable long id,
            @PathVariable long measure,
            @ModelAttribute Plans.ReportForm form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        Plans.Upload upload = upload(file, false);
        plans.report(CurrentUser.get(), id, measure, form, upload);
        flash.addFlashAttribute("notice", "plans.reported");
        return "redirect:/plans/" + id + "#measure-" + measure;
    }

    @GetMapping("/{id}/executions/{execution}/file")
    void file(@PathVariable long id, @PathVariable long execution, HttpServletResponse response) throws IOException {
        Plans.File file = plans.file(CurrentUser.get(), id, execution);
        Downloads.attachedFile(response, file.name(), file.contentType(), file.content());
    }

    @GetMapping("/{id}/plan.xlsx")
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        plans.plan(user, id);
        plans.writeXlsx(user, id, Downloads.xlsx(response, "plan-" + id + ".xlsx"));
    }

    /** The uploaded file, refused over its limit before it is read into memory. */
    private static Plans.Upload upload(MultipartFile file, boolean measures) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        Plans.checkSize(file.getOriginalFilename(), file.getSize(), measures);
        return new Plans.Upload(file.getOriginalFilename(), UploadLimits.bytes(file, Plans.limit(measures)));
    }
}
