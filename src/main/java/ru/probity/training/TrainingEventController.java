package ru.probity.training;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.RegionTime;
import ru.probity.platform.UploadLimits;
import ru.probity.training.model.EventKind;

/**
 * Training events: the list (the employee's and the followed ones), the card with enrolment,
 * sessions, materials and participants, the attendance list of a session, certificates and the
 * statistics by organization.
 */
@Controller
@RequestMapping("/training/events")
class TrainingEventController {

    private final TrainingEvents events;
    private final Enrolments enrolments;
    private final EventSessions sessions;
    private final EventMaterials materials;
    private final EventCertificates certificates;
    private final TrainingEventStatistics statistics;
    private final Exams exams;
    private final Organizations organizations;
    private final RegionTime regionTime;

    TrainingEventController(
            TrainingEvents events,
            Enrolments enrolments,
            EventSessions sessions,
            EventMaterials materials,
            EventCertificates certificates,
            TrainingEventStatistics statistics,
            Exams exams,
            Organizations organizations,
            RegionTime regionTime) {
        this.events = events;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.materials = materials;
        this.certificates = certificates;
        this.statistics = statistics;
        this.exams = exams;
        this.organizations = organizations;
        this.regionTime = regionTime;
    }

    /** Officers find events under «Обучение»; employees have an item of their own. */
    private static String section() {
        return CurrentUser.get().role().readsRegistry() ? "training" : "events";
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("mine", events.mine(user));
        model.addAttribute("events", user.role().readsRegistry() ? events.events(user) : List.of());
        model.addAttribute("section", section());
        return "training/events";
    }

    @GetMapping("/new")
    String form(Model model) {
        CurrentUser user = CurrentUser.get();
        QuestionBank.requireKeeper(user);
        formModel(user, model);
        model.addAttribute("defaultStart", regionTime.today().plusDays(7).atTime(10, 0));
        return "training/event-form";
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("details", events.details(user, id));
        model.addAttribute("eventId", id);
        formModel(user, model);
        return "training/event-form";
    }

    private void formModel(CurrentUser user, Model model) {
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("tests", exams.tests(user));
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("section", section());
    }

    /** A refused form goes back to the form it came from with the reason (platform.ErrorPages). */
    @PostMapping
    String create(@ModelAttribute EventForm form, RedirectAttributes flash) {
        long id = events.create(CurrentUser.get(), form.withFirstSession());
        flash.addFlashAttribute("notice", "training.events.created");
        return "redirect:/training/events/" + id;
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute EventForm form, RedirectAttributes flash) {
        events.update(CurrentUser.get(), id, form.details());
        flash.addFlashAttribute("notice", "training.events.updated");
        return "redirect:/training/events/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String card(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        TrainingEvents.Event event = events.event(user, id);
        boolean follows = events.follows(user, event);
        boolean officer = follows && user.role().managesRegistry();
        model.addAttribute("event", event);
        model.addAttribute("sessions", sessions.sessions(user, id));
        model.addAttribute("audience", events.audience(user, id));
        model.addAttribute("materials", materials.materials(user, id));
        model.addAttribute("readsMaterials", materials.readsMaterials(user, event));
        model.addAttribute("own", enrolments.own(user, id));
        model.addAttribute("inAudience", events.inAudience(user, id));
        model.addAttribute("edits", events.edits(user, event));
        model.addAttribute("follows", follows);
        model.addAttribute("officer", officer);
        model.addAttribute("participants", follows ? enrolments.participants(user, id) : List.of());
        model.addAttribute("candidates", officer ? enrolments.candidates(user, id, q) : List.of());
        model.addAttribute("organizations", officer ? organizations.visible(user) : List.of());
        model.addAttribute("q", q);
        model.addAttribute("defaultStart", regionTime.today().plusDays(7).atTime(10, 0));
        model.addAttribute("section", section());
        return "training/event";
    }

    @PostMapping("/{id:\\d+}/enrol")
    String enrol(@PathVariable long id, RedirectAttributes flash) {
        Enrolments.Outcome result = enrolments.enrol(CurrentUser.get(), id);
        flash.addFlashAttribute(
                result == Enrolments.Outcome.ENROLLED ? "notice" : "problem", "training.events.enrolment." + result);
        return "redirect:/training/events/" + id;
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes flash) {
        boolean cancelled = enrolments.cancelOwn(CurrentUser.get(), id);
        flash.addFlashAttribute(
                cancelled ? "notice" : "problem",
                cancelled ? "training.events.withdrawn" : "training.events.error.withdraw");
        return "redirect:/training/events/" + id;
    }

    @PostMapping("/{id:\\d+}/participants")
    String enrolOthers(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> employees,
            @RequestParam(required = false) Long organization,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        Enrolments.Bulk bulk = organization != null
                ? enrolments.enrolOrganization(user, id, organization)
                : enrolments.enrolEmployees(user, id, employees == null ? List.of() : employees);
        flash.addFlashAttribute("bulk", bulk);
        return "redirect:/training/events/" + id;
    }

