package ru.probity.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.reports.engine.AppealDeadlines;

/** The officers' pages: the register, the intake of calls, letters and visits, the report's card. */
@Controller
@RequestMapping("/reports")
class ReportController {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Reports reports;
    private final Organizations organizations;
    private final ReportStore store;
    private final MessageSource messages;

    ReportController(Reports reports, Organizations organizations, ReportStore store, MessageSource messages) {
        this.reports = reports;
        this.organizations = organizations;
        this.store = store;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) ReportChannel channel,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("found", reports.register(user, new Reports.Filter(status, channel, mine, overdue), 500));
        model.addAttribute("status", status);
        model.addAttribute("channel", channel);
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("channels", ReportChannel.values());
        model.addAttribute("handles", !user.role().name().equals("CUSTODIAN"));
        return "reports/list";
    }

    @GetMapping("/new")
    String intakeForm(Model model) {
        reports.register(CurrentUser.get(), new Reports.Filter(null, null, true, false), 1);
        return intake(model, null);
    }

    private String intake(Model model, Reports.Intake values) {
        model.addAttribute("organizations", organizations.visible(CurrentUser.get()));
        model.addAttribute("topics", ReportTopic.values());
        model.addAttribute(
                "channels",
                List.of(ReportChannel.HOTLINE, ReportChannel.LETTER, ReportChannel.EMAIL, ReportChannel.VISIT));
        model.addAttribute("values", values);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("maxFileMb", store.maxFileBytes() / 1048576);
        return "reports/intake";
    }

    @PostMapping
    String intake(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ReportChannel channel,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String contacts,
            @RequestParam(defaultValue = "false") boolean aboutCrime,
            @RequestParam(defaultValue = "false") boolean aboutMunicipalEmployee,
            @RequestParam(required = false) List<MultipartFile> files,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Reports.Intake in = new Reports.Intake(
                organizationId,
                channel,
                PublicReportController.topic(topic),
                receivedOn,
                text,
                contacts,
                aboutCrime,
                aboutMunicipalEmployee,
                PublicReportController.uploads(files, store.maxFileBytes()));
        try {
            long id = reports.intake(CurrentUser.get(), in);
            redirect.addFlashAttribute("notice", "reports.registered");
            return "redirect:/reports/" + id;
        } catch (ReportRefused e) {
            response.setStatus(422);
            model.addAttribute("problem", text(e));
            return intake(model, in);
        }
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, @RequestParam(defaultValue = "false") boolean identity, Model model) {
        CurrentUser user = CurrentUser.get();
        ReportCard card = reports.card(user, id);
        model.addAttribute("report", card);
        model.addAttribute("history", reports.history(user, id));
        boolean assignee = card.assigneeId() != null && card.assigneeId() == user.userId();
        boolean handler = user.role().managesRegistry();
        model.addAttribute("assignee", assignee);
        model.addAttribute("handler", handler);
        model.addAttribute("custodian", user.role().name().equals("CUSTODIAN"));
        if (assignee) {
            model.addAttribute("reportContent", reports.content(user, id));
        }
        if (identity) {
            model.addAttribute("identity", reports.identity(user, id));
            model.addAttribute("identityShown", true);
        }
        if (handler && card.status().open()) {
            model.addAttribute("officers", reports.assignees(user, id));
            model.addAttribute("destinations", reports.destinations());
        }
        model.addAttribute("maxExtension", AppealDeadlines.MAX_EXTENSION_DAYS);
        model.addAttribute("maxFileMb", store.maxFileBytes() / 1048576);
        return "reports/card";
    }

    @FunctionalInterface
    private interface Action {
        void run(CurrentUser user);
    }

    private String act(long id, String notice, RedirectAttributes redirect, Action action) {
        try {
            action.run(CurrentUser.get());
            redirect.addFlashAttribute("notice", notice);
        } catch (ReportRefused e) {
            redirect.addFlashAttribute("problem", text(e));
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/{id}/register")
    String register(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean aboutCrime,
            @RequestParam(defaultValue = "false") boolean aboutMunicipalEmployee,
            RedirectAttributes redirect) {
        return act(
                id,
                "reports.registered",
                redirect,
                u -> reports.registerReport(u, id, aboutCrime, aboutMunicipalEmployee));
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam long assigneeId, RedirectAttributes redirect) {
        return act(id, "reports.assigned", redirect, u -> reports.assign(u, id, assigneeId));
    }

    @PostMapping("/{id}/extend")
    String extend(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int days,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, "reports.extended", redirect, u -> reports.extend(u, id, days, reason));
    }

    @PostMapping("/{id}/messages")
    String write(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        return act(
                id,
                internal ? "reports.commented" : "reports.messageSent",
                redirect,
                u -> reports.write(u, id, internal, text, PublicReportController.uploads(files, store.maxFileBytes())));
    }

    @PostMapping("/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        return act(
                id,
                "reports.answered",
                redirect,
                u -> reports.answer(u, id, text, PublicReportController.uploads(files, store.maxFileBytes())));
    }

    @PostMapping("/{id}/redirect")
    String redirectTo(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            reports.redirect(CurrentUser.get(), id, organizationId, reason);
            redirect.addFlashAttribute("notice", "reports.redirected");
            return "redirect:/reports";
        } catch (ReportRefused e) {
            redirect.addFlashAttribute("problem", text(e));
            return "redirect:/reports/" + id;
        }
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, "reports.closed", redirect, u -> reports.close(u, id, reason));
    }

    @GetMapping("/{id}/commission")
    String commissionForm(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        ReportCard card = reports.card(user, id);
        model.addAttribute("report", card);
        model.addAttribute("q", q);
        model.addAttribute("candidates", reports.commissionCandidates(user, id, q));
        model.addAttribute("section", "reports");
        return "reports/commission";
    }

    @PostMapping("/{id}/commission")
    String sendToCommission(
            @PathVariable long id, @RequestParam(required = false) Long employeeId, RedirectAttributes redirect) {
        return act(id, "reports.commission.sent", redirect, u -> reports.sendToCommission(u, id, employeeId));
    }

    @PostMapping("/{id}/disclose")
    String disclose(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "reports.disclosed", redirect, u -> reports.disclose(u, id));
    }

    @GetMapping("/{id}/files/{fileId}")
    void file(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        PublicReportController.send(reports.file(CurrentUser.get(), id, fileId), response);
    }

    private String text(ReportRefused e) {
        return messages.getMessage(e.messageKey(), e.arguments(), RUSSIAN);
    }
}
