package ru.probity.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.monitoring.rating.Level;
import ru.probity.platform.Messages;
import ru.probity.platform.SvgChart;

/** The rating's chart: the scores in the order of places on a scale to 100, the low level in red. */
@Component
class RatingCharts {

    static final int WIDTH = 720;

    private final Messages messages;

    RatingCharts(Messages messages) {
        this.messages = messages;
    }

    /** A chart with its texts for the fragment {@code fragments/chart}, or null with nothing to draw. */
    record Chart(String id, String title, String description, SvgChart.Chart chart) {}

    Chart of(Ratings.Rating rating) {
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (Ratings.Row row : rating.rows()) {
            if (row.score() == null) {
                continue;
            }
            bars.add(new SvgChart.Bar(
                    row.shortName(),
                    Math.round(row.score().doubleValue()),
                    messages.text("rating.chart.hint", row.shortName(), row.scoreText()),
                    row.level() == Level.LOW));
        }
        if (bars.isEmpty()) {
            return null;
        }
        return new Chart(
                "rating-chart",
                messages.text("rating.chart.title"),
                messages.text("rating.chart.desc"),
                SvgChart.horizontalBars(bars, WIDTH, 100));
    }
}
