package ru.probity.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.reports.engine.AppealDeadlines;
import ru.probity.reports.engine.ReportStatus;

/**
 * The officers' pages: the register, the intake of calls, letters and visits, the report's card.
 * A refused action goes back to the card with the reason (the platform's page advice).
 */
@Controller
@RequestMapping("/reports")
class ReportController {

    private final Reports reports;
    private final ReportHandling handling;
    private final Organizations organizations;
    private final ReportUploads uploads;
    private final Messages messages;

    ReportController(
            Reports reports,
            ReportHandling handling,
            Organizations organizations,
            ReportUploads uploads,
            Messages messages) {
        this.reports = reports;
        this.handling = handling;
        this.organizations = organizations;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) ReportChannel channel,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) Long organization,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute(
                "found",
                reports.register(user, new Reports.Filter(status, channel, mine, overdue, open, organization), 500));
        model.addAttribute("status", status);
        model.addAttribute("channel", channel);
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        model.addAttribute("open", open);
        model.addAttribute("organization", organization == null ? null : organizations.get(user, organization));
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("channels", ReportChannel.values());
        model.addAttribute("handles", Reports.canHandle(user));
        return "reports/list";
    }

    @GetMapping("/new")
    String intakeForm(Model model) {
        reports.register(CurrentUser.get(), new Reports.Filter(null, null, true, false), 1);
        return intake(model, null);
    }

    private String intake(Model model, ReportHandling.Intake values) {
        model.addAttribute("organizations", organizations.visible(CurrentUser.get()));
        model.addAttribute("topics", ReportTopic.values());
        model.addAttribute(
                "channels",
                List.of(ReportChannel.HOTLINE, ReportChannel.LETTER, ReportChannel.EMAIL, ReportChannel.VISIT));
        model.addAttribute("values", values);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("maxFileMb", uploads.maxFileMb());
        return "reports/intake";
    }

    /** The intake form's fields (its files come apart; an unticked box is null). */
    record IntakeForm(
            Long organizationId,
            ReportChannel channel,
            String topic,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            String text,
            String contacts,
            Boolean answerAddress,
            Boolean aboutCrime,
            Boolean aboutMunicipalEmployee) {

        ReportHandling.Intake intake(List<Upload> files) {
            return new ReportHandling.Intake(
                    organizationId,
                    channel,
                    PublicReportController.topic(topic),
                    receivedOn,
                    text,
                    contacts,
                    Boolean.TRUE.equals(answerAddress),
                    Boolean.TRUE.equals(aboutCrime),
                    Boolean.TRUE.equals(aboutMunicipalEmployee),
                    files);
        }

        /** Without the text and the contacts (ReportLogSecrecyTest). */
        @Override
        public String toString() {
            return "IntakeForm[organization=" + organizationId + ", channel=" + channel + "]";
        }
    }

    @InitBinder
    void parametersOnly(WebDataBinder binder) {
        FormBinding.parametersOnly(binder);
    }

    @PostMapping
    String intake(
            @ModelAttribute IntakeForm form,
            @RequestParam(required = false) List<MultipartFile> files,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ReportHandling.Intake in = form.intake(uploads.read(files));
        try {
            long id = handling.intake(CurrentUser.get(), in);
            redirect.addFlashAttribute("notice", "reports.registered");
            return "redirect:/reports/" + id;
        } catch (Refusal e) {
            // the form again with what the officer typed
            response.setStatus(422);
            model.addAttribute("problem", messages.text(e));
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
        boolean handler = Reports.canHandle(user);
        model.addAttribute("assignee", assignee);
        model.addAttribute("handler", handler);
        model.addAttribute("custodian", user.role().name().equals("CUSTODIAN"));
        if (assignee && !card.destroyed()) {
            model.addAttribute("reportContent", reports.content(user, id));
        }
        if (identity && !card.destroyed()) {
            model.addAttribute("identity", reports.identity(user, id));
            model.addAttribute("identityShown", true);
        }
        if (handler && card.status().open()) {
            model.addAttribute("officers", reports.assignees(user, id));
            model.addAttribute("destinations", reports.destinations());
        }
        model.addAttribute("maxExtension", AppealDeadlines.MAX_EXTENSION_DAYS);
        model.addAttribute("maxFileMb", uploads.maxFileMb());
        model.addAttribute("today", LocalDate.now());
        return "reports/card";
    }

    /** Forwarding to an external competent body by an outgoing letter (59-ФЗ ст.8 ч.3, ст.11 ч.1). */
    @PostMapping("/{id}/forward")
    String forward(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String outgoingNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate outgoingOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        handling.forward(CurrentUser.get(), id, body, outgoingNumber, outgoingOn, note);
        return done(id, "reports.forwarded", redirect);
    }

    @GetMapping("/{id}/subject")
    String subjectForm(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        ReportCard card = reports.card(user, id);
        model.addAttribute("report", card);
        model.addAttribute("q", q);
        model.addAttribute("candidates", handling.commissionCandidates(user, id, q));
        model.addAttribute("section", "reports");
        return "reports/subject";
    }

    /** Names the employee the report complains about (59-ФЗ ст.8 ч.6), or clears him. */
    @PostMapping("/{id}/subject")
    String nameSubject(
            @PathVariable long id, @RequestParam(required = false) Long employeeId, RedirectAttributes redirect) {
        handling.nameSubject(CurrentUser.get(), id, employeeId);
        return done(id, "reports.subject.named", redirect);
    }

    /** «Истёк срок хранения»: reports whose content waits for the act of destruction. */
    @GetMapping("/retention")
    String retention(Model model) {
        model.addAttribute("expired", reports.expired(CurrentUser.get()));
        model.addAttribute("years", reports.retentionYears());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("section", "reports");
        return "reports/retention";
    }

    @PostMapping("/retention/destroy")
    String destroy(
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String act,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actOn,
            RedirectAttributes redirect) {
        handling.destroy(CurrentUser.get(), ids, act, actOn);
        redirect.addFlashAttribute("notice", "reports.retention.destroyed");
        return "redirect:/reports/retention";
    }

    @PostMapping("/{id}/register")
    String register(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean aboutCrime,
            @RequestParam(defaultValue = "false") boolean aboutMunicipalEmployee,
            RedirectAttributes redirect) {
        handling.registerReport(CurrentUser.get(), id, aboutCrime, aboutMunicipalEmployee);
        return done(id, "reports.registered", redirect);
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam long assigneeId, RedirectAttributes redirect) {
        handling.assign(CurrentUser.get(), id, assigneeId);
        return done(id, "reports.assigned", redirect);
    }

    @PostMapping("/{id}/extend")
    String extend(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int days,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        handling.extend(CurrentUser.get(), id, days, reason);
        return done(id, "reports.extended", redirect);
    }

    @PostMapping("/{id}/messages")
    String write(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        handling.write(CurrentUser.get(), id, internal, text, uploads.read(files));
        return done(id, internal ? "reports.commented" : "reports.messageSent", redirect);
    }

    @PostMapping("/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        handling.answer(CurrentUser.get(), id, text, uploads.read(files));
        return done(id, "reports.answered", redirect);
    }

    @PostMapping("/{id}/redirect")
    String redirectTo(
            @PathVariable long id,
            @RequestParam long organizationId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        handling.redirect(CurrentUser.get(), id, organizationId, reason);
        redirect.addFlashAttribute("notice", "reports.redirected");
        return "redirect:/reports";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        handling.close(CurrentUser.get(), id, reason);
        return done(id, "reports.closed", redirect);
    }

    @GetMapping("/{id}/commission")
    String commissionForm(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        ReportCard card = reports.card(user, id);
        model.addAttribute("report", card);
        model.addAttribute("q", q);
        model.addAttribute("candidates", handling.commissionCandidates(user, id, q));
        model.addAttribute("section", "reports");
        return "reports/commission";
    }

    @PostMapping("/{id}/commission")
    String sendToCommission(
            @PathVariable long id, @RequestParam(required = false) Long employeeId, RedirectAttributes redirect) {
        handling.sendToCommission(CurrentUser.get(), id, employeeId);
        return done(id, "reports.commission.sent", redirect);
    }

    @PostMapping("/{id}/disclose")
    String disclose(@PathVariable long id, RedirectAttributes redirect) {
        reports.disclose(CurrentUser.get(), id);
        return done(id, "reports.disclosed", redirect);
    }

    @GetMapping("/{id}/files/{fileId}")
    void file(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        PublicReportController.send(reports.file(CurrentUser.get(), id, fileId), response);
    }

    /** Back to the card with the notice of what was done. */
    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/reports/" + id;
    }
}
