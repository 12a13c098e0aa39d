package ru.probity.training;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.RegionTime;

/** Tests: building and assigning them, the employee's tests, taking one, results, certificates. */
@Controller
@RequestMapping("/training")
class ExamController {

    private final Exams exams;
    private final QuestionBank bank;
    private final Organizations organizations;
    private final RegionTime regionTime;

    ExamController(Exams exams, QuestionBank bank, Organizations organizations, RegionTime regionTime) {
        this.regionTime = regionTime;
        this.exams = exams;
        this.bank = bank;
        this.organizations = organizations;
    }

    /** The form of a new test; the questions per category come as {@code part<category id>}. */
    record TestForm(
            String title,
            Integer timeLimitMinutes,
            Integer passPercent,
            Integer attemptsAllowed,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            Boolean reviewAllowed) {}

    @GetMapping("/tests")
    String tests(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("tests", exams.tests(user));
        model.addAttribute("categories", bank.categories(user));
        model.addAttribute("section", "training");
        return "training/tests";
    }

    @PostMapping("/tests")
    String create(@ModelAttribute TestForm test, @RequestParam MultiValueMap<String, String> form) {
        CurrentUser user = CurrentUser.get();
        List<Exams.Part> parts = new ArrayList<>();
        for (QuestionBank.Category c : bank.categories(user)) {
            String count = form.getFirst("part" + c.id());
            if (count != null && !count.isBlank()) {
                parts.add(new Exams.Part(c.id(), Math.min(Integer.parseInt(count.strip()), c.questions())));
            }
        }
        // a refusal goes back to the page of tests with the reason (platform.ErrorPages)
        long id = exams.create(
                user,
                test.title(),
                test.timeLimitMinutes() == null ? 30 : test.timeLimitMinutes(),
                test.passPercent() == null ? 80 : test.passPercent(),
                test.attemptsAllowed() == null ? 2 : test.attemptsAllowed(),
                test.opensOn(),
                test.closesOn(),
                Boolean.TRUE.equals(test.reviewAllowed()),
                parts);
        return "redirect:/training/tests/" + id;
    }

    @GetMapping("/tests/{id}")
    String test(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("test", exams.test(user, id));
        model.addAttribute("assigned", exams.assignedTo(user, id));
        model.addAttribute("results", exams.results(user, id));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("section", "training");
        return "training/test";
    }

    @PostMapping("/tests/{id}/assign")
    String assign(
            @PathVariable long id, @RequestParam(required = false) List<Long> organizations, RedirectAttributes flash) {
        exams.assign(CurrentUser.get(), id, organizations == null ? List.of() : organizations);
        flash.addFlashAttribute("notice", "training.assigned");
        return "redirect:/training/tests/" + id;
    }

    @GetMapping("/my")
    String mine(Model model) {
        model.addAttribute("available", exams.available(CurrentUser.get()));
        return "training/my";
    }

    @PostMapping("/tests/{id}/start")
    String start(@PathVariable long id) {
        return "redirect:/training/attempts/" + exams.start(CurrentUser.get(), id);
    }

    @GetMapping("/attempts/{id}")
    String attempt(@PathVariable long id, Model model) {
        model.addAttribute("sheet", exams.sheet(CurrentUser.get(), id));
        return "training/attempt";
    }

    @PostMapping("/attempts/{id}/finish")
    String finish(@PathVariable long id) {
        exams.finish(CurrentUser.get(), id);
        return "redirect:/training/attempts/" + id;
    }

    @GetMapping("/attempts/{id}/certificate.pdf")
    void certificate(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        Exams.Sheet sheet = exams.sheet(user, id);
        if (!Boolean.TRUE.equals(sheet.passed())) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Certificate.write(user.fullName(), sheet, regionTime.zone(), pdf);
        Downloads.attachedFile(response, "sertifikat-" + id + ".pdf", "application/pdf", pdf.toByteArray());
    }
}
