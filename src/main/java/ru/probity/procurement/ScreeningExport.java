package ru.probity.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;

/** The screening findings as the page lists them, as an XLSX workbook for the officer's report. */
final class ScreeningExport {

    private ScreeningExport() {}

    /** @param text the message of a key, in Russian */
    static void write(List<Screening.Finding> findings, UnaryOperator<String> text, OutputStream out)
            throws IOException {
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table table = workbook.table(
                    text.apply("screening.xlsx.sheet"),
                    new Column(text.apply("screening.xlsx.employee"), 36),
                    new Column(text.apply("screening.xlsx.post"), 30),
                    new Column(text.apply("person.field.organization"), 40),
                    new Column(text.apply("screening.xlsx.category"), 28),
                    new Column(text.apply("screening.xlsx.inn"), 16),
                    new Column(text.apply("screening.xlsx.tie"), 30),
                    new Column(text.apply("screening.xlsx.company"), 40),
                    new Column(text.apply("screening.xlsx.companyInnOgrn"), 30),
                    new Column(text.apply("screening.xlsx.since"), 14),
                    new Column(text.apply("screening.xlsx.extract"), 14),
                    new Column(text.apply("screening.xlsx.rule"), 60),
                    new Column(text.apply("screening.xlsx.status"), 16),
                    new Column(text.apply("screening.xlsx.note"), 40));
            for (Screening.Finding f : findings) {
                Screening.Row r = f.row();
                table.row(
                        r.employeeName(),
                        r.post(),
                        r.organizationName(),
                        text.apply(r.category() == null ? "person.category.none" : "person.category." + r.category()),
                        r.employeeInn(),
                        text.apply("screening.tie." + r.tie())
                                + (r.companyPost() == null ? "" : " (" + r.companyPost() + ")")
                                + (r.sharePercent() == null
                                        ? ""
                                        : ", " + r.sharePercent().toPlainString() + " %"),
                        r.registerName(),
                        r.registerInn() + (r.registerOgrn() == null ? "" : " / " + r.registerOgrn()),
                        r.since() == null ? null : RussianFormats.date(r.since()),
                        RussianFormats.date(r.extractDate()),
                        text.apply("screening.rule." + f.rule()),
                        text.apply("screening.status." + r.status()),
                        r.note());
            }
            workbook.write(out);
        }
    }
}
