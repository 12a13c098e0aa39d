package ru.probity.procurement.eis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Supplier;

class ContractTableReaderTest {

    static final String HEADER = "Реестровый номер;Номер;Дата заключения;ИНН заказчика;КПП заказчика;Заказчик;Цена;"
            + "Предмет;Номер закупки;Единственный поставщик;ИНН поставщика;КПП поставщика;Поставщик;Фамилия;Имя;"
            + "Отчество;Адрес поставщика;Телефон поставщика;Email поставщика";

    private final ContractTableReader reader = new ContractTableReader();

    private ContractTableReader.Result csv(String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCsvMergingLinesOfOneContract() {
        String text = "\uFEFF" + HEADER.toUpperCase().replace("Е", "Ё") + "\n"
                + "3402801234920000077;77/2020;01.10.2020;4028012349;402801001;\"МКУ \"\"УКС\"\"\";1 840 283,61;"
                + "Ремонт кровли;0137300043320000123;нет;9703009483;770301001;ООО \"ТАРГЕТ\";;;;г. Москва;79661219491;t@inbox.ru\n"
                + "3402801234920000077;77/2020;01.10.2020;4028012349;402801001;\"МКУ \"\"УКС\"\"\";1 840 283,61;"
                + "Ремонт кровли;0137300043320000123;нет;402712345698;;ИП Ёлкин П.С.;Ёлкин;Пётр;Семёнович;;;\n"
                + "\n"
                + "3402701122221000003;3;2021-02-15;4027011222;;Администрация;99000;Дрова;;;402876543297;;;Иванова;Анна;;"
                + "Калуга;;\n";
        ContractTableReader.Result result = csv(text);
        assertThat(result.errors()).isEmpty();
        assertThat(result.contracts()).hasSize(2);
        Contract roof = result.contracts().get(0);
        assertThat(roof.customerName()).isEqualTo("МКУ \"УКС\"");
        assertThat(roof.price()).isEqualByComparingTo(new BigDecimal("1840283.61"));
        assertThat(roof.signDate()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(roof.singleSupplier()).isFalse();
        assertThat(roof.suppliers())
                .containsExactly(
                        new Supplier(
                                Supplier.Kind.LEGAL_ENTITY,
                                "9703009483",
                                "770301001",
                                "ООО \"ТАРГЕТ\"",
                                null,
                                "г. Москва",
                                "79661219491",
                                "t@inbox.ru"),
                        new Supplier(
                                Supplier.Kind.ENTREPRENEUR,
                                "402712345698",
                                null,
                                "ИП Ёлкин П.С.",
                                new PersonName("Ёлкин", "Пётр", "Семёнович"),
                                null,
                                null,
                                null));
        Contract wood = result.contracts().get(1);
        assertThat(wood.purchaseNumber()).isNull();
        assertThat(wood.singleSupplier()).isTrue(); // no purchase number
        assertThat(wood.suppliers().getFirst().kind()).isEqualTo(Supplier.Kind.INDIVIDUAL);
        assertThat(wood.suppliers().getFirst().name()).isEqualTo("Иванова Анна");
    }

    @Test
    void theLawColumnSays223OrDefaultsTo44AndRefusesAnythingElse() {
        String header = HEADER + ";Закон";
        String row = "3402801234920000077;77/2020;01.10.2020;4028012349;;Заказчик;10;;;;7707083893;;ПАО;;;;;;;";
        ContractTableReader.Result result = csv(header + "\n" + row + "223-ФЗ\n"
                + row.replace("3402801234920000077", "3402801234920000078") + "\n"
                + row.replace("3402801234920000077", "3402801234920000079") + "44\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.contracts())
                .extracting(Contract::law)
                .containsExactly(ProcurementLaw.FZ223, ProcurementLaw.FZ44, ProcurementLaw.FZ44);
        assertThat(result.contracts().getFirst().under44()).isFalse();
        assertThat(csv(HEADER + "\n" + row.substring(0, row.length() - 1) + "\n")
                        .contracts())
                .extracting(Contract::law)
                .containsExactly(ProcurementLaw.FZ44);

        assertThat(csv(header + "\n" + row + "94-ФЗ\n").errors())
                .extracting(TableError::toString)
                .containsExactly("Строка 2, столбец 20 «Закон»: ожидается «44-ФЗ» или «223-ФЗ», указано «94-ФЗ»");
    }

    @Test
    void collectsEveryErrorWithLineAndColumnAndReturnsNothing() {
        String text = HEADER + "\n"
                + "3402801234920000077;1;31.02.2020;4028012349;;Заказчик;много;;;может быть;9703009484;;ООО;;;;;;почта\n"
                + ";2;01.03.2020;4028012340;;Заказчик;10;;;;;;;Петров;;;;;\n"
                + "3402801234920000077;1;01.03.2020;4028012349;;Заказчик;10;;;;7707083893;;ПАО;;;;;;\n";
        ContractTableReader.Result result = csv(text);
        assertThat(result.contracts()).isEmpty();
        assertThat(result.errors())
                .extracting(TableError::toString)
                .containsExactly(
                        "Строка 2, столбец 3 «Дата заключения»: неверная дата «31.02.2020», ожидается ДД.ММ.ГГГГ",
                        "Строка 2, столбец 7 «Цена»: неверная цена «много», ожидается число, например 1 234 567,89",
                        "Строка 2, столбец 10 «Единственный поставщик»: ожидается «да» или «нет», а не «может быть»",
                        "Строка 2, столбец 11 «ИНН поставщика»: неверная контрольная цифра ИНН: «9703009484»",
                        "Строка 2, столбец 19 «Email поставщика»: неверный адрес электронной почты «почта»",
                        "Строка 3, столбец 1 «Реестровый номер»: не заполнено",
                        "Строка 3, столбец 4 «ИНН заказчика»: неверная контрольная цифра ИНН: «4028012340»",
                        "Строка 3, столбец 15 «Имя»: для поставщика — физического лица нужны фамилия и имя",
                        "Строка 3, столбец 11 «ИНН поставщика»: не заполнено");
    }

    @Test
    void reportsMissingColumnsAndConflictingLinesOfOneContract() {
        assertThat(csv("Номер;Цена\n1;2\n").errors())
                .extracting(TableError::toString)
                .contains(
                        "Строка 1: нет обязательного столбца «Реестровый номер»",
                        "Строка 1: нет обязательного столбца «ИНН поставщика»");
        String text = HEADER + "\n"
                + "1;1;01.03.2020;4028012349;;З;10;;;;7707083893;;ПАО;;;;;;\n"
                + "1;1;01.03.2020;4028012349;;З;11;;;;9703009483;;ООО;;;;;;\n";
        assertThat(csv(text).errors())
                .extracting(TableError::toString)
                .containsExactly("Строка 3, столбец 1 «Реестровый номер»: контракт с этим реестровым номером уже есть"
                        + " в строке 2, но с другими данными контракта");
    }

    @Test
    void readsXlsxWithNumericAndDateCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Контракты");
            Row header = sheet.createRow(0);
            String[] names = HEADER.split(";");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i].toLowerCase());
            }
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("3402701122221000003");
            row.createCell(2).setCellValue(LocalDate.of(2021, 2, 15));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellValue(4027011222d);
            row.createCell(6).setCellValue(99000.5);
            row.createCell(9).setCellValue("Да");
            row.createCell(10).setCellValue(402712345698d); // a 12-digit INN typed as a number
            row.createCell(12).setCellValue("Индивидуальный предприниматель Ёлкин Пётр Семёнович");
            row.createCell(13).setCellValue("Ёлкин");
            row.createCell(14).setCellValue("Пётр");
            book.write(out);
        }
        ContractTableReader.Result result = reader.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(result.errors()).isEmpty();
        Contract c = result.contracts().getFirst();
        assertThat(c.signDate()).isEqualTo(LocalDate.of(2021, 2, 15));
        assertThat(c.customerInn()).isEqualTo("4027011222");
        assertThat(c.price()).isEqualByComparingTo("99000.5");
        assertThat(c.singleSupplier()).isTrue();
        Supplier s = c.suppliers().getFirst();
        assertThat(s.kind()).isEqualTo(Supplier.Kind.ENTREPRENEUR);
        assertThat(s.inn()).isEqualTo("402712345698");
        assertThat(s.person()).isEqualTo(new PersonName("Ёлкин", "Пётр", null));
    }
}
