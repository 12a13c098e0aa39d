package ru.probity.region;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.platform.SvgChart;

/**
 * The dashboard's charts, in the table's order of rows: for each share (contracts checked, acts
 * acknowledged, …) the per cent of every organization on a scale to 100; for each figure that warns
 * (overdue), its value, the rows above zero flagged. A chart with nothing to show is left out.
 */
@Component
class DashboardCharts {

    static final int WIDTH = 720;

    private final Messages messages;

    DashboardCharts(Messages messages) {
        this.messages = messages;
    }

    /** A chart with its id and its texts for the fragment {@code fragments/chart}. */
    record Chart(String id, String title, String description, SvgChart.Chart chart) {}

    List<Chart> of(RegionDashboard.Dashboard dashboard) {
        List<Chart> charts = new ArrayList<>();
        if (dashboard.rows().isEmpty()) {
            return charts;
        }
        for (RegionDashboard.Column column : dashboard.columns()) {
            List<SvgChart.Bar> bars = new ArrayList<>();
            if (column.share()) {
                if (dashboard.rows().stream().allMatch(r -> r.percent(column.id()) == null)) {
                    continue; // nothing asked anywhere: no shares to draw
                }
                for (RegionDashboard.Row row : dashboard.rows()) {
                    Integer percent = row.percent(column.id());
                    long value = percent == null ? 0 : percent;
                    bars.add(new SvgChart.Bar(
                            row.shortName(),
                            value,
                            messages.text(
                                    "region.chart.shareHint",
                                    row.shortName(),
                                    row.value(column.id()),
                                    row.value(column.of())),
                            false));
                }
                charts.add(new Chart(
                        "chart-" + column.id().replace('.', '-'),
                        messages.text("region.chart.share", column.areaName(), column.name()),
                        messages.text("region.chart.share.desc", column.name(), column.ofName()),
                        SvgChart.horizontalBars(bars, WIDTH, 100)));
            } else if (column.warns()) {
                if (dashboard.rows().stream().allMatch(r -> r.value(column.id()) == 0)) {
                    continue; // nothing overdue anywhere
                }
                for (RegionDashboard.Row row : dashboard.rows()) {
                    long value = row.value(column.id());
                    bars.add(new SvgChart.Bar(row.shortName(), value, row.shortName() + ": " + value, value > 0));
                }
                charts.add(new Chart(
                        "chart-" + column.id().replace('.', '-'),
                        column.areaName() + ": " + column.name(),
                        messages.text("region.chart.count.desc", column.name()),
                        SvgChart.horizontalBars(bars, WIDTH)));
            }
        }
        return charts;
    }
}
