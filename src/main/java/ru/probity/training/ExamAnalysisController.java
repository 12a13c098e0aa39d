package ru.probity.training;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;

/** The analysis of a test's results over a period: by organization, item analysis, XLSX. */
@Controller
@RequestMapping("/training/tests/{id}")
class ExamAnalysisController {

    private final ExamAnalysis analysis;

    ExamAnalysisController(ExamAnalysis analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/analysis")
    String analysis(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        ExamAnalysis.Analysis result = analysis.analyse(CurrentUser.get(), id, new ExamAnalysis.Period(from, to));
        model.addAttribute("analysis", result);
        model.addAttribute("test", result.test());
        model.addAttribute("facilityChart", AnalysisCharts.facility(result.items()));
        model.addAttribute("scatterChart", AnalysisCharts.scatter(result.items()));
        model.addAttribute(
                "scoresChart",
                AnalysisCharts.scores(result.examinees(), result.test().passPercent()));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("section", "training");
        return "training/analysis";
    }

    @GetMapping("/analysis.xlsx")
    void xlsx(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        // read (or refused) before anything is written, so a refusal is still a 403 page
        ExamAnalysis.Analysis result = analysis.analyse(CurrentUser.get(), id, new ExamAnalysis.Period(from, to));
        var out = Downloads.xlsx(response, "analiz-testa-" + id + "-" + LocalDate.now() + ".xlsx");
        analysis.writeXlsx(result, out);
    }
}
