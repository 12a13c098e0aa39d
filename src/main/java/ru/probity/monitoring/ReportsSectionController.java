package ru.probity.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.SvgChart;

/**
 * The public pages of the subsection «Доклады, отчеты, обзоры, статистическая информация»
 * ({@link ReportsSection}) in the layout {@code portal/layout}: the reports and reviews published as
 * files and the years of statistics; a year's figures as a table with a chart drawn on the server (its
 * text alternative is the table); a published file's download.
 */
@Controller
@RequestMapping("/public/{organization:\\d+}/" + ReportPublication.SECTION)
class ReportsSectionController {

    static final int CHART_WIDTH = 900;

    private final ReportPublication publication;
    private final Messages messages;

    ReportsSectionController(ReportPublication publication, Messages messages) {
        this.publication = publication;
        this.messages = messages;
    }

    @GetMapping
    String index(@PathVariable long organization, Model model) {
        model.addAttribute("files", publication.publishedFiles(organization));
        model.addAttribute("statistics", publication.publishedStatistics(organization));
        return "monitoring/portal/index";
    }

    @GetMapping("/{year:\\d{4}}")
    String year(@PathVariable long organization, @PathVariable int year, Model model) {
        var statistics = publication.publishedStatistics(organization, year);
        model.addAttribute("statistics", statistics);
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (var f : statistics.figures()) {
            bars.add(new SvgChart.Bar(f.name(), f.value(), f.name() + ": " + f.value(), false));
        }
        model.addAttribute("chart", SvgChart.horizontalBars(bars, CHART_WIDTH));
        model.addAttribute("chartTitle", messages.text("publicReports.chart.title", year));
        model.addAttribute("chartDesc", messages.text("publicReports.chart.desc"));
        return "monitoring/portal/year";
    }

    @GetMapping("/files/{id}")
    void file(@PathVariable long organization, @PathVariable long id, HttpServletResponse response) throws IOException {
        var content = publication.publishedContent(organization, id);
        Downloads.attachedFile(response, content.fileName(), content.contentType(), content.content());
    }
}
