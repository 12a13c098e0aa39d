package ru.probity.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.monitoring.model.PeriodKind;
import ru.probity.monitoring.model.ValueKind;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.UploadLimits;

/**
 * Pages of the monitoring reports: the forms (the region) or the reports (an officer), a form with
 * its indicators, its editor and its assignment and the reports of the organizations, a report to
 * fill in or to review with its history and versions.
 */
@Controller
@RequestMapping("/monitoring")
class MonitoringController {

    private final MonitoringForms forms;
    private final MonitoringReports reports;
    private final Organizations organizations;
    private final Messages messages;
    private final RegionTime regionTime;

    MonitoringController(
            MonitoringForms forms,
            MonitoringReports reports,
            Organizations organizations,
            Messages messages,
            RegionTime regionTime) {
        this.forms = forms;
        this.reports = reports;
        this.organizations = organizations;
        this.messages = messages;
        this.regionTime = regionTime;
    }

    @GetMapping
    String index(Model model) {
        CurrentUser user = CurrentUser.get();
        boolean region = MonitoringForms.canRead(user);
        if (!region && !MonitoringReports.seesReports(user)) {
            throw new AccessDeniedException(user.username() + " sees no monitoring");
        }
        model.addAttribute("region", region);
        model.addAttribute("today", regionTime.today());
        if (region) {
            List<MonitoringForm> list = forms.list(user);
            model.addAttribute("forms", list);
            Map<Long, String> periods = new HashMap<>();
            list.forEach(f -> periods.put(f.id(), forms.periodName(f.periodKind(), f.periodYear(), f.periodNumber())));
            model.addAttribute("periods", periods);
            model.addAttribute("mayDefine", MonitoringForms.canDefine(user));
            int[] last = forms.lastFinishedQuarter();
            model.addAttribute("proposedYear", last[0]);
            model.addAttribute("proposedNumber", last[1]);
            model.addAttribute("kinds", PeriodKind.values());
        } else {
            List<MonitoringReport> mine = reports.mine(user);
            model.addAttribute("reports", mine);
            Map<Long, String> periods = new HashMap<>();
            mine.forEach(r -> periods.put(r.id(), forms.periodName(r.periodKind(), r.periodYear(), r.periodNumber())));
            model.addAttribute("periods", periods);
        }
        return "monitoring/index";
    }

    @PostMapping("/forms")
    String create(@ModelAttribute FormInput input, RedirectAttributes flash) {
        long id = forms.create(CurrentUser.get(), input);
        flash.addFlashAttribute("notice", messages.text("monitoring.form.created"));
        return "redirect:/monitoring/forms/" + id;
    }

    @GetMapping("/forms/{id}")
    String form(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        MonitoringForm form = forms.get(user, id);
        List<MonitoringIndicator> indicators = forms.indicators(user, id);
        model.addAttribute("form", form);
        model.addAttribute("period", forms.periodName(form.periodKind(), form.periodYear(), form.periodNumber()));
        model.addAttribute("sections", sections(indicators));
        model.addAttribute("sourceNames", forms.sources(user));
        boolean mayDefine = MonitoringForms.canDefine(user);
        model.addAttribute("mayEdit", mayDefine && form.status().editable());
        model.addAttribute("mayAssign", mayDefine && form.status() != ru.probity.monitoring.model.FormStatus.CLOSED);
        model.addAttribute("kinds", ValueKind.values());
        model.addAttribute("reports", reports.ofForm(user, id));
        model.addAttribute("today", regionTime.today());
        if (mayDefine) {
            model.addAttribute("organizations", organizations.visible(user));
        }
        return "monitoring/form";
    }

    @PostMapping("/forms/{id}/header")
    String header(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes flash) {
        forms.updateHeader(CurrentUser.get(), id, title, dueOn);
        flash.addFlashAttribute("notice", messages.text("monitoring.saved"));
        return "redirect:/monitoring/forms/" + id;
    }

    @PostMapping("/forms/{id}/indicators")
    String addIndicator(@PathVariable long id, @ModelAttribute IndicatorInput input, RedirectAttributes flash) {
        forms.addIndicator(CurrentUser.get(), id, input);
        flash.addFlashAttribute("notice", messages.text("monitoring.indicator.added"));
        return "redirect:/monitoring/forms/" + id + "#indicators";
    }

    @GetMapping("/indicators/{id}")
    String indicator(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        MonitoringIndicator indicator = forms.indicator(user, id);
        MonitoringForm form = forms.get(user, indicator.formId());
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        model.addAttribute(
                "mayEdit", MonitoringForms.canDefine(user) && form.status().editable());
        model.addAttribute("kinds", ValueKind.values());
        model.addAttribute("sourceNames", forms.sources(user));
        return "monitoring/indicator";
    }

    @PostMapping("/indicators/{id}")
    String updateIndicator(@PathVariable long id, @ModelAttribute IndicatorInput input, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        forms.updateIndicator(user, id, input);
        flash.addFlashAttribute("notice", messages.text("monitoring.saved"));
        return "redirect:/monitoring/forms/" + forms.indicator(user, id).formId() + "#indicators";
    }

    @PostMapping("/indicators/{id}/delete")
    String removeIndicator(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        long form = forms.indicator(user, id).formId();
        forms.removeIndicator(user, id);
        flash.addFlashAttribute("notice", messages.text("monitoring.indicator.removed"));
        return "redirect:/monitoring/forms/" + form + "#indicators";
    }

