package ru.probity.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The text of every cell of an XLSX, for the red-flags tests. */
final class RedFlagsXlsx {

    private RedFlagsXlsx() {}

    static String text(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            workbook.forEach(sheet -> sheet.forEach(r ->
                    r.forEach(c -> text.append(formatter.formatCellValue(c)).append('|'))));
        }
        return text.toString();
    }
}
