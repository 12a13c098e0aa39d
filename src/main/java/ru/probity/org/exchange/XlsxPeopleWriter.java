package ru.probity.org.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.probity.identifiers.Identifiers;

/** Writes people in the exchange format with the streaming SXSSF API: memory stays small. */
final class XlsxPeopleWriter {

    private static final int ROWS_IN_MEMORY = 200;

    private XlsxPeopleWriter() {}

    static void write(List<ImportedEmployee> people, Map<Long, String> organizationNames, OutputStream out)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(
                    true); // personal data: keep the temporary file small and unreadable at a glance
            try {
                SXSSFSheet sheet = workbook.createSheet("Сотрудники и родственники");
                CellStyle headerStyle = workbook.createCellStyle();
                Font bold = workbook.createFont();
                bold.setBold(true);
                headerStyle.setFont(bold);
                headerStyle.setWrapText(true);
                CellStyle dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
                CellStyle textStyle = workbook.createCellStyle();
                textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));

                Column[] columns = Column.values();
                Row header = sheet.createRow(0);
                for (Column column : columns) {
                    var cell = header.createCell(column.ordinal());
                    cell.setCellValue(column.title);
                    cell.setCellStyle(headerStyle);
                    sheet.setColumnWidth(column.ordinal(), column.width * 256);
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.length - 1));

                var rowWriter = new RowWriter(sheet, organizationNames, dateStyle, textStyle);
                for (ImportedEmployee person : people) {
                    rowWriter.write(person.employee());
                    for (PersonRow relative : person.relatives()) {
                        rowWriter.write(relative);
                    }
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private static final class RowWriter {
        private final SXSSFSheet sheet;
        private final Map<Long, String> organizationNames;
        private final CellStyle dateStyle;
        private final CellStyle textStyle;
        private int next = 1;

        RowWriter(SXSSFSheet sheet, Map<Long, String> organizationNames, CellStyle dateStyle, CellStyle textStyle) {
            this.sheet = sheet;
            this.organizationNames = organizationNames;
            this.dateStyle = dateStyle;
            this.textStyle = textStyle;
        }

        void write(PersonRow p) {
            Row row = sheet.createRow(next++);
            boolean employee = !p.isRelative();
            if (p.employeeId() != null) {
                row.createCell(Column.EMPLOYEE_ID.ordinal()).setCellValue(p.employeeId());
            }
            if (p.organizationId() != null) {
                row.createCell(Column.ORGANIZATION_ID.ordinal()).setCellValue(p.organizationId());
                text(row, Column.ORGANIZATION_NAME, organizationNames.get(p.organizationId()));
            }
            text(row, Column.LAST_NAME, p.lastName());
            text(row, Column.FIRST_NAME, p.firstName());
            text(row, Column.MIDDLE_NAME, p.middleName());
            date(row, Column.BIRTH_DATE, p.birthDate());
            text(row, Column.INN, p.inn());
            text(row, Column.SNILS, Identifiers.formatSnils(p.snils()));
            text(row, Column.PHONE, p.phone());
            text(row, Column.EMAIL, p.email());
            text(row, Column.ADDRESS, p.address());
            text(row, Column.POST, p.post());
            date(row, Column.APPOINTED_ON, p.appointedOn());
            date(row, Column.DISMISSED_ON, p.dismissedOn());
            if (employee) {
                flag(row, Column.DECLARATION_REQUIRED, p.declarationRequired());
                flag(row, Column.HEAD_OF_CUSTOMER, p.headOfCustomer());
                flag(row, Column.CONTRACT_SERVICE_HEAD, p.contractServiceHead());
                flag(row, Column.CONTRACT_MANAGER, p.contractManager());
                flag(row, Column.PROCUREMENT_COMMISSION_MEMBER, p.procurementCommissionMember());
                text(
                        row,
                        Column.CATEGORY,
                        p.category() == null ? null : p.category().label());
            } else {
                text(row, Column.RELATION, p.relation().label());
            }
            text(row, Column.WORKPLACE, p.workplace());
        }

        private void text(Row row, Column column, String value) {
            if (value != null) {
                var cell = row.createCell(column.ordinal());
                cell.setCellValue(value);
                if (column == Column.INN || column == Column.SNILS) {
                    cell.setCellStyle(textStyle);
                }
            }
        }

        private void date(Row row, Column column, LocalDate value) {
            if (value != null) {
                var cell = row.createCell(column.ordinal());
                cell.setCellValue(value);
                cell.setCellStyle(dateStyle);
            }
        }

        private void flag(Row row, Column column, boolean value) {
            row.createCell(column.ordinal()).setCellValue(value ? "да" : "нет");
        }
    }
}
