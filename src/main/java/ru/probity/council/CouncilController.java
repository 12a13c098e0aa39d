package ru.probity.council;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
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
import ru.probity.access.CurrentUser;
import ru.probity.council.model.CouncilRole;
import ru.probity.council.model.Presence;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.UploadLimits;

/**
 * Pages of the councils: the list with the forming of a council, a council's card (composition,
 * meetings), a meeting's card (agenda with «СЛУШАЛИ / РЕШИЛИ», attendance, materials, the decisions
 * as assignments, the public summary) and the minutes as DOCX.
 */
@Controller
@RequestMapping("/council")
class CouncilController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Councils councils;
    private final CouncilAssignments assignments;
    private final Organizations organizations;
    private final CouncilSettings settings;
    private final Messages messages;
    private final RegionTime regionTime;

    CouncilController(
            Councils councils,
            CouncilAssignments assignments,
            Organizations organizations,
            CouncilSettings settings,
            Messages messages,
            RegionTime regionTime) {
        this.councils = councils;
        this.assignments = assignments;
        this.organizations = organizations;
        this.settings = settings;
        this.messages = messages;
        this.regionTime = regionTime;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("councils", councils.councils(user));
        model.addAttribute("forms", Councils.formsCouncils(user));
        if (Councils.formsCouncils(user)) {
            model.addAttribute("organizations", organizations.visible(user));
        }
        return "council/list";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String name,
            RedirectAttributes flash) {
        long id = councils.create(CurrentUser.get(), organizationId, name);
        flash.addFlashAttribute("notice", "council.created");
        return "redirect:/council/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Council council = councils.get(user, id);
        model.addAttribute("council", council);
        model.addAttribute("members", councils.members(user, council));
        model.addAttribute("meetings", councils.meetings(user, council));
        model.addAttribute("keeps", councils.keeps(user, council));
        model.addAttribute("roles", CouncilRole.values());
        model.addAttribute("today", regionTime.today());
        return "council/card";
    }

    @PostMapping("/{id:\\d+}/name")
    String rename(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes flash) {
        councils.rename(CurrentUser.get(), id, name);
        flash.addFlashAttribute("notice", "council.saved");
        return "redirect:/council/" + id;
    }

    @PostMapping("/{id:\\d+}/members")
    String addMember(@PathVariable long id, @ModelAttribute Councils.MemberForm form, RedirectAttributes flash) {
        councils.addMember(CurrentUser.get(), id, form);
        flash.addFlashAttribute("notice", "council.memberAdded");
        return "redirect:/council/" + id + "#members";
    }

    @PostMapping("/{id:\\d+}/members/{member:\\d+}/end")
    String endMember(
            @PathVariable long id,
            @PathVariable long member,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate memberTo,
            RedirectAttributes flash) {
        councils.endMembership(CurrentUser.get(), id, member, memberTo);
        flash.addFlashAttribute("notice", "council.memberEnded");
        return "redirect:/council/" + id + "#members";
    }

    @PostMapping("/{id:\\d+}/meetings")
    String announce(@PathVariable long id, @ModelAttribute Councils.MeetingForm form, RedirectAttributes flash) {
        long meeting = councils.announce(CurrentUser.get(), id, form);
        flash.addFlashAttribute("notice", "council.meetingAnnounced");
        return "redirect:/council/meetings/" + meeting;
    }

    // --- a meeting

    @GetMapping("/meetings/{id:\\d+}")
    String meeting(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Meeting meeting = councils.meeting(user, id);
        boolean keeps = councils.keeps(user, meeting);
        List<Assignment> decisions = assignments.of(user, meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("keeps", keeps);
        model.addAttribute("agenda", councils.agenda(user, meeting));
        model.addAttribute("attendance", councils.attendance(user, meeting));
        model.addAttribute("materials", councils.materials(user, meeting));
        model.addAttribute("assignments", decisions);
        model.addAttribute(
                "removable",
                decisions.stream()
                        .filter(a -> assignments.canRemove(user, a))
                        .map(Assignment::id)
                        .toList());
        model.addAttribute("presences", Presence.values());
        model.addAttribute("maxFileMb", settings.maxFileMb());
        model.addAttribute(
                "canHold", keeps && !meeting.held() && !meeting.heldOn().isAfter(regionTime.today()));
        if (keeps) {
            model.addAttribute("organizations", organizations.visible(user));
        }
        return "council/meeting";
    }

    @PostMapping("/meetings/{id:\\d+}")
    String reschedule(@PathVariable long id, @ModelAttribute Councils.MeetingForm form, RedirectAttributes flash) {
        councils.reschedule(CurrentUser.get(), id, form);
        flash.addFlashAttribute("notice", "council.saved");
        return "redirect:/council/meetings/" + id;
    }

    @PostMapping("/meetings/{id:\\d+}/hold")
    String hold(@PathVariable long id, RedirectAttributes flash) {
        councils.hold(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "council.meetingHeld");
        return "redirect:/council/meetings/" + id;
    }

    @PostMapping("/meetings/{id:\\d+}/agenda")
    String addItem(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String speaker,
            RedirectAttributes flash) {
        long item = councils.addAgendaItem(CurrentUser.get(), id, title, speaker);
        flash.addFlashAttribute("notice", "council.itemAdded");
        return "redirect:/council/meetings/" + id + "#item-" + item;
    }

    @PostMapping("/meetings/{id:\\d+}/agenda/{item:\\d+}")
    String recordItem(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(required = false) String heard,
            @RequestParam(required = false) String decided,
            RedirectAttributes flash) {
        councils.recordItem(CurrentUser.get(), id, item, heard, decided);
        flash.addFlashAttribute("notice", "council.saved");
        return "redirect:/council/meetings/" + id + "#item-" + item;
    }

    @PostMapping("/meetings/{id:\\d+}/attendance")
    String attendance(
            @PathVariable long id,
            @RequestParam(name = "member", required = false) List<Long> members,
            @RequestParam Map<String, String> fields,
            RedirectAttributes flash) {
        List<Councils.PresenceInput> rows = new ArrayList<>();
        for (Long member : members == null ? List.<Long>of() : members) {
            String presence = fields.get("presence-" + member);
            rows.add(new Councils.PresenceInput(
                    member,
                    presence == null || presence.isBlank() ? null : presence(presence),
                    fields.get("replacedBy-" + member)));
        }
        councils.recordAttendance(CurrentUser.get(), id, rows);
        flash.addFlashAttribute("notice", "council.attendanceSaved");
        return "redirect:/council/meetings/" + id + "#attendance";
    }

    private static Presence presence(String value) {
        try {
            return Presence.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("council.error.presence");
        }
    }

    @PostMapping("/meetings/{id:\\d+}/materials")
    String addMaterial(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        councils.addMaterial(
                CurrentUser.get(), id, file.getOriginalFilename(), UploadLimits.bytes(file, settings.maxFileBytes()));
        flash.addFlashAttribute("notice", "council.materialAdded");
        return "redirect:/council/meetings/" + id + "#materials";
    }

    @GetMapping("/meetings/{id:\\d+}/materials/{file:\\d+}")
    void material(@PathVariable long id, @PathVariable long file, HttpServletResponse response) throws IOException {
        Councils.Download content = councils.material(CurrentUser.get(), id, file);
        Downloads.attachedFile(response, content.name(), content.contentType(), content.bytes());
    }

    @PostMapping("/meetings/{id:\\d+}/assignments")
    String assign(
            @PathVariable long id, @ModelAttribute CouncilAssignments.AssignmentForm form, RedirectAttributes flash) {
        long assignment = assignments.assign(CurrentUser.get(), id, form);
        flash.addFlashAttribute("notice", "council.assignmentAdded");
        return "redirect:/council/meetings/" + id + "#assignment-" + assignment;
    }

    @PostMapping("/meetings/{id:\\d+}/publication")
    String publication(
            @PathVariable long id,
            @RequestParam(required = false) String summary,
            @RequestParam(defaultValue = "false") boolean published,
            RedirectAttributes flash) {
        councils.publication(CurrentUser.get(), id, summary, published);
        flash.addFlashAttribute("notice", published ? "council.published" : "council.summarySaved");
        return "redirect:/council/meetings/" + id + "#publication";
    }

    @GetMapping("/meetings/{id:\\d+}/minutes.docx")
    void minutes(@PathVariable long id, HttpServletResponse response) throws IOException {
        CouncilMinutes.Data data = councils.minutes(CurrentUser.get(), id);
        try (OutputStream out = Downloads.document(response, "council-minutes-" + id + ".docx", DOCX)) {
            CouncilMinutes.write(messages, data, out);
        }
    }
}
