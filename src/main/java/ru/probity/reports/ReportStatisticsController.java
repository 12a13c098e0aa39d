package ru.probity.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.SvgChart;
import ru.probity.reports.engine.ReportStatus;

/** The statistics page of reports of corruption, its charts and its XLSX. */
@Controller
@RequestMapping("/reports")
class ReportStatisticsController {

    private final ReportStatistics statistics;
    private final Organizations organizations;
    private final Messages messages;

    ReportStatisticsController(ReportStatistics statistics, Organizations organizations, Messages messages) {
        this.statistics = statistics;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** The form of the page and its XLSX: the period, the organization and the selection (unticked: null). */
    record StatisticsForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Long organizationId,
            ReportChannel channel,
            ReportTopic topic,
            ReportStatus status,
            Boolean municipal) {

        ReportStatistics.Query query() {
            return new ReportStatistics.Query(
                    from, to, organizationId, channel, topic, status, Boolean.TRUE.equals(municipal));
        }
    }

    @InitBinder
    void parametersOnly(WebDataBinder binder) {
        FormBinding.parametersOnly(binder);
    }

    @GetMapping("/statistics")
    String page(@ModelAttribute StatisticsForm form, HttpServletResponse response, Model model) {
        CurrentUser user = CurrentUser.get();
        ReportStatistics.Query query = form.query();
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("channels", ReportChannel.values());
        model.addAttribute("topics", ReportTopic.values());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("section", "reports");
        try {
            ReportStatistics.Statistics s = statistics.compute(user, query);
            model.addAttribute("stats", s);
            model.addAttribute("query", s.query());
            model.addAttribute("figures", ReportStatistics.figures(s.totals()));
            model.addAttribute(
                    "monthChart",
                    SvgChart.bars(
                            s.months().stream()
                                    .map(m -> new SvgChart.Bar(
                                            ReportStatistics.shortMonth(m.key()),
                                            m.total(),
                                            m.label() + ": " + m.total(),
                                            false))
                                    .toList(),
                            1280,
                            260));
            model.addAttribute(
                    "channelChart",
                    SvgChart.horizontalBars(
                            s.channels().stream()
                                    .map(c -> new SvgChart.Bar(c.label(), c.total()))
                                    .toList(),
                            720));
            model.addAttribute(
                    "topicChart",
                    SvgChart.horizontalBars(
                            s.topics().stream()
                                    .map(t -> new SvgChart.Bar(t.label(), t.total()))
                                    .toList(),
                            720));
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            // the page again with the period the user chose
            response.setStatus(422);
            model.addAttribute("problem", messages.text(e));
            model.addAttribute("query", query);
        }
        return "reports/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void xlsx(@ModelAttribute StatisticsForm form, HttpServletResponse response) throws IOException {
        // computed (or refused) before anything is written, so a refusal is still a 403 page
        ReportStatistics.Statistics s = statistics.compute(CurrentUser.get(), form.query());
        var out = Downloads.xlsx(
                response,
                "statistika-soobshchenij-" + s.query().from() + "-" + s.query().to() + ".xlsx");
        statistics.writeXlsx(s, out);
    }
}
