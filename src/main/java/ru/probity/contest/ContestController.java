package ru.probity.contest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.contest.model.WorkKind;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.RegionTime;

/**
 * The pages of the contests for their organizers (the list, a contest with its setup, jury,
 * applications, exclusions and results, an application with its moderation, the statistics with
 * XLSX, the diplomas PDF) and for the jurors (their works, the scoring page).
 */
@Controller
@RequestMapping("/contests")
class ContestController {

    private final Contests contests;
    private final Jury jury;
    private final Organizations organizations;
    private final RegionTime regionTime;

    ContestController(Contests contests, Jury jury, Organizations organizations, RegionTime regionTime) {
        this.contests = contests;
        this.jury = jury;
        this.organizations = organizations;
        this.regionTime = regionTime;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("section", "contests");
        model.addAttribute("jury", contests.juryOf(user));
        if (Contests.manages(user)) {
            model.addAttribute("contests", contests.list(user));
            model.addAttribute("organizations", organizations.visible(user));
            model.addAttribute("ownOrganization", user.organizationId());
        }
        return "contest/list";
    }

    @PostMapping
    String create(@ModelAttribute Contests.ContestForm form) {
        long id = contests.create(CurrentUser.get(), form);
        return "redirect:/contests/" + id;
    }

    @GetMapping("/{id}")
    String contest(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("section", "contests");
        model.addAttribute("o", contests.overview(user, id));
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("today", regionTime.today());
        return "contest/contest";
    }