    @PostMapping("/participants/{enrolment:\\d+}/cancel")
    String cancelParticipant(@PathVariable long enrolment, @RequestParam long event, RedirectAttributes flash) {
        if (enrolments.cancelParticipant(CurrentUser.get(), enrolment)) {
            flash.addFlashAttribute("notice", "training.events.participantCancelled");
        }
        return "redirect:/training/events/" + event;
    }

    @PostMapping("/{id:\\d+}/sessions")
    String addSession(@PathVariable long id, @ModelAttribute SessionForm form, RedirectAttributes flash) {
        sessions.addSession(CurrentUser.get(), id, form.startsAt(), form.minutes(), form.place(), form.link());
        flash.addFlashAttribute("notice", "training.events.sessionAdded");
        return "redirect:/training/events/" + id;
    }

    @PostMapping("/sessions/{session:\\d+}/remove")
    String removeSession(@PathVariable long session, @RequestParam long event, RedirectAttributes flash) {
        boolean removed = sessions.removeSession(CurrentUser.get(), session);
        flash.addFlashAttribute(
                removed ? "notice" : "problem",
                removed ? "training.events.sessionRemoved" : "training.events.error.removeSession");
        return "redirect:/training/events/" + event;
    }

    @PostMapping("/{id:\\d+}/cancel")
    String cancelEvent(@PathVariable long id, RedirectAttributes flash) {
        events.cancelEvent(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "training.events.cancelled");
        return "redirect:/training/events/" + id;
    }

    @GetMapping("/sessions/{session:\\d+}/attendance")
    String attendance(@PathVariable long session, @RequestParam long event, Model model) {
        CurrentUser user = CurrentUser.get();
        List<EventSessions.Mark> marks = sessions.attendance(user, session);
        model.addAttribute("event", events.event(user, event));
        model.addAttribute(
                "slot",
                sessions.sessions(user, event).stream()
                        .filter(s -> s.id() == session)
                        .findFirst()
                        .orElseThrow(() -> new AccessDeniedException("No session " + session)));
        model.addAttribute("marks", marks);
        model.addAttribute("section", section());
        return "training/attendance";
    }

    @PostMapping("/sessions/{session:\\d+}/attendance")
    String markAttendance(
            @PathVariable long session,
            @RequestParam long event,
            @RequestParam(required = false) List<Long> shown,
            @RequestParam(required = false) List<Long> present,
            @RequestParam(defaultValue = "false") boolean everybody,
            RedirectAttributes flash) {
        sessions.markAttendance(
                CurrentUser.get(),
                session,
                shown == null ? List.of() : shown,
                everybody ? shown : present == null ? List.of() : present);
        flash.addFlashAttribute("notice", "training.events.attendanceSaved");
        return "redirect:/training/events/sessions/" + session + "/attendance?event=" + event;
    }

    @PostMapping("/{id:\\d+}/materials")
    String addMaterial(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        materials.addMaterial(
                CurrentUser.get(),
                id,
                file.getOriginalFilename(),
                file.getContentType(),
                UploadLimits.bytes(file, EventMaterials.MAX_MATERIAL_BYTES));
        flash.addFlashAttribute("notice", "training.events.materialAdded");
        return "redirect:/training/events/" + id;
    }

    @PostMapping("/materials/{material:\\d+}/remove")
    String removeMaterial(@PathVariable long material, @RequestParam long event) {
        materials.removeMaterial(CurrentUser.get(), material);
        return "redirect:/training/events/" + event;
    }

    @GetMapping("/materials/{material:\\d+}")
    void material(@PathVariable long material, HttpServletResponse response) throws IOException {
        EventMaterials.Download file = materials.material(CurrentUser.get(), material);
        Downloads.attachedFile(response, file.fileName(), file.contentType(), file.content());
    }

    @GetMapping("/participants/{enrolment:\\d+}/certificate.pdf")
    void certificate(@PathVariable long enrolment, HttpServletResponse response) throws IOException {
        EventCertificates.CertificateData data = certificates.certificate(CurrentUser.get(), enrolment);
        if (data == null) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        EventCertificate.write(data, regionTime.zone(), pdf);
        Downloads.attachedFile(
                response,
                "sertifikat-" + data.event().id() + "-" + enrolment + ".pdf",
                "application/pdf",
                pdf.toByteArray());
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("stats", statistics.byOrganization(CurrentUser.get(), from, to));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("section", section());
        return "training/event-statistics";
    }

    @GetMapping("/statistics.xlsx")
    void statisticsXlsx(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        var out = Downloads.xlsx(response, "obuchenie-" + LocalDate.now() + ".xlsx");
        statistics.writeXlsx(CurrentUser.get(), from, to, out);
    }
}
