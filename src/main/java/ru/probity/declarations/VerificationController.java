package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/**
 * The officer's pages of the проверки: the list of the subtree, the start from a declaration, the card
 * with its steps and terms; a refusal goes back to the page it came from (the one page advice).
 */
@Controller
class VerificationController {

    private final Verifications verifications;

    VerificationController(Verifications verifications) {
        this.verifications = verifications;
    }

    @GetMapping("/verifications")
    String list(Model model) {
        List<Verification> rows = verifications.list(CurrentUser.get());
        model.addAttribute("verifications", rows);
        model.addAttribute("today", LocalDate.now());
        return "declarations/verifications";
    }

    @GetMapping("/verifications/{id}")
    String card(@PathVariable long id, Model model) {
        Verification v = verifications.get(CurrentUser.get(), id);
        model.addAttribute("v", v);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute(
                "outcomes",
                java.util.Arrays.stream(VerificationOutcome.values())
                        .filter(o -> o.fits(v.kind()))
                        .toList());
        model.addAttribute("penalties", VerificationPenalty.values());
        model.addAttribute("maxExtension", Verification.EXTENSION_DAYS);
        return "declarations/verification";
    }

    @PostMapping("/declarations/{id}/verifications")
    String start(
            @PathVariable long id,
            @RequestParam(required = false) VerificationKind kind,
            @RequestParam(required = false) String ground,
            @RequestParam(required = false) String groundSource,
            @RequestParam(required = false) String decidedBy,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
            RedirectAttributes flash) {
        long started = verifications.start(
                CurrentUser.get(),
                id,
                new Verifications.Start(kind, ground, groundSource, decidedBy, decisionNumber, decidedOn));
        flash.addFlashAttribute("notice", "verifications.started");
        return "redirect:/verifications/" + started;
    }

    @PostMapping("/verifications/{id}/notified")
    String notified(
            @PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        verifications.notified(CurrentUser.get(), id, on);
        return back(id);
    }

    @PostMapping("/verifications/{id}/explanation")
    String explanation(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) String text) {
        verifications.explanation(CurrentUser.get(), id, on, text);
        return back(id);
    }

    @PostMapping("/verifications/{id}/refusal-act")
    String refusalAct(
            @PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        verifications.refusalAct(CurrentUser.get(), id, on);
        return back(id);
    }

    @PostMapping("/verifications/{id}/interview-requested")
    String interviewRequested(
            @PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        verifications.interviewRequested(CurrentUser.get(), id, on);
        return back(id);
    }

    @PostMapping("/verifications/{id}/interview")
    String interview(
            @PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        verifications.interview(CurrentUser.get(), id, on);
        return back(id);
    }

    @PostMapping("/verifications/{id}/requests")
    String request(
            @PathVariable long id,
            @RequestParam(required = false) String addressee,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        verifications.request(CurrentUser.get(), id, addressee, subject, on);
        return back(id);
    }

    @PostMapping("/verifications/{id}/extension")
    String extend(
            @PathVariable long id,
            @RequestParam(required = false, defaultValue = "0") int days,
            @RequestParam(required = false) String reason) {
        verifications.extend(CurrentUser.get(), id, days, reason);
        return back(id);
    }

    @PostMapping("/verifications/{id}/report")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) VerificationOutcome outcome,
            @RequestParam(required = false) String text) {
        verifications.report(CurrentUser.get(), id, on, outcome, text);
        return back(id);
    }

    @PostMapping("/verifications/{id}/informed")
    String informed(
            @PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        verifications.informed(CurrentUser.get(), id, on);
        return back(id);
    }

    @PostMapping("/verifications/{id}/prosecutor")
    String prosecutor(
            @PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        verifications.prosecutor(CurrentUser.get(), id, on);
        return back(id);
    }

    @PostMapping("/verifications/{id}/commission")
    String commission(@PathVariable long id, RedirectAttributes flash) {
        verifications.referToCommission(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "declarations.commission.sent");
        return back(id);
    }

    @PostMapping("/verifications/{id}/penalty")
    String penalty(
            @PathVariable long id,
            @RequestParam(required = false) VerificationPenalty penalty,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate discoveredOn,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate committedOn) {
        verifications.penalty(CurrentUser.get(), id, penalty, on, discoveredOn, committedOn);
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/verifications/" + id;
    }
}