    @PostMapping("/forms/{id}/assign")
    String assign(@PathVariable long id, @ModelAttribute AssignInput input, RedirectAttributes flash) {
        int created = forms.assign(CurrentUser.get(), id, input);
        flash.addFlashAttribute("notice", messages.text("monitoring.assigned", created));
        return "redirect:/monitoring/forms/" + id + "#reports";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        MonitoringReport report = reports.open(user, id);
        List<MonitoringIndicator> indicators = reports.indicators(user, id);
        model.addAttribute("report", report);
        model.addAttribute("period", forms.periodName(report.periodKind(), report.periodYear(), report.periodNumber()));
        model.addAttribute("sections", sections(indicators));
        model.addAttribute("values", reports.values(user, id));
        model.addAttribute("history", reports.history(user, id));
        model.addAttribute("mayFill", reports.canFill(user, report));
        model.addAttribute("mayReview", reports.canReview(user, report));
        model.addAttribute("seesForm", MonitoringForms.canRead(user));
        model.addAttribute("today", regionTime.today());
        return "monitoring/report";
    }

    @PostMapping("/reports/{id}")
    String save(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "save") String action,
            HttpServletRequest request,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            reports.save(user, id, inputs(params));
        } catch (Refusal e) {
            // the page comes back with what was typed (the refusal's reason on top, by ErrorPages)
            RequestContextUtils.getOutputFlashMap(request).put("typed", typed(params));
            throw e;
        }
        if ("submit".equals(action)) {
            int version = reports.submit(user, id);
            flash.addFlashAttribute("notice", messages.text("monitoring.report.submitted", version));
        } else {
            flash.addFlashAttribute("notice", messages.text("monitoring.report.saved"));
        }
        return "redirect:/monitoring/reports/" + id;
    }

    @PostMapping("/reports/{id}/refresh")
    String refresh(@PathVariable long id, RedirectAttributes flash) {
        reports.refresh(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", messages.text("monitoring.report.refreshed"));
        return "redirect:/monitoring/reports/" + id;
    }

    @PostMapping("/reports/{id}/files/{indicator}")
    String attach(
            @PathVariable long id,
            @PathVariable long indicator,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        reports.checkSize(file.getOriginalFilename(), file.getSize());
        reports.attach(
                CurrentUser.get(),
                id,
                indicator,
                file.getOriginalFilename(),
                UploadLimits.bytes(file, reports.maxFileBytes()));
        flash.addFlashAttribute("notice", messages.text("monitoring.report.fileAttached"));
        return "redirect:/monitoring/reports/" + id;
    }

    @GetMapping("/reports/{id}/files/{indicator}")
    void file(@PathVariable long id, @PathVariable long indicator, HttpServletResponse response) throws IOException {
        MonitoringReports.File file = reports.file(CurrentUser.get(), id, indicator);
        Downloads.attachedFile(response, file.name(), file.contentType(), file.content());
    }

    @PostMapping("/reports/{id}/return")
    String returnReport(
            @PathVariable long id, @RequestParam(required = false) String remark, RedirectAttributes flash) {
        reports.returnWithRemark(CurrentUser.get(), id, remark);
        flash.addFlashAttribute("notice", messages.text("monitoring.report.returned"));
        return "redirect:/monitoring/reports/" + id;
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes flash) {
        reports.accept(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", messages.text("monitoring.report.accepted"));
        return "redirect:/monitoring/reports/" + id;
    }

    /** The typed values of the report's page: {@code number_<id>}, {@code flag_<id>}, {@code text_<id>}, {@code reason_<id>}. */
    static Map<Long, ValueInput> inputs(Map<String, String> params) {
        Map<Long, String[]> parts = new HashMap<>();
        params.forEach((name, value) -> {
            int underscore = name.indexOf('_');
            if (underscore < 0) {
                return;
            }
            int slot = switch (name.substring(0, underscore)) {
                case "number" -> 0;
                case "flag" -> 1;
                case "text" -> 2;
                case "reason" -> 3;
                default -> -1;
            };
            if (slot < 0) {
                return;
            }
            long indicator;
            try {
                indicator = Long.parseLong(name.substring(underscore + 1));
            } catch (NumberFormatException e) {
                throw Refusal.invalid("monitoring.error.field");
            }
            parts.computeIfAbsent(indicator, k -> new String[4])[slot] = value;
        });
        Map<Long, ValueInput> inputs = new LinkedHashMap<>();
        parts.forEach((indicator, p) -> inputs.put(indicator, new ValueInput(p[0], p[1], p[2], p[3])));
        return inputs;
    }

    /** The typed values of the report's page only ({@code number_}, {@code flag_}, {@code text_}, {@code reason_}). */
    static Map<String, String> typed(Map<String, String> params) {
        Map<String, String> typed = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.matches("(number|flag|text|reason)_\\d{1,18}")) {
                typed.put(name, value);
            }
        });
        return typed;
    }

    /** The indicators grouped by their section, in the form's order. */
    static Map<String, List<MonitoringIndicator>> sections(List<MonitoringIndicator> indicators) {
        Map<String, List<MonitoringIndicator>> sections = new LinkedHashMap<>();
        for (MonitoringIndicator i : indicators) {
            sections.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(i);
        }
        return sections;
    }
}
