package ru.probity.civil;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.PublicFormGuard;
import ru.probity.platform.Refusal;

/**
 * The public pages of the civil society area of an organization, in the portal's layout and readable
 * without JavaScript: the registry of public organizations and their activities with results and
 * files, the events calendar (a month grid, a list, an iCalendar file), the public discussions with
 * the registration form and the form of questions in advance — both protected against spam as the
 * reception of reports is ({@link PublicFormGuard}).
 */
@Controller
@RequestMapping("/public/{organization:\\d+}")
class PublicCivilController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PublicOrganizations organizations;
    private final Discussions discussions;
    private final CivilCalendar calendar;
    private final PublicFormGuard guard;
    private final Messages messages;

    PublicCivilController(
            PublicOrganizations organizations,
            Discussions discussions,
            CivilCalendar calendar,
            PublicFormGuard guard,
            Messages messages) {
        this.organizations = organizations;
        this.discussions = discussions;
        this.calendar = calendar;
        this.guard = guard;
        this.messages = messages;
    }

    @InitBinder
    void parametersOnly(WebDataBinder binder) {
        binder.setAllowedFields(
                "name",
                "email",
                "phone",
                "organization",
                "consent",
                "question",
                "authorName",
                "text",
                "challenge",
                "solution");
    }

    // --- the registry

    @GetMapping("/civil")
    String registry(@PathVariable long organization, Model model) {
        model.addAttribute("found", organizations.publicList(organization));
        return "civil/public/registry";
    }

    @GetMapping("/civil/{id:\\d+}")
    String civilOrganization(@PathVariable long organization, @PathVariable long id, Model model) {
        model.addAttribute("civil", organizations.publicOrganization(organization, id));
        model.addAttribute("activities", organizations.publicActivities(organization, id));
        return "civil/public/organization";
    }

    @GetMapping("/civil/activities/{id:\\d+}")
    String activity(@PathVariable long organization, @PathVariable long id, Model model) {
        model.addAttribute("activity", organizations.publicActivity(organization, id));
        model.addAttribute("files", organizations.publicFiles(organization, id));
        return "civil/public/activity";
    }

    @GetMapping("/civil/activities/{id:\\d+}/files/{file:\\d+}")
    void file(
            @PathVariable long organization,
            @PathVariable long id,
            @PathVariable long file,
            HttpServletResponse response)
            throws IOException {
        PublicOrganizations.Download content = organizations.publicFile(organization, id, file);
        Downloads.attachedFile(response, content.name(), content.contentType(), content.bytes());
    }

    // --- the calendar

    @GetMapping("/calendar")
    String calendar(@PathVariable long organization, @RequestParam(required = false) String month, Model model) {
        YearMonth shown = CivilController.month(month, calendar.thisMonth());
        var events = calendar.publicMonth(organization, shown);
        model.addAttribute("grid", calendar.grid(shown, events));
        model.addAttribute("events", events);
        return "civil/public/calendar";
    }

    @GetMapping(value = "/calendar.ics")
    ResponseEntity<String> ics(@PathVariable long organization, HttpServletRequest request) {
        var events = calendar.publicUpcoming(organization, calendar.thisMonth().atDay(1));
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"calendar.ics\"")
                .body(calendar.ics(messages.text("civil.calendar.title"), events, base));
    }

    // --- discussions

    @GetMapping("/discussions")
    String discussions(@PathVariable long organization, Model model) {
        model.addAttribute("found", discussions.publicList(organization));
        return "civil/public/discussions";
    }

    @GetMapping("/discussions/{id:\\d+}")
    String discussion(
            @PathVariable long organization,
            @PathVariable long id,
            Model model,
            CsrfToken csrf,
            HttpServletResponse response) {
        csrf.getToken(); // the cookie is set before the page starts to stream
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return discussionPage(organization, id, model, null, null);
    }

    private String discussionPage(long organization, long id, Model model, String sent, PublicForm values) {
        Discussion d = discussions.publicDiscussion(organization, id);
        model.addAttribute("discussion", d);
        if (d.stage().registrationOpen()) {
            model.addAttribute("registerChallenge", guard.challenge());
        }
        if (d.stage().questionsOpen()) {
            model.addAttribute("questionChallenge", guard.challenge());
        }
        model.addAttribute("sent", sent);
        model.addAttribute("values", values);
        return "civil/public/discussion";
    }

    @GetMapping("/discussions/{id:\\d+}/minutes")
    void minutes(@PathVariable long organization, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        Discussions.Minutes m = discussions.publicMinutes(organization, id);
        Downloads.attachedFile(response, m.name(), DOCX, m.content());
    }

    /** The fields of both public forms. */
    record PublicForm(
            String name,
            String email,
            String phone,
            String organization,
            Boolean consent,
            String question,
            String authorName,
            String text,
            String challenge,
            String solution) {

        /** Without the sender's data. */
        @Override
        public String toString() {
            return "PublicForm[]";
        }
    }

    @PostMapping("/discussions/{id:\\d+}/register")
    String register(
            @PathVariable long organization,
            @PathVariable long id,
            @ModelAttribute PublicForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            Discussions.Registration registration = new Discussions.Registration(
                    form.name(),
                    form.email(),
                    form.phone(),
                    form.organization(),
                    Boolean.TRUE.equals(form.consent()),
                    form.question());
            guard.spend(form.challenge(), form.solution());
            guard.countSubmission(request.getRemoteAddr());
            discussions.register(organization, id, registration);
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            return refused(organization, id, "register", form, e, response, model);
        }
        model.addAttribute("discussion", discussions.publicDiscussion(organization, id));
        model.addAttribute("kind", "register");
        return "civil/public/receipt";
    }

    @PostMapping("/discussions/{id:\\d+}/question")
    String question(
            @PathVariable long organization,
            @PathVariable long id,
            @ModelAttribute PublicForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            guard.spend(form.challenge(), form.solution());
            guard.countSubmission(request.getRemoteAddr());
            discussions.ask(organization, id, form.authorName(), form.text());
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            return refused(organization, id, "question", form, e, response, model);
        }
        model.addAttribute("discussion", discussions.publicDiscussion(organization, id));
        model.addAttribute("kind", "question");
        return "civil/public/receipt";
    }

    private String refused(
            long organization,
            long id,
            String sent,
            PublicForm form,
            Refusal e,
            HttpServletResponse response,
            Model model) {
        response.setStatus(
                e.status() == Refusal.CONFLICT
                        ? HttpStatus.CONFLICT.value()
                        : HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problem", messages.reasons(e));
        return discussionPage(organization, id, model, sent, form);
    }
}
