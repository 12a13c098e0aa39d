package ru.probity.expertise;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import ru.probity.expertise.independent.SubmissionKind;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.PublicFormGuard;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;

/**
 * The public pages of the independent and public expertise, for anyone without an account: the
 * drafts open for expertise now (and their Atom feed), a draft's page with its file and the two forms
 * — the conclusion of an accredited independent expert and the proposal of a citizen or an
 * organization — protected against spam as the reception of reports is ({@link PublicFormGuard}),
 * the receipt with the registration number and the secret code, and the status page by that code.
 */
@Controller
@RequestMapping("/public/expertise")
class PublicExpertiseController {

    private final Publications publications;
    private final Submissions submissions;
    private final PublicFormGuard guard;
    private final PublicExpertiseFeed feed;
    private final Messages messages;

    PublicExpertiseController(
            Publications publications,
            Submissions submissions,
            PublicFormGuard guard,
            PublicExpertiseFeed feed,
            Messages messages) {
        this.publications = publications;
        this.submissions = submissions;
        this.guard = guard;
        this.feed = feed;
        this.messages = messages;
    }

    private static void private_(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @InitBinder
    void parametersOnly(WebDataBinder binder) {
        binder.setAllowedFields(
                "authorName",
                "email",
                "postalAddress",
                "accreditationOrder",
                "accreditationDate",
                "text",
                "challenge",
                "solution");
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("drafts", publications.openDrafts());
        return "expertise/public/index";
    }

    @GetMapping(value = "/feed.atom", produces = "application/atom+xml")
    ResponseEntity<String> atom() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.write(publications.openDrafts()));
    }

    @GetMapping("/{id}")
    String draft(@PathVariable long id, Model model, CsrfToken csrf, HttpServletResponse response) {
        csrf.getToken(); // the cookie is set before the page starts to stream
        private_(response);
        return draftPage(id, model, null, null);
    }

    private String draftPage(long id, Model model, String kind, SubmissionForm values) {
        Publications.PublicDraft draft = publications.publicDraft(id);
        model.addAttribute("draft", draft);
        if (draft.open()) {
            model.addAttribute("conclusionChallenge", guard.challenge());
            model.addAttribute("proposalChallenge", guard.challenge());
        }
        model.addAttribute("maxFileMb", submissions.maxFileMb());
        model.addAttribute("maxFiles", submissions.maxFiles());
        model.addAttribute("sentKind", kind);
        model.addAttribute("values", values);
        return "expertise/public/draft";
    }

    @GetMapping("/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        DraftPublicationStore.File file = publications.publicFile(id);
        Downloads.attachedFile(response, file.name(), file.contentType(), file.content());
    }

    /** The fields of both forms (the files come apart). */
    record SubmissionForm(
            String authorName,
            String email,
            String postalAddress,
            String accreditationOrder,
            String accreditationDate,
            String text,
            String challenge,
            String solution) {

        /** Without the sender's data. */
        @Override
        public String toString() {
            return "SubmissionForm[]";
        }
    }

    @PostMapping("/{id}/conclusion")
    String conclusion(
            @PathVariable long id,
            @ModelAttribute SubmissionForm form,
            @RequestParam(required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return submit(id, SubmissionKind.INDEPENDENT_CONCLUSION, form, files, request, response, model);
    }

    @PostMapping("/{id}/proposal")
    String proposal(
            @PathVariable long id,
            @ModelAttribute SubmissionForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return submit(id, SubmissionKind.PROPOSAL, form, null, request, response, model);
    }

    private String submit(
            long id,
            SubmissionKind kind,
            SubmissionForm form,
            List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        private_(response);
        Submissions.Receipt receipt;
        try {
            LocalDate accreditationDate = date(form.accreditationDate());
            // the proof of work and the per-client limit first, then the count of files: nothing
            // is read into memory for a post that is refused anyway (as the contest's form, hole 59)
            guard.spend(form.challenge(), form.solution());
            guard.countSubmission(request.getRemoteAddr());
            List<MultipartFile> sent = files == null
                    ? List.of()
                    : files.stream().filter(f -> !f.isEmpty()).toList();
            if (sent.size() > submissions.maxFiles()) {
                throw Refusal.invalid("reports.file.tooMany", submissions.maxFiles());
            }
            Submissions.NewSubmission submission = new Submissions.NewSubmission(
                    kind,
                    form.authorName(),
                    form.email(),
                    kind == SubmissionKind.PROPOSAL ? form.postalAddress() : null,
                    kind == SubmissionKind.INDEPENDENT_CONCLUSION ? form.accreditationOrder() : null,
                    kind == SubmissionKind.INDEPENDENT_CONCLUSION ? accreditationDate : null,
                    form.text(),
                    read(sent));
            receipt = submissions.submit(id, submission);
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            response.setStatus(
                    e.status() == Refusal.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", messages.text(e));
            return draftPage(id, model, kind.name(), form);
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("kind", kind.name());
        return "expertise/public/receipt";
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip(), ru.probity.platform.RussianFormats.DATE);
            } catch (DateTimeParseException again) {
                throw Refusal.invalid("expertise.public.error.accreditationDate");
            }
        }
    }

    private List<Submissions.Upload> read(List<MultipartFile> files) {
        List<Submissions.Upload> uploads = new ArrayList<>();
        if (files != null) {
            long max = submissions.maxFileMb() * 1024L * 1024L;
            for (MultipartFile f : files) {
                try {
                    uploads.add(new Submissions.Upload(f.getOriginalFilename(), UploadLimits.bytes(f, max)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    @GetMapping("/status")
    String statusForm(CsrfToken csrf, HttpServletResponse response) {
        csrf.getToken();
        private_(response);
        return "expertise/public/status";
    }

    /** The code is posted, never put in a URL (so not in any log or history). */
    @PostMapping("/status")
    String status(@RequestParam(required = false) String code, HttpServletResponse response, Model model) {
        private_(response);
        var found = submissions.status(code);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", messages.text("expertise.public.error.code"));
            return "expertise/public/status";
        }
        model.addAttribute("submission", found.get());
        return "expertise/public/status";
    }
}
