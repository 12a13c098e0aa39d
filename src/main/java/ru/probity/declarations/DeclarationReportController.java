package ru.probity.declarations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.probity.access.CurrentUser;
import ru.probity.declarations.checks.Rule;
import ru.probity.platform.Downloads;

/** Reports of the declarations: progress by organization and findings by kind, on a page and in XLSX. */
@Controller
@RequestMapping("/declarations")
class DeclarationReportController {

    private final Campaigns campaigns;
    private final Declarations declarations;
    private final DeclarationTexts texts;

    DeclarationReportController(Campaigns campaigns, Declarations declarations, DeclarationTexts texts) {
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.texts = texts;
    }

    @GetMapping("/reports")
    String reports(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        CurrentUser user = CurrentUser.get();
        // a monitoring period's link gives its last day: the reporting year is the one before it
        int y = year != null
                ? year
                : (to != null ? to.getYear() : LocalDate.now().getYear()) - 1;
        model.addAttribute("year", y);
        model.addAttribute("organization", organization);
        model.addAttribute("progress", campaigns.progress(user, organization, y));
        model.addAttribute("byRule", declarations.findingsByRule(user, y));
        return "declarations/reports";
    }

    @GetMapping("/reports.xlsx")
    void reportsXlsx(@RequestParam int year, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        List<Campaigns.Progress> progress = campaigns.progress(user, year);
        Map<Rule, Integer> byRule = declarations.findingsByRule(user, year);
        try (SXSSFWorkbook book = new SXSSFWorkbook();
                OutputStream out = Downloads.xlsx(response, "declarations-" + year + ".xlsx")) {
            Sheet sheet = book.createSheet(text("declarations.progress"));
            header(
                    sheet,
                    text("declarations.col.organization"),
                    text("declarations.col.expected"),
                    text("declarations.status.RECEIVED"),
                    text("declarations.status.LATE"),
                    text("declarations.status.CORRECTED"),
                    text("declarations.status.OVERDUE"),
                    text("declarations.status.EXPECTED"));
            int r = 1;
            for (Campaigns.Progress p : progress) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.organization());
                row.createCell(1).setCellValue(p.expected());
                row.createCell(2).setCellValue(p.received());
                row.createCell(3).setCellValue(p.late());
                row.createCell(4).setCellValue(p.corrected());
                row.createCell(5).setCellValue(p.overdue());
                row.createCell(6).setCellValue(p.waiting());
            }
            Sheet rules = book.createSheet(text("declarations.findingsByRule"));
            header(rules, text("declarations.col.rule"), text("declarations.col.count"));
            r = 1;
            for (var e : byRule.entrySet()) {
                Row row = rules.createRow(r++);
                row.createCell(0).setCellValue(text("declarations.ruleName." + e.getKey()));
                row.createCell(1).setCellValue(e.getValue());
            }
            book.write(out);
            book.dispose();
        }
    }

    @GetMapping("/findings.xlsx")
    void findingsXlsx(@RequestParam int year, HttpServletResponse response) throws IOException {
        var rows = declarations.findings(CurrentUser.get(), year, null);
        try (SXSSFWorkbook book = new SXSSFWorkbook();
                OutputStream out = Downloads.xlsx(response, "declaration-findings-" + year + ".xlsx")) {
            Sheet sheet = book.createSheet(text("declarations.findings.title"));
            header(
                    sheet,
                    text("declarations.col.employee"),
                    text("declarations.col.organization"),
                    text("declarations.col.rule"),
                    text("declarations.col.explanation"));
            int r = 1;
            for (var f : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(f.employeeName());
                row.createCell(1).setCellValue(f.organization());
                row.createCell(2).setCellValue(f.rule().name());
                row.createCell(3).setCellValue(texts.explain(f.rule(), f.args()));
            }
            book.write(out);
            book.dispose();
        }
    }

    private String text(String key) {
        return texts.text(key);
    }

    static void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }
}
