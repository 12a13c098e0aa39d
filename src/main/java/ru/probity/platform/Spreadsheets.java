package ru.probity.platform;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The common pieces of the XLSX exports: a bold style and a frozen header row. */
public final class Spreadsheets {

    private Spreadsheets() {}

    /** A bold cell style of the workbook, for headers and totals. */
    public static CellStyle bold(Workbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** Writes the titles as the sheet's first row in bold and keeps it in view while scrolling. */
    public static void header(Sheet sheet, CellStyle bold, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }
}
