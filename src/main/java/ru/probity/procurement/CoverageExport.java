package ru.probity.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;

/** The coverage report as an XLSX workbook: the totals by organization and the unchecked contracts. */
final class CoverageExport {

    private CoverageExport() {}

    /** @param text the message of a key, in Russian */
    static void write(Coverage.Report report, UnaryOperator<String> text, OutputStream out) throws IOException {
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table organizations = workbook.table(
                    text.apply("procurement.coverage.xlsx.sheet"),
                    new Column(text.apply("person.field.organization"), 60),
                    new Column(text.apply("procurement.coverage.xlsx.contracts"), 18),
                    new Column(text.apply("procurement.coverage.xlsx.checked"), 18),
                    new Column(text.apply("procurement.coverage.xlsx.findings"), 60));
            for (Coverage.Row row : report.byOrganization()) {
                organizations.row(row.organization(), row.contracts(), row.checked(), row.findings());
            }
            organizations.boldRow(
                    text.apply("procurement.coverage.xlsx.total"),
                    report.totals().contracts(),
                    report.totals().checked(),
                    report.totals().findings());

            Spreadsheet.Table unchecked = workbook.table(
                    text.apply("procurement.coverage.xlsx.uncheckedSheet"),
                    new Column(text.apply("procurement.coverage.xlsx.regNum"), 40),
                    new Column(text.apply("procurement.coverage.xlsx.date"), 18),
                    new Column(text.apply("procurement.coverage.xlsx.customer"), 18),
                    new Column(text.apply("procurement.coverage.xlsx.supplier"), 18),
                    new Column(text.apply("procurement.coverage.xlsx.reason"), 60));
            for (Coverage.Unchecked u : report.unchecked()) {
                unchecked.row(
                        u.regNum(),
                        u.signDate() == null ? null : RussianFormats.date(u.signDate()),
                        u.customer(),
                        u.supplier(),
                        u.reason());
            }
            workbook.write(out);
        }
    }
}
