package ru.probity.training;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;

/** The question bank's page: categories, questions with their answers, import and export. */
@Controller
@RequestMapping("/training/questions")
class QuestionBankController {

    private final QuestionBank bank;

    QuestionBankController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long category, @RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("categories", bank.categories(user));
        model.addAttribute("questions", bank.questions(user, category, q));
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("section", "training");
        return "training/questions";
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
        QuestionBank.Imported imported = bank.checkSize(file.getOriginalFilename(), file.getSize());
        if (imported == null) {
            try (var in = file.getInputStream()) {
                imported = bank.importFile(CurrentUser.get(), file.getOriginalFilename(), in);
            }
        }
        flash.addFlashAttribute("imported", imported);
        return "redirect:/training/questions";
    }

    @PostMapping("/starter")
    String importStarter(RedirectAttributes flash) {
        flash.addFlashAttribute("imported", bank.importStarter(CurrentUser.get()));
        return "redirect:/training/questions";
    }

    @GetMapping("/export.xml")
    void exportMoodle(@RequestParam(required = false) Long category, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        bank.exportMoodle(CurrentUser.get(), category, xml);
        Downloads.attachedFile(
                response, "voprosy-moodle-" + LocalDate.now() + ".xml", "application/xml", xml.toByteArray());
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(@RequestParam(required = false) Long category, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        QuestionBank.requireReader(user); // refused before the download starts
        bank.exportXlsx(user, category, Downloads.xlsx(response, "voprosy-" + LocalDate.now() + ".xlsx"));
    }
}
