package ru.probity.contest;

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
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.PublicFormGuard;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.UploadLimits;

/**
 * The public pages of the contests of an organization ({@code /public/{organization}/contests}): the
 * list, a contest's page with its rules, nominations and terms, the application form while it is
 * open (spam protection as the reception of reports: {@link PublicFormGuard}) with its receipt, and
 * the published results. Readable without JavaScript; the form's proof of work needs it.
 */
@Controller
@RequestMapping("/public/{organization:\\d+}/contests")
class PublicContestController {

    private final Entries entries;
    private final PublicFormGuard guard;
    private final Messages messages;

    PublicContestController(Entries entries, PublicFormGuard guard, Messages messages) {
        this.entries = entries;
        this.guard = guard;
        this.messages = messages;
    }

    @InitBinder
    void parametersOnly(WebDataBinder binder) {
        binder.setAllowedFields(
                "lastName",
                "firstName",
                "middleName",
                "birthDate",
                "school",
                "municipalityId",
                "nominationId",
                "workTitle",
                "videoUrl",
                "email",
                "parentName",
                "parentConsent",
                "challenge",
                "solution");
    }

    @GetMapping
    String list(@PathVariable long organization, Model model) {
        model.addAttribute("contests", entries.publicContests(organization));
        return "contest/public/list";
    }

    @GetMapping("/{id}")
    String contest(@PathVariable long organization, @PathVariable long id, Model model) {
        model.addAttribute("page", entries.publicContest(organization, id));
        return "contest/public/contest";
    }

    @GetMapping("/{id}/results")
    String results(@PathVariable long organization, @PathVariable long id, Model model) {
        model.addAttribute("page", entries.publicContest(organization, id));
        model.addAttribute("results", entries.results(organization, id));
        return "contest/public/results";
    }

    @GetMapping("/{id}/apply")
    String form(
            @PathVariable long organization,
            @PathVariable long id,
            Model model,
            CsrfToken csrf,
            HttpServletResponse response) {
        csrf.getToken(); // the cookie is set before the page starts to stream
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return formPage(organization, id, model, null);
    }

    private String formPage(long organization, long id, Model model, ApplicationForm values) {
        Entries.PublicContest page = entries.publicContest(organization, id);
        if (!page.open()) {
            throw Refusal.conflict("contest.error.closed");
        }
        model.addAttribute("page", page);
        model.addAttribute(
                "municipalities", entries.municipalities(page.contest().organizationId()));
        model.addAttribute("challenge", guard.challenge());
        model.addAttribute("maxFileMb", entries.maxFileMb());
        model.addAttribute("maxFiles", entries.maxFiles());
        model.addAttribute("values", values);
        return "contest/public/apply";
    }

    /** The fields of the form (the files come apart). */
    record ApplicationForm(
            String lastName,
            String firstName,
            String middleName,
            String birthDate,
            String school,
            Long municipalityId,
            Long nominationId,
            String workTitle,
            String videoUrl,
            String email,
            String parentName,
            Boolean parentConsent,
            String challenge,
            String solution) {

        /** Without the participant's data. */
        @Override
        public String toString() {
            return "ApplicationForm[]";
        }
    }

    @PostMapping("/{id}/apply")
    String apply(
            @PathVariable long organization,
            @PathVariable long id,
            @ModelAttribute ApplicationForm form,
            @RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) MultipartFile consentFile,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Entries.Receipt receipt;
        try {
            Entries.NewEntry entry = new Entries.NewEntry(
                    form.lastName(),
                    form.firstName(),
                    form.middleName(),
                    date(form.birthDate()),
                    form.school(),
                    form.municipalityId(),
                    form.nominationId(),
                    form.workTitle(),
                    form.videoUrl(),
                    form.email(),
                    form.parentName(),
                    Boolean.TRUE.equals(form.parentConsent()));
            // the proof of work and the count of files before any file is read into memory
            guard.spend(form.challenge(), form.solution());
            guard.countSubmission(request.getRemoteAddr());
            List<MultipartFile> sent = present(files);
            if (sent.size() > entries.maxFiles()) {
                throw Refusal.invalid("contest.error.tooManyFiles", entries.maxFiles());
            }
            List<Entries.Upload> work = read(sent);
            List<Entries.Upload> consent = read(present(consentFile == null ? null : List.of(consentFile)));
            receipt = entries.apply(organization, id, entry, work, consent.isEmpty() ? null : consent.getFirst());
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            response.setStatus(
                    e.status() == Refusal.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", messages.text(e));
            model.addAttribute("wrong", e.fields().keySet());
            return formPage(organization, id, model, form);
        }
        model.addAttribute("page", entries.publicContest(organization, id));
        model.addAttribute("receipt", receipt);
        return "contest/public/receipt";
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip(), RussianFormats.DATE);
            } catch (DateTimeParseException again) {
                throw Refusal.invalidFields(java.util.Map.of("birthDate", "contest.error.birthDate"));
            }
        }
    }

    /** The files actually chosen (a form's empty file inputs left out). */
    private static List<MultipartFile> present(List<MultipartFile> files) {
        List<MultipartFile> present = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f == null
                        || (f.isEmpty()
                                && (f.getOriginalFilename() == null
                                        || f.getOriginalFilename().isBlank()))) {
                    continue;
                }
                present.add(f);
            }
        }
        return present;
    }

    private List<Entries.Upload> read(List<MultipartFile> files) {
        List<Entries.Upload> uploads = new ArrayList<>();
        if (files != null) {
            long max = entries.maxFileMb() * 1024L * 1024L;
            for (MultipartFile f : files) {
                try {
                    uploads.add(new Entries.Upload(f.getOriginalFilename(), UploadLimits.bytes(f, max)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }
}