    @PostMapping("/{id}/nominations")
    String addNomination(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) List<String> kinds,
            RedirectAttributes flash) {
        contests.addNomination(CurrentUser.get(), id, title, kinds);
        flash.addFlashAttribute("notice", "contest.saved");
        return "redirect:/contests/" + id + "#setup";
    }

    @PostMapping("/{id}/nominations/{nomination}/criteria")
    String addCriterion(
            @PathVariable long id,
            @PathVariable long nomination,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer maxPoints,
            RedirectAttributes flash) {
        contests.addCriterion(CurrentUser.get(), id, nomination, name, maxPoints);
        flash.addFlashAttribute("notice", "contest.saved");
        return "redirect:/contests/" + id + "#setup";
    }

    @PostMapping("/{id}/age-groups")
    String addAgeGroup(
            @PathVariable long id,
            @RequestParam(required = false) Integer minAge,
            @RequestParam(required = false) Integer maxAge,
            RedirectAttributes flash) {
        contests.addAgeGroup(CurrentUser.get(), id, minAge, maxAge);
        flash.addFlashAttribute("notice", "contest.saved");
        return "redirect:/contests/" + id + "#setup";
    }

    @PostMapping("/{id}/jurors")
    String appoint(@PathVariable long id, @RequestParam(required = false) String username, RedirectAttributes flash) {
        contests.appointJuror(CurrentUser.get(), id, username);
        flash.addFlashAttribute("notice", "contest.jurorAppointed");
        return "redirect:/contests/" + id + "#jury";
    }

    @PostMapping("/{id}/jurors/{userId}/remove")
    String remove(@PathVariable long id, @PathVariable long userId, RedirectAttributes flash) {
        contests.removeJuror(CurrentUser.get(), id, userId);
        flash.addFlashAttribute("notice", "contest.jurorRemoved");
        return "redirect:/contests/" + id + "#jury";
    }

    @PostMapping("/{id}/announce")
    String announce(@PathVariable long id, RedirectAttributes flash) {
        contests.announce(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "contest.announced");
        return "redirect:/contests/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes flash) {
        contests.closeJudging(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "contest.closed");
        return "redirect:/contests/" + id + "#results";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        contests.publishResults(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "contest.published");
        return "redirect:/contests/" + id + "#results";
    }

    @GetMapping("/{id}/applications/{application}")
    String application(@PathVariable long id, @PathVariable long application, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("section", "contests");
        model.addAttribute("contest", contests.contest(user, id));
        model.addAttribute("entry", contests.entry(user, id, application));
        model.addAttribute("exclusions", contests.exclusions(user, id, application));
        return "contest/application";
    }

    @PostMapping("/{id}/applications/{application}/admit")
    String admit(@PathVariable long id, @PathVariable long application, RedirectAttributes flash) {
        contests.admit(CurrentUser.get(), id, application);
        flash.addFlashAttribute("notice", "contest.admitted");
        return "redirect:/contests/" + id + "/applications/" + application;
    }

    @PostMapping("/{id}/applications/{application}/reject")
    String reject(
            @PathVariable long id,
            @PathVariable long application,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        contests.reject(CurrentUser.get(), id, application, reason);
        flash.addFlashAttribute("notice", "contest.rejected");
        return "redirect:/contests/" + id + "/applications/" + application;
    }

    @GetMapping("/{id}/applications/{application}/files/{file}")
    void file(
            @PathVariable long id,
            @PathVariable long application,
            @PathVariable long file,
            HttpServletResponse response)
            throws IOException {
        var f = contests.file(CurrentUser.get(), id, application, file);
        Downloads.attachedFile(response, f.name(), f.contentType(), f.content());
    }

    @GetMapping("/{id}/statistics")
    String statistics(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("section", "contests");
        model.addAttribute("contest", contests.contest(user, id));
        model.addAttribute("rows", contests.statistics(user, id));
        return "contest/statistics";
    }

    @GetMapping("/{id}/statistics.xlsx")
    void statisticsXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        contests.contest(user, id);
        contests.writeStatistics(user, id, Downloads.xlsx(response, "contest-" + id + "-statistics.xlsx"));
    }

    @GetMapping("/{id}/diplomas.pdf")
    void diplomas(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        contests.contest(user, id);
        var out = new java.io.ByteArrayOutputStream();
        contests.writeDiplomas(user, id, null, out);
        Downloads.attachedFile(response, "contest-" + id + "-diplomas.pdf", "application/pdf", out.toByteArray());
    }

    @GetMapping("/{id}/applications/{application}/diploma.pdf")
    void diploma(@PathVariable long id, @PathVariable long application, HttpServletResponse response)
            throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        contests.writeDiplomas(CurrentUser.get(), id, application, out);
        Downloads.attachedFile(response, "diploma-" + application + ".pdf", "application/pdf", out.toByteArray());
    }

    // --- the jury ---

    @GetMapping("/{id}/jury")
    String works(@PathVariable long id, Model model) {
        model.addAttribute("section", "contests");
        model.addAttribute("works", jury.works(CurrentUser.get(), id));
        return "contest/jury";
    }

    @GetMapping("/{id}/jury/{application}")
    String sheet(@PathVariable long id, @PathVariable long application, Model model) {
        model.addAttribute("section", "contests");
        model.addAttribute("sheet", jury.sheet(CurrentUser.get(), id, application));
        return "contest/score";
    }

    @PostMapping("/{id}/jury/{application}")
    String score(
            @PathVariable long id,
            @PathVariable long application,
            @RequestParam Map<String, String> params,
            RedirectAttributes flash) {
        Map<Long, String> given = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.matches("score-\\d{1,18}")) {
                given.put(Long.parseLong(name.substring("score-".length())), value);
            }
        });
        jury.score(CurrentUser.get(), id, application, given);
        flash.addFlashAttribute("notice", "contest.scored");
        return "redirect:/contests/" + id + "/jury";
    }

    @GetMapping("/{id}/jury/{application}/files/{file}")
    void workFile(
            @PathVariable long id,
            @PathVariable long application,
            @PathVariable long file,
            HttpServletResponse response)
            throws IOException {
        var f = jury.file(CurrentUser.get(), id, application, file);
        Downloads.attachedFile(response, f.name(), f.contentType(), f.content());
    }
}
