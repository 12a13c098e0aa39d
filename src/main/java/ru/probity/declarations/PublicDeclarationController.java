package ru.probity.declarations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.platform.Downloads;
import ru.probity.platform.Refusal;

/**
 * The public section «Сведения о доходах» (Указ №613) under {@code /public/declarations}: no sign-in
 * (the {@code /public/**} chain), only the extract — post, income, property, vehicles, the sources of
 * funds of deals above the three years' income. While publication is suspended (Указ №968) the pages
 * say so and show nothing, and the spreadsheet is refused.
 */
@Controller
@RequestMapping("/public/declarations")
class PublicDeclarationController {

    private final Publication publication;
    private final DeclarationTexts texts;

    PublicDeclarationController(Publication publication, DeclarationTexts texts) {
        this.publication = publication;
        this.texts = texts;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("published", publication.index());
        model.addAttribute("suspended", !publication.enabled());
        return "declarations/public/index";
    }

    @GetMapping("/{organizationId}/{year:\\d+}")
    String organization(@PathVariable long organizationId, @PathVariable int year, Model model) {
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("organization", publication.organizationName(organizationId));
        model.addAttribute("year", year);
        model.addAttribute("entries", publication.entries(organizationId, year));
        model.addAttribute("suspended", !publication.enabled());
        return "declarations/public/organization";
    }

    @GetMapping("/{organizationId}/{year:\\d+}.xlsx")
    void xlsx(@PathVariable long organizationId, @PathVariable int year, HttpServletResponse response)
            throws IOException {
        if (!publication.enabled()) {
            throw Refusal.conflict("declarations.error.publicationSuspended");
        }
        publication.organizationName(organizationId);
        var entries = publication.entries(organizationId, year);
        try (SXSSFWorkbook book = new SXSSFWorkbook();
                OutputStream out = Downloads.xlsx(response, "declarations-" + organizationId + "-" + year + ".xlsx")) {
            Sheet sheet = book.createSheet(String.valueOf(year));
            DeclarationReportController.header(
                    sheet,
                    text("declarations.col.post"),
                    text("declarations.public.who"),
                    text("declarations.public.income"),
                    text("declarations.public.estate"),
                    text("declarations.public.inUse"),
                    text("declarations.public.vehicles"),
                    text("declarations.public.funds"));
            int r = 1;
            for (var e : entries) {
                for (var x : e.extract().rows()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(e.post());
                    row.createCell(1).setCellValue(x.relation());
                    row.createCell(2).setCellValue(x.income().doubleValue());
                    row.createCell(3).setCellValue(String.join("; ", x.realEstate()));
                    row.createCell(4).setCellValue(String.join("; ", x.inUse()));
                    row.createCell(5).setCellValue(String.join("; ", x.vehicles()));
                    row.createCell(6)
                            .setCellValue(String.join(
                                    "; ",
                                    x.funds().stream()
                                            .map(f -> f.source().isEmpty()
                                                    ? f.subject()
                                                    : texts.text("declarations.public.fund", f.subject(), f.source()))
                                            .toList()));
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    private String text(String key) {
        return texts.text(key);
    }
}
