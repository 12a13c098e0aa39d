package ru.probity.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.probity.platform.Spreadsheets;

/** The coverage report as an XLSX workbook: the totals by organization and the unchecked contracts. */
final class CoverageExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CoverageExport() {}

    static void write(Coverage.Report report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = Spreadsheets.bold(workbook);

            Sheet organizations = workbook.createSheet("Покрытие");
            Spreadsheets.header(organizations, bold, "Организация", "Контрактов", "Проверено", "Находок");
            int r = 1;
            for (Coverage.Row row : report.byOrganization()) {
                Row line = organizations.createRow(r++);
                line.createCell(0).setCellValue(row.organization());
                line.createCell(1).setCellValue(row.contracts());
                line.createCell(2).setCellValue(row.checked());
                line.createCell(3).setCellValue(row.findings());
            }
            Row total = organizations.createRow(r);
            total.createCell(0).setCellValue("Итого");
            total.createCell(1).setCellValue(report.totals().contracts());
            total.createCell(2).setCellValue(report.totals().checked());
            total.createCell(3).setCellValue(report.totals().findings());
            finish(organizations, 4, 60);

            Sheet unchecked = workbook.createSheet("Не проверены");
            Spreadsheets.header(unchecked, bold, "Реестровый номер", "Дата", "Заказчик", "Поставщик", "Причина");
            r = 1;
            for (Coverage.Unchecked u : report.unchecked()) {
                Row line = unchecked.createRow(r++);
                line.createCell(0).setCellValue(u.regNum());
                line.createCell(1).setCellValue(u.signDate() == null ? "" : DATE.format(u.signDate()));
                line.createCell(2).setCellValue(u.customer() == null ? "" : u.customer());
                line.createCell(3).setCellValue(u.supplier() == null ? "" : u.supplier());
                line.createCell(4).setCellValue(u.reason());
            }
            finish(unchecked, 5, 40);
            workbook.write(out);
        }
    }

    private static void finish(Sheet sheet, int columns, int firstWidth) {
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns - 1));
        sheet.setColumnWidth(0, firstWidth * 256);
        for (int i = 1; i < columns; i++) {
            sheet.setColumnWidth(i, (i == columns - 1 ? 60 : 18) * 256);
        }
    }
}
