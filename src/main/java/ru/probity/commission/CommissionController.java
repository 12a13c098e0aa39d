package ru.probity.commission;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;

/** Pages of the commission: overview, composition, cases, follow-ups and statistics. */
@Controller
@RequestMapping("/commission")
class CommissionController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Commissions commissions;
    private final Cases cases;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final CommissionStatistics statistics;
    private final Organizations organizations;

    CommissionController(
            Commissions commissions,
            Cases cases,
            Meetings meetings,
            FollowUps followUps,
            CommissionStatistics statistics,
            Organizations organizations) {
        this.commissions = commissions;
        this.cases = cases;
        this.meetings = meetings;
        this.followUps = followUps;
        this.statistics = statistics;
        this.organizations = organizations;
    }

    private static CurrentUser reader() {
        CurrentUser user = CurrentUser.get();
        if (!Commissions.readsAll(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not see the commission's work");
        }
        return user;
    }

    @GetMapping
    String overview(Model model) {
        CurrentUser user = reader();
        model.addAttribute("commissions", commissions.visible(user));
        model.addAttribute(
                "open",
                cases.list(user, new Cases.Filter(null, null, null), 200).stream()
                        .filter(CommissionCase::open)
                        .toList());
        model.addAttribute("meetings", meetings.visible(user, 20));
        model.addAttribute(
                "overdueFollowUps",
                followUps.list(user, true).stream().filter(FollowUp::overdue).count());
        model.addAttribute("composer", Commissions.keeps(user));
        model.addAttribute("readsTransfers", Commissions.readsSubtree(user));
        if (Commissions.keeps(user)) {
            model.addAttribute("organizations", organizations.visible(user));
            model.addAttribute("defaultName", Commissions.DEFAULT_NAME);
            model.addAttribute("commissionKinds", CommissionKind.values());
        }
        return "commission/index";
    }

    @PostMapping
    String create(
            @RequestParam long organizationId,
            @RequestParam(required = false) CommissionKind kind,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String basis,
            RedirectAttributes flash) {
        long id = commissions.create(CurrentUser.get(), organizationId, kind, name, basis);
        flash.addFlashAttribute("notice", "commission.created");
        return "redirect:/commission/" + id;
    }

    @GetMapping("/{id}")
    String commission(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Commission c = commissions.get(user, id);
        model.addAttribute("c", c);
        model.addAttribute("members", commissions.members(user, id));
        model.addAttribute("composition", commissions.composition(id, LocalDate.now()));
        model.addAttribute("meetings", meetings.ofCommission(user, id));
        model.addAttribute(
                "cases",
                cases.list(user, new Cases.Filter(null, id, null), 500).stream()
                        .filter(CommissionCase::open)
                        .toList());
        model.addAttribute("composer", commissions.forms(user, c));
        model.addAttribute("keeper", commissions.keepsMeetings(user, c));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("today", LocalDate.now());
        if (Commissions.keeps(user)) {
            model.addAttribute("organizations", organizations.visible(user));
        }
        return "commission/commission";
    }

    /** The acts handing a body's cases to another body's commission; officers record them. */
    @GetMapping("/transfers")
    String transfers(Model model) {
        CurrentUser user = reader();
        model.addAttribute("acts", commissions.transferActs(user));
        model.addAttribute("today", LocalDate.now());
        boolean recorder = Commissions.recordsTransfers(user);
        model.addAttribute("recorder", recorder);
        if (recorder) {
            model.addAttribute("organizations", organizations.visible(user));
            model.addAttribute(
                    "commissions",
                    commissions.visible(user).stream()
                            .filter(c -> !c.forMunicipalPosts())
                            .toList());
        }
        return "commission/transfers";
    }

    @PostMapping("/transfers")
    String recordTransfer(@ModelAttribute Commissions.TransferForm form, RedirectAttributes flash) {
        commissions.recordTransfer(CurrentUser.get(), form);
        return done("/commission/transfers", flash, "commission.transfer.recorded");
    }

    @PostMapping("/transfers/{id}/end")
    String endTransfer(
            @PathVariable long id,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate validTo,
            RedirectAttributes flash) {
        commissions.endTransfer(CurrentUser.get(), id, validTo);
        return done("/commission/transfers", flash, "commission.transfer.ended");
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @ModelAttribute Commissions.MemberForm form, RedirectAttributes flash) {
        commissions.addMember(CurrentUser.get(), id, form);
        return done("/commission/" + id, flash, "commission.memberAdded");
    }

    @PostMapping("/members/{memberId}/end")
    String endTerm(
            @PathVariable long memberId,
            @RequestParam long commission,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes flash) {
        commissions.endTerm(CurrentUser.get(), memberId, on);
        return done("/commission/" + commission, flash, "commission.termEnded");
    }

    @PostMapping("/{id}/meetings")
    String createMeeting(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
            @RequestParam(required = false) String place,
            RedirectAttributes flash) {
        long meeting = meetings.create(CurrentUser.get(), id, heldOn, startsAt, place);
        flash.addFlashAttribute("notice", "commission.meetingCreated");
        return "redirect:/commission/meetings/" + meeting;
    }

    /** The form of a case an officer brings: the head's submission or other materials. */
    record CaseForm(
            long organizationId,
            CaseKind kind,
            String personName,
            String personPost,
            String summary,
            String materials) {}

    @PostMapping("/cases")
    String openCase(@ModelAttribute CaseForm form, RedirectAttributes flash) {
        long id = cases.openManually(
                CurrentUser.get(),
                form.kind(),
                form.organizationId(),
                form.personName(),
                form.personPost(),
                form.summary(),
                form.materials());
        flash.addFlashAttribute("notice", "commission.caseOpened");
        return "redirect:/commission/cases/" + id;
    }

    @GetMapping("/cases")
    String cases(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) CaseKind kind,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        CurrentUser user = reader();
        model.addAttribute(
                "found", cases.list(user, new Cases.Filter(status, null, kind, organization, open, overdue), 1000));
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("open", open);
        model.addAttribute("overdue", overdue);
        model.addAttribute("organization", organization == null ? null : organizations.get(user, organization));
        return "commission/cases";
    }

    @GetMapping("/cases/{id}")
    String caseCard(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        CommissionCase c = cases.get(user, id);
        model.addAttribute("k", c);
        model.addAttribute("followUps", followUps.ofCase(user, id));
        model.addAttribute(
                "keeper",
                c.commissionId() != null && commissions.keepsMeetings(user, commissions.load(c.commissionId())));
        // the penalties of the person's kind of service (25-ФЗ or 79-ФЗ; the 25-ФЗ list when unknown)
        model.addAttribute(
                "measuresLaw",
                c.employeeCategory() == ru.probity.org.EmployeeCategory.REGIONAL_CIVIL_SERVANT
                        ? "commission.measuresCivil"
                        : Measure.assumedMunicipal(c.employeeCategory())
                                ? "commission.measuresAssumed"
                                : "commission.measuresMunicipal");
        model.addAttribute("today", LocalDate.now());
        // the declaration itself opens for the officers of its subtree only; its page checks that again
        model.addAttribute("mayOpenDeclaration", user.role().managesRegistry());
        return "commission/case";
    }

    @PostMapping("/cases/{id}/follow-ups")
    String addFollowUp(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String responsible,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes flash) {
        followUps.add(CurrentUser.get(), id, title, responsible, dueOn);
        return done("/commission/cases/" + id, flash, "commission.followUpAdded");
    }

    @PostMapping("/follow-ups/{id}/done")
    String completeFollowUp(
            @PathVariable long id,
            @RequestParam(required = false) Measure measure,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "/commission/follow-ups") String back,
            RedirectAttributes flash) {
        String target = back.startsWith("/commission/") ? back : "/commission/follow-ups";
        followUps.complete(CurrentUser.get(), id, measure, note, LocalDate.now());
        return done(target, flash, "commission.followUpDone");
    }

    @GetMapping("/follow-ups")
    String followUps(@RequestParam(defaultValue = "true") boolean open, Model model) {
        CurrentUser user = reader();
        model.addAttribute("found", followUps.list(user, open));
        model.addAttribute("open", open);
        model.addAttribute("measures", Measure.values());
        return "commission/follow-ups";
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("f", statistics.figures(CurrentUser.get(), from, to));
        return "commission/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void statisticsXlsx(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        CommissionStatistics.Figures f = statistics.figures(CurrentUser.get(), from, to);
        statistics.writeXlsx(f, Downloads.xlsx(response, "komissiya-statistika-" + f.to() + ".xlsx"));
    }

    /** Back to the page with the notice; a refusal goes back with its reason (platform's page advice). */
    static String done(String target, RedirectAttributes flash, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:" + target;
    }

    static void docx(HttpServletResponse response, String fileName) throws java.io.IOException {
        Downloads.document(response, fileName, DOCX);
    }
}
