package ru.probity.consultations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.Spreadsheet;

/** Pages of the consultations log, its statistics, the topics' classifier and the internal FAQ. */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

    private final Consultations consultations;
    private final Organizations organizations;
    private final Messages messages;
    private final RegionTime regionTime;

    ConsultationController(
            Consultations consultations, Organizations organizations, Messages messages, RegionTime regionTime) {
        this.consultations = consultations;
        this.organizations = organizations;
        this.messages = messages;
        this.regionTime = regionTime;
    }

    private static Consultations.Filter filter(
            String q, Long topic, Channel channel, Long organization, LocalDate from, LocalDate to) {
        return new Consultations.Filter(q, topic, channel, organization, from, to);
    }

    private void filterModel(Model model, CurrentUser user, Consultations.Filter f) {
        model.addAttribute("filter", f);
        model.addAttribute("topics", consultations.topics(false));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("organizations", organizations.visible(user));
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        CurrentUser user = CurrentUser.get();
        Consultations.Filter f = filter(q, topic, channel, organization, from, to);
        consultations.checkPeriod(f);
        model.addAttribute("found", consultations.search(user, f, 300));
        model.addAttribute("mayLog", consultations.canLog(user));
        filterModel(model, user, f);
        return "consultations/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        CurrentUser user = CurrentUser.get();
        if (!consultations.canLog(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not log consultations");
        }
        ConsultationForm blank = new ConsultationForm(
                null, null, null, null, null, null, null, null, regionTime.now().truncatedTo(ChronoUnit.MINUTES), null);
        return form(user, blank, null, null, model);
    }

    /** The form with its values: blank, the consultation's, or what was typed in a refused one. */
    private String form(CurrentUser user, ConsultationForm form, Long id, Long keptTopic, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute(
                "topics",
                consultations.topics(false).stream()
                        .filter(t -> t.active() || Long.valueOf(t.id()).equals(keptTopic))
                        .toList());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("organizations", organizations.visible(user));
        return "consultations/form";
    }

    /** A refused form comes back with what was typed and the reasons on top (a missing record stays a 404). */
    private String refused(Refusal e, CurrentUser user, ConsultationForm form, Long id, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return form(user, form, id, form.topicId(), model);
    }

    @PostMapping
    String save(ConsultationForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        long id;
        try {
            id = consultations.create(user, form);
        } catch (Refusal e) {
            return refused(e, user, form, null, model);
        }
        flash.addFlashAttribute("notice", "consultations.saved");
        return "redirect:/consultations/" + id;
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, @RequestParam(defaultValue = "false") boolean edit, Model model) {
        CurrentUser user = CurrentUser.get();
        Consultation c = consultations.get(user, id);
        boolean mayLog = consultations.canLog(user);
        model.addAttribute("consultation", c);
        model.addAttribute("mayLog", mayLog);
        if (mayLog && edit) {
            return form(
                    user,
                    new ConsultationForm(
                            c.askerOrganizationId(),
                            c.askerName(),
                            c.askerPost(),
                            c.askerContact(),
                            c.channel(),
                            c.topicId(),
                            c.question(),
                            c.answer(),
                            LocalDateTime.ofInstant(c.askedAt(), regionTime.zone()),
                            c.minutes()),
                    id,
                    c.topicId(),
                    model);
        }
        return "consultations/card";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, ConsultationForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            consultations.update(user, id, form);
        } catch (Refusal e) {
            return refused(e, user, form, id, model);
        }
        flash.addFlashAttribute("notice", "consultations.saved");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/{id}/faq")
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) String faqQuestion,
            @RequestParam(required = false) String faqAnswer,
            RedirectAttributes flash) {
        consultations.publish(CurrentUser.get(), id, faqQuestion, faqAnswer);
        flash.addFlashAttribute("notice", "consultations.faq.published");
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/{id}/faq/remove")
    String unpublish(@PathVariable long id, RedirectAttributes flash) {
        consultations.unpublish(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "consultations.faq.removed");
        return "redirect:/consultations/" + id;
    }

    @GetMapping("/faq")
    String faq(@RequestParam(required = false) String q, @RequestParam(required = false) Long topic, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("entries", consultations.faq(user, q, topic));
        model.addAttribute("q", q);
        model.addAttribute("topic", topic);
        model.addAttribute("topics", consultations.topics(false));
        model.addAttribute("mayRead", consultations.canRead(user));
        return "consultations/faq";
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) Long topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        CurrentUser user = CurrentUser.get();
        Consultations.Filter f = filter(null, topic, channel, organization, from, to);
        model.addAttribute("statistics", consultations.statistics(user, f));
        filterModel(model, user, f);
        return "consultations/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void statisticsXlsx(
            @RequestParam(required = false) Long topic,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        Consultations.Statistics s =
                consultations.statistics(CurrentUser.get(), filter(null, topic, channel, organization, from, to));
        var out = Downloads.xlsx(response, "konsultacii-" + regionTime.today() + ".xlsx");
        try (Spreadsheet workbook = new Spreadsheet()) {
            sheet(workbook, "consultations.stats.by.topic", "consultations.stats.key.topic", s.byTopic(), false);
            sheet(workbook, "consultations.stats.by.channel", "consultations.stats.key.channel", s.byChannel(), true);
            sheet(workbook, "consultations.stats.by.month", "consultations.stats.key.month", s.byMonth(), false);
            workbook.write(out);
        }
    }

    private void sheet(
            Spreadsheet workbook, String name, String heading, List<Consultations.StatRow> rows, boolean channel) {
        Spreadsheet.Table table = workbook.table(
                messages.text(name),
                new Spreadsheet.Column(messages.text(heading), 50),
                new Spreadsheet.Column(messages.text("consultations.stats.total"), 16),
                new Spreadsheet.Column(messages.text("consultations.stats.answered"), 16),
                new Spreadsheet.Column(messages.text("consultations.stats.minutes"), 16));
        for (Consultations.StatRow r : rows) {
            table.row(
                    channel ? messages.text("consultations.channel." + r.key()) : r.key(),
                    r.total(),
                    r.answered(),
                    r.minutes());
        }
    }

    @GetMapping("/topics")
    String topics(Model model) {
        CurrentUser user = CurrentUser.get();
        if (!consultations.canEditTopics(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not edit the topics of consultations");
        }
        model.addAttribute("topics", consultations.topics(false));
        return "consultations/topics";
    }

    @PostMapping("/topics")
    String addTopic(
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "200") int position,
            RedirectAttributes flash) {
        consultations.addTopic(CurrentUser.get(), name, position);
        flash.addFlashAttribute("notice", "consultations.topics.saved");
        return "redirect:/consultations/topics";
    }

    @PostMapping("/topics/{id}")
    String updateTopic(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") int position,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes flash) {
        consultations.updateTopic(CurrentUser.get(), id, name, position, active);
        flash.addFlashAttribute("notice", "consultations.topics.saved");
        return "redirect:/consultations/topics";
    }
}
