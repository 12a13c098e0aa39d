package ru.probity.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;
import ru.probity.platform.RegionTime;

/**
 * The consolidated report of a monitoring form ({@code /monitoring/consolidation?form=}): without a
 * form the list of forms to choose from; with one the table per indicator and per organization, the
 * change against the previous period, and its XLSX and DOCX.
 */
@Controller
@RequestMapping("/monitoring/consolidation")
class ConsolidationController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Consolidation consolidation;
    private final ConsolidationXlsx xlsx;
    private final ConsolidatedReportDocx docx;
    private final RegionTime time;

    ConsolidationController(
            Consolidation consolidation, ConsolidationXlsx xlsx, ConsolidatedReportDocx docx, RegionTime time) {
        this.consolidation = consolidation;
        this.xlsx = xlsx;
        this.docx = docx;
        this.time = time;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long form, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("section", "consolidation");
        if (form == null) {
            model.addAttribute("forms", consolidation.forms(user));
            return "monitoring/consolidation-forms";
        }
        model.addAttribute("c", consolidation.consolidate(user, form));
        return "monitoring/consolidation";
    }

    @GetMapping("/report.xlsx")
    void exportXlsx(@RequestParam long form, HttpServletResponse response) throws IOException {
        Consolidation.Consolidated c = consolidation.consolidate(CurrentUser.get(), form);
        xlsx.write(c, Downloads.xlsx(response, "svodnyj-otchet-" + form + ".xlsx"));
    }

    @GetMapping("/report.docx")
    void exportDocx(@RequestParam long form, HttpServletResponse response) throws IOException {
        Consolidation.Consolidated c = consolidation.consolidate(CurrentUser.get(), form);
        docx.write(c, time.today(), Downloads.document(response, "svodnyj-otchet-" + form + ".docx", DOCX));
    }
}
