package ru.probity.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
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
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Receipts;
import ru.probity.platform.Refusal;

/**
 * The virtual reception, for anyone without an account. The receipt code never appears in a URL
 * (so not in any log, history or referrer): it is posted, and every page that needs it posts it
 * again. Pages are not cached. The client's address is used only by the in-memory throttle.
 */
@Controller
@RequestMapping("/public/reports")
class PublicReportController {

    private final PublicReports reports;
    private final Challenges challenges;
    private final ClientThrottle throttle;
    private final ReportUploads uploads;
    private final Messages messages;

    PublicReportController(
            PublicReports reports,
            Challenges challenges,
            ClientThrottle throttle,
            ReportUploads uploads,
            Messages messages) {
        this.reports = reports;
        this.challenges = challenges;
        this.throttle = throttle;
        this.uploads = uploads;
        this.messages = messages;
    }

    static void private_(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @GetMapping
    String index(HttpServletResponse response) {
        private_(response);
        return "reports/public/index";
    }

    /** The form; {@code organization}: the organization chosen beforehand (the public section's feedback). */
    @GetMapping("/new")
    String form(
            @RequestParam(required = false) Long organization,
            Model model,
            CsrfToken csrf,
            HttpServletResponse response) {
        csrf.getToken(); // the cookie is set before the page starts to stream
        private_(response);
        model.addAttribute("selectedOrganization", organization);
        return form(model, null);
    }

    private String form(Model model, PublicReports.Submission values) {
        formModel(model, reports, challenges, uploads);
        model.addAttribute("values", values);
        return "reports/public/form";
    }

    /** What the report form needs (also on the public section's feedback page, {@link FeedbackSectionController}). */
    static void formModel(Model model, PublicReports reports, Challenges challenges, ReportUploads uploads) {
        model.addAttribute("organizations", reports.organizations());
        model.addAttribute("topics", ReportTopic.values());
        model.addAttribute("challenge", challenges.issue());
        model.addAttribute("maxFileMb", uploads.maxFileMb());
        model.addAttribute("maxFiles", ReportUploads.MAX_FILES);
    }

    /** The report form's fields (its files come apart; an unticked box is null). */
    record SubmissionForm(
            Long organizationId,
            String topic,
            String text,
            String name,
            String address,
            String phone,
            String email,
            Boolean consent,
            Boolean aboutMunicipalEmployee,
            String challenge,
            String solution) {

        PublicReports.Submission submission(List<Upload> files) {
            return new PublicReports.Submission(
                    organizationId,
                    PublicReportController.topic(topic),
                    text,
                    name,
                    address,
                    phone,
                    email,
                    Boolean.TRUE.equals(consent),
                    Boolean.TRUE.equals(aboutMunicipalEmployee),
                    files);
        }

        /** Without the text and the contacts (ReportLogSecrecyTest). */
        @Override
        public String toString() {
            return "SubmissionForm[organization=" + organizationId + ", topic=" + topic + "]";
        }
    }

    @InitBinder
    void parametersOnly(WebDataBinder binder) {
        FormBinding.parametersOnly(binder);
    }

    @PostMapping
    String submit(
            @ModelAttribute SubmissionForm form,
            @RequestParam(required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        private_(response);
        PublicReports.Submission submission = form.submission(uploads.read(files));
        String receipt;
        try {
            challenges.spend(form.challenge(), form.solution());
            if (!throttle.trySubmit(throttle.client(request.getRemoteAddr()))) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                throw Refusal.conflict("reports.error.tooManySubmissions", throttle.minutesToWait());
            }
            // the transaction commits inside submit(): the code is shown only for a stored report
            receipt = reports.submit(submission);
        } catch (Refusal e) {
            // the form again with what the reporter typed
            if (response.getStatus() < 400) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            model.addAttribute("problem", text(e));
            return form(model, submission);
        }
        model.addAttribute("receipt", Receipts.display(receipt));
        return "reports/public/receipt";
    }

    /** The reporter types the code again: it proves he wrote it down correctly. */
    @PostMapping("/check")
    String check(
            @RequestParam String receipt,
            @RequestParam(required = false) String typed,
            HttpServletResponse response,
            Model model) {
        private_(response);
        var expected = Receipts.normalize(receipt);
        if (expected.isEmpty()) {
            return "redirect:/public/reports";
        }
        model.addAttribute("receipt", Receipts.display(expected.get()));
        if (typed == null) {
            return "reports/public/check";
        }
        boolean same = Receipts.normalize(typed).map(expected.get()::equals).orElse(false);
        model.addAttribute("checked", same);
        return same ? "reports/public/check" : "reports/public/receipt";
    }

    @GetMapping("/status")
    String statusForm(CsrfToken csrf, HttpServletRequest request, HttpServletResponse response, Model model) {
        csrf.getToken();
        private_(response);
        return statusPage(model, request, null);
    }

    /** The look-up form with a challenge as hard as this client's look-ups must be now. */
    private String statusPage(Model model, HttpServletRequest request, String receipt) {
        String client = throttle.client(request.getRemoteAddr());
        model.addAttribute("challenge", challenges.issue(challenges.bits() + throttle.extraBits(client)));
        model.addAttribute(
                "typed",
                receipt == null
                        ? null
                        : Receipts.normalize(receipt).map(Receipts::display).orElse(null));
        return "reports/public/status";
    }

    @PostMapping("/status")
    String status(
            @RequestParam(required = false) String receipt,
            @RequestParam(required = false) String challenge,
            @RequestParam(required = false) String solution,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        private_(response);
        try {
            long id = lookUp(receipt, challenge, solution, request, response);
            return view(id, receipt, model);
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            model.addAttribute("problem", text(e));
            return statusPage(model, request, receipt);
        }
    }

    private String view(long id, String receipt, Model model) {
        model.addAttribute("report", reports.view(id));
        String normalized = Receipts.normalize(receipt).orElseThrow();
        model.addAttribute("receipt", Receipts.display(normalized));
        // the page's forms (reply, files) carry the ticket instead of a new proof of work
        model.addAttribute("ticket", challenges.ticket(normalized));
        model.addAttribute("maxFileMb", uploads.maxFileMb());
        return "reports/public/view";
    }

    @PostMapping("/status/reply")
    String reply(
            @RequestParam(required = false) String receipt,
            @RequestParam(required = false) String ticket,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        private_(response);
        long id;
        try {
            id = reopen(receipt, ticket);
        } catch (Refusal e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", text(e));
            return statusPage(model, request, receipt);
        }
        try {
            reports.reply(id, text, uploads.read(files));
            model.addAttribute("notice", "reports.public.replySent");
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", text(e));
        }
        return view(id, receipt, model);
    }

    @PostMapping("/status/files/{fileId}")
    void file(
            @PathVariable long fileId,
            @RequestParam(required = false) String receipt,
            @RequestParam(required = false) String ticket,
            HttpServletResponse response)
            throws IOException {
        long id;
        try {
            id = reopen(receipt, ticket);
        } catch (Refusal e) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        send(reports.file(id, fileId), response);
    }

    static void send(ReportPartStore.Download file, HttpServletResponse response) throws IOException {
        private_(response);
        Downloads.attachedFile(response, file.name(), file.contentType(), file.content());
    }

    /**
     * The report of a receipt typed into the look-up form (issue 14, item 7): the proof of work is
     * spent first, then the look-up is counted against this client alone, atomically, before it
     * runs (a client over its limit must have done harder work); a found report uncounts it. Other
     * clients' failures never refuse a look-up.
     */
    private long lookUp(
            String receipt,
            String challenge,
            String solution,
            HttpServletRequest request,
            HttpServletResponse response) {
        int solved;
        try {
            solved = challenges.spend(challenge, solution);
        } catch (Refusal e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            throw e;
        }
        String client = throttle.client(request.getRemoteAddr());
        ClientThrottle.LookUp lookUp = throttle.tryLookUp(client, solved - challenges.bits());
        if (lookUp == null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            throw Refusal.conflict("reports.error.throttled");
        }
        var id = reports.find(receipt);
        if (id.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            throw Refusal.invalid("reports.error.receipt");
        }
        throttle.found(lookUp);
        return id.get();
    }

    /**
     * The report of the reporter's page, from its own forms: the receipt with the ticket issued
     * when it was looked up. Without a valid ticket nothing is looked up, so these forms cannot be
     * used to guess receipts without work.
     */
    private long reopen(String receipt, String ticket) {
        if (!challenges.validTicket(Receipts.normalize(receipt), ticket)) {
            throw Refusal.invalid("reports.error.ticket");
        }
        return reports.find(receipt).orElseThrow(() -> Refusal.invalid("reports.error.ticket"));
    }

    private String text(Refusal e) {
        return messages.text(e);
    }

    static ReportTopic topic(String value) {
        try {
            return value == null || value.isBlank() ? null : ReportTopic.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
