package ru.probity.commission;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.commission.model.CaseStatus;
import ru.probity.commission.model.Tally;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;

/** The meeting page: agenda, invitations, attendance and quorum, recusals, votes, minutes and extracts. */
@Controller
@RequestMapping("/commission")
class MeetingController {

    private final Meetings meetings;
    private final Voting voting;
    private final Cases cases;
    private final Invitations invitations;
    private final Messages messages;

    MeetingController(Meetings meetings, Voting voting, Cases cases, Invitations invitations, Messages messages) {
        this.messages = messages;
        this.meetings = meetings;
        this.voting = voting;
        this.cases = cases;
        this.invitations = invitations;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Meeting meeting = meetings.get(user, id);
        List<AgendaItem> agenda = meetings.agenda(user, id);
        List<Meetings.Attendance> attendance = meetings.attendance(id);
        Map<Long, Member> members = new HashMap<>();
        attendance.forEach(a -> members.put(a.member().id(), a.member()));
        Map<Long, List<Member>> eligible = new HashMap<>();
        agenda.forEach(item -> eligible.put(item.id(), voting.eligible(id, item)));
        boolean keeper = meeting.planned() && meetings.keeps(user, meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", agenda);
        model.addAttribute("attendance", attendance);
        model.addAttribute("members", members);
        model.addAttribute("eligible", eligible);
        model.addAttribute("presences", ServantPresence.values());
        model.addAttribute("quorum", meetings.quorum(id));
        model.addAttribute("invitations", invitations.of(id));
        model.addAttribute("keeper", keeper);
        model.addAttribute("held", keeper && meetings.canHold(meeting));
        if (keeper) {
            model.addAttribute(
                    "pending",
                    cases.list(user, new Cases.Filter(CaseStatus.PENDING.name(), meeting.commissionId(), null), 500));
        }
        return "commission/meeting";
    }

    @PostMapping("/meetings/{id}/agenda")
    String addToAgenda(@PathVariable long id, @RequestParam long caseId, RedirectAttributes flash) {
        meetings.addToAgenda(CurrentUser.get(), id, caseId);
        return done(id, flash, "commission.agendaAdded");
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/remove")
    String removeFromAgenda(@PathVariable long id, @PathVariable long itemId, RedirectAttributes flash) {
        meetings.removeFromAgenda(CurrentUser.get(), itemId);
        return done(id, flash, "commission.agendaRemoved");
    }

    @PostMapping("/meetings/{id}/invitations")
    String invite(@PathVariable long id, RedirectAttributes flash) {
        invitations.invite(CurrentUser.get(), id);
        return done(id, flash, "commission.invited");
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(
            @PathVariable long id,
            @RequestParam(name = "present", required = false) List<Long> present,
            RedirectAttributes flash) {
        Set<Long> ids = present == null ? Set.of() : new HashSet<>(present);
        meetings.recordAttendance(CurrentUser.get(), id, ids);
        return done(id, flash, "commission.attendanceSaved");
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/recusal")
    String recuse(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam long memberId,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        voting.recuse(CurrentUser.get(), itemId, memberId, reason);
        return done(id, flash, "commission.recused");
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/recusal/{memberId}/withdraw")
    String withdrawRecusal(
            @PathVariable long id, @PathVariable long itemId, @PathVariable long memberId, RedirectAttributes flash) {
        voting.withdrawRecusal(CurrentUser.get(), itemId, memberId);
        return done(id, flash, "commission.recusalWithdrawn");
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) String motivation,
            @RequestParam(required = false) String heard,
            @RequestParam(required = false) String speeches,
            @RequestParam(defaultValue = "false") boolean openVote,
            @RequestParam(required = false) Integer votesFor,
            @RequestParam(required = false) Integer votesAgainst,
            @RequestParam(required = false) Integer votesAbstained,
            @RequestParam(required = false) ServantPresence servantPresence,
            @RequestParam(defaultValue = "false") boolean lawEnforcement,
            @RequestParam Map<String, String> params,
            RedirectAttributes flash) {
        Map<Long, String> votes = new HashMap<>();
        if (openVote) {
            params.forEach((name, value) -> {
                if (name.startsWith("vote_")) {
                    votes.put(Long.parseLong(name.substring(5)), value);
                }
            });
        }
        // a secret ballot's totals; missing or negative ones are refused by the vote as not adding up
        Tally totals = !openVote
                        && votesFor != null
                        && votesAgainst != null
                        && votesAbstained != null
                        && votesFor >= 0
                        && votesAgainst >= 0
                        && votesAbstained >= 0
                ? new Tally(votesFor, votesAgainst, votesAbstained)
                : null;
        Voting.Outcome outcome = voting.decide(
                CurrentUser.get(),
                itemId,
                new Voting.Ballot(
                        decision,
                        motivation,
                        heard,
                        speeches,
                        openVote,
                        votes,
                        totals,
                        servantPresence,
                        lawEnforcement));
        flash.addFlashAttribute("notice", outcome.adopted() ? "commission.decided" : "commission.notAdopted");
        return "redirect:/commission/meetings/" + id + "#item-" + itemId;
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/dissent")
    String dissent(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam long memberId,
            @RequestParam(required = false) String text,
            RedirectAttributes flash) {
        voting.dissent(CurrentUser.get(), itemId, memberId, text);
        flash.addFlashAttribute("notice", "commission.dissentSaved");
        return "redirect:/commission/meetings/" + id + "#item-" + itemId;
    }

    @PostMapping("/meetings/{id}/invitees")
    String invitees(@PathVariable long id, @RequestParam(required = false) String invitees, RedirectAttributes flash) {
        meetings.recordInvitees(CurrentUser.get(), id, invitees);
        return done(id, flash, "commission.inviteesSaved");
    }

    @PostMapping("/meetings/{id}/close")
    String close(@PathVariable long id, RedirectAttributes flash) {
        meetings.close(CurrentUser.get(), id);
        return done(id, flash, "commission.meetingClosed");
    }

    @GetMapping("/meetings/{id}/minutes.docx")
    void minutes(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        Meeting meeting = meetings.get(user, id);
        List<AgendaItem> agenda = meetings.agenda(user, id);
        CommissionController.docx(response, "protokol-" + meeting.number() + "-" + meeting.heldOn() + ".docx");
        CommissionDocuments.minutes(
                messages, meeting, meetings.attendance(id), meetings.quorum(id), agenda, response.getOutputStream());
    }

    /**
     * The extract of the decision on a case: for those who read the commission, and for the
     * employee concerned himself.
     */
    @GetMapping("/cases/{id}/extract.docx")
    void extract(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        CommissionCase c = cases.load(id);
        boolean concerned = user.employeeId() != null && user.employeeId().equals(c.employeeId());
        if (!concerned) {
            c = cases.get(user, id);
        }
        if (c.status() != CaseStatus.DECIDED || c.meetingId() == null) {
            throw new NotFound("decision of case", id);
        }
        Meeting meeting = meetings.load(c.meetingId());
        AgendaItem item = meetings.agenda(c.meetingId()).stream()
                .filter(i -> i.theCase().id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("decision of case", id));
        Member secretary = meetings.attendance(c.meetingId()).stream()
                .map(Meetings.Attendance::member)
                .filter(m -> m.role() == MemberRole.SECRETARY)
                .findFirst()
                .orElse(null);
        if (concerned) {
            cases.recordExtractRead(c);
        }
        CommissionController.docx(response, "vypiska-" + meeting.number() + "-" + id + ".docx");
        CommissionDocuments.extract(messages, meeting, item, secretary, response.getOutputStream());
    }

    private static String done(long meetingId, RedirectAttributes flash, String notice) {
        return CommissionController.done("/commission/meetings/" + meetingId, flash, notice);
    }
}
