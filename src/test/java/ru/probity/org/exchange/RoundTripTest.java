package ru.probity.org.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.org.exchange.PeopleFiles.HEADER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final Map<Long, String> NAMES =
            Map.of(17L, "Управление экономики г. Калуги", 18L, "МКУ «Служба заказчика»");

    @Test
    void theExportImportRoundTripKeepsEveryField() throws IOException {
        ParseResult original = PeopleFiles.read("люди.xlsx", PeopleFiles.xlsx(HEADER, PeopleFiles.sample()));
        assertThat(original.errors()).isEmpty();

        byte[] exported = export(original);
        ParseResult again = PeopleFiles.read("выгрузка.xlsx", exported);

        assertThat(again.errors()).isEmpty();
        assertThat(again.employees()).isEqualTo(original.employees());
        PeopleFileReadTest.assertThatSampleIsRead(again);
    }

    @Test
    void theExportHasABoldFrozenHeaderOrganizationNamesAndRealDateCells() throws IOException {
        ParseResult original = PeopleFiles.read("люди.xlsx", PeopleFiles.xlsx(HEADER, PeopleFiles.sample()));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export(original)))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Код сотрудника");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Код организации");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Организация");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(Column.ADDRESS.ordinal()))
                    .isGreaterThan(sheet.getColumnWidth(Column.INN.ordinal()));

            var ivanov = sheet.getRow(1);
            assertThat(ivanov.getCell(1).getNumericCellValue()).isEqualTo(17.0);
            assertThat(ivanov.getCell(2).getStringCellValue()).isEqualTo("Управление экономики г. Калуги");
            var birth = ivanov.getCell(Column.BIRTH_DATE.ordinal());
            assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(birth.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(ivanov.getCell(Column.SNILS.ordinal()).getStringCellValue())
                    .isEqualTo("112-233-445 95");
            assertThat(sheet.getRow(2).getCell(Column.RELATION.ordinal()).getStringCellValue())
                    .isEqualTo("Супруг(а)");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
        }
    }

    private static byte[] export(ParseResult result) throws IOException {
        var out = new ByteArrayOutputStream();
        PeopleFile.writeXlsx(result.employees(), NAMES, out);
        return out.toByteArray();
    }
}
