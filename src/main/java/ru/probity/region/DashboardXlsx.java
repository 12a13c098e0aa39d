package ru.probity.region;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;

/**
 * The dashboard as XLSX: one sheet, the rows in the page's order and the total in bold; a share
 * takes three columns (the part, the whole, the per cent), a count one.
 */
@Component
class DashboardXlsx {

    private final Messages messages;

    DashboardXlsx(Messages messages) {
        this.messages = messages;
    }

    void write(RegionDashboard.Dashboard dashboard, OutputStream out) throws IOException {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(messages.text("region.organization"), 60));
        for (RegionDashboard.Column c : dashboard.columns()) {
            if (c.share()) {
                columns.add(new Column(c.areaName() + ": " + c.ofName(), 18));
                columns.add(new Column(c.areaName() + ": " + c.name(), 18));
                columns.add(new Column(c.areaName() + ": " + messages.text("region.percent", c.name()), 14));
            } else {
                columns.add(new Column(c.areaName() + ": " + c.name(), 18));
            }
        }
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table table = workbook.table(messages.text("region.xlsx.sheet"), columns);
            for (RegionDashboard.Row row : dashboard.rows()) {
                table.row(cells(dashboard, row, row.name()));
            }
            table.boldRow(cells(dashboard, dashboard.total(), messages.text("region.total", dashboard.organization())));
            workbook.write(out);
        }
    }

    private static Object[] cells(RegionDashboard.Dashboard dashboard, RegionDashboard.Row row, String name) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        for (RegionDashboard.Column c : dashboard.columns()) {
            if (c.share()) {
                cells.add(row.value(c.of()));
                cells.add(row.value(c.id()));
                cells.add(row.percent(c.id()));
            } else {
                cells.add(row.value(c.id()));
            }
        }
        return cells.toArray();
    }
}
