package ru.probity.training.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.probity.platform.RussianFormats;

/**
 * The question bank as an XLSX sheet, for officials who write questions in Excel
 * (docs/formats/questions-xlsx.md): «Категория», «Тип» (один ответ, несколько ответов,
 * соответствие, краткий ответ), «Название», «Вопрос», «Варианты» (one per line: the right ones
 * marked with «*»; «элемент => соответствие» for matching; the accepted answers for a short one),
 * «Пояснение», «Метки» (comma-separated). A file is read whole and refused with every bad row named.
 */
public final class QuestionSheet {

    static final String[] COLUMNS = {"Категория", "Тип", "Название", "Вопрос", "Варианты", "Пояснение", "Метки"};
    private static final Map<String, Question.Kind> KINDS = Map.of(
            "один ответ", Question.Kind.SINGLE,
            "несколько ответов", Question.Kind.MULTIPLE,
            "соответствие", Question.Kind.MATCHING,
            "краткий ответ", Question.Kind.SHORT);

    private QuestionSheet() {}

    /**
     * The workbook, read whole (the caller bounds the bytes) and checked as an archive first: its
     * parts expanded at most {@code max-table}, not compressed like a «zip bomb».
     */
    private static Workbook open(InputStream in, String fileName, ru.probity.platform.UploadLimits limits)
            throws IOException {
        byte[] bytes = in.readAllBytes();
        ru.probity.platform.BoundedZip.check(new java.io.ByteArrayInputStream(bytes), limits.table(), fileName);
        return WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes));
    }

    public static List<Question> read(InputStream in, String fileName) throws QuestionFileException {
        List<Question> questions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ru.probity.platform.UploadLimits limits = ru.probity.platform.UploadLimits.current();
        try (Workbook workbook = open(in, fileName, limits)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(RussianFormats.LOCALE);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            int[] index = new int[COLUMNS.length];
            Arrays.fill(index, -1);
            for (Cell cell : header) {
                String title = format.formatCellValue(cell).strip();
                for (int i = 0; i < COLUMNS.length; i++) {
                    if (COLUMNS[i].equalsIgnoreCase(title)) {
                        index[i] = cell.getColumnIndex();
                    }
                }
            }
            for (int i : new int[] {1, 3, 4}) {
                if (index[i] < 0) {
                    throw new QuestionFileException(
                            "в файле «" + fileName + "» нет столбца «" + COLUMNS[i] + "» в первой строке");
                }
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] v = new String[COLUMNS.length];
                for (int i = 0; i < COLUMNS.length; i++) {
                    v[i] = row == null || index[i] < 0
                            ? ""
                            : format.formatCellValue(row.getCell(index[i])).strip();
                }
                if (String.join("", v).isBlank()) {
                    continue;
                }
                Question.Kind kind = KINDS.get(v[1].toLowerCase(Locale.ROOT));
                if (kind == null) {
                    errors.add("строка " + (r + 1) + ": тип «" + v[1]
                            + "» неизвестен (один ответ, несколько ответов, соответствие, краткий ответ)");
                    continue;
                }
                Question q = new Question(
                        v[0].isBlank() ? "Без категории" : v[0],
                        kind,
                        v[2].isBlank() ? null : v[2],
                        v[3],
                        options(kind, v[4]),
                        v[5].isBlank() ? null : v[5],
                        Arrays.stream(v[6].split(","))
                                .map(String::strip)
                                .filter(t -> !t.isEmpty())
                                .toList());
                String problem = q.problem();
                if (problem != null) {
                    errors.add("строка " + (r + 1) + ": " + problem);
                } else {
                    questions.add(q);
                }
            }
        } catch (IOException | RuntimeException e) {
            ru.probity.platform.UploadRefused refused = ru.probity.platform.UploadRefused.of(e, fileName, limits);
            if (refused != null) {
                throw refused;
            }
            throw new QuestionFileException("файл «" + fileName + "» не читается как XLSX", e);
        }
        if (!errors.isEmpty()) {
            throw new QuestionFileException("файл «" + fileName + "» не загружен: " + String.join("; ", errors));
        }
        if (questions.isEmpty()) {
            throw new QuestionFileException("в файле «" + fileName + "» нет вопросов");
        }
        return questions;
    }

    private static List<Question.Option> options(Question.Kind kind, String cell) {
        List<String> lines = Arrays.stream(cell.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        List<Question.Option> options = new ArrayList<>();
        switch (kind) {
            case SINGLE, MULTIPLE -> {
                long right = lines.stream().filter(l -> l.startsWith("*")).count();
                for (String line : lines) {
                    boolean isRight = line.startsWith("*");
                    options.add(new Question.Option(
                            isRight ? line.substring(1).strip() : line,
                            null,
                            isRight ? 100.0 / Math.max(1, right) : 0));
                }
            }
            case MATCHING -> {
                for (String line : lines) {
                    int arrow = line.indexOf("=>");
                    options.add(
                            arrow < 0
                                    ? new Question.Option(line, null, 0)
                                    : new Question.Option(
                                            line.substring(0, arrow).strip(),
                                            line.substring(arrow + 2).strip(),
                                            0));
                }
            }
            case SHORT -> lines.forEach(l -> options.add(new Question.Option(l, null, 100)));
        }
        return options;
    }

    public static void write(List<Question> questions, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Вопросы");
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                header.createCell(i).setCellValue(COLUMNS[i]);
            }
            int r = 1;
            for (Question q : questions) {
                Row row = sheet.createRow(r++);
                String kind = KINDS.entrySet().stream()
                        .filter(e -> e.getValue() == q.kind())
                        .findFirst()
                        .orElseThrow()
                        .getKey();
                List<String> lines = new ArrayList<>();
                for (Question.Option o : q.options()) {
                    lines.add(
                            switch (q.kind()) {
                                case SINGLE, MULTIPLE -> (o.right() ? "* " : "") + o.text();
                                case MATCHING -> o.text() + " => " + o.match();
                                case SHORT -> o.text();
                            });
                }
                String[] values = {
                    q.category(),
                    kind,
                    q.name() == null ? "" : q.name(),
                    q.text(),
                    String.join("\n", lines),
                    q.explanation() == null ? "" : q.explanation(),
                    String.join(", ", q.tags())
                };
                for (int i = 0; i < values.length; i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(values[i]);
                    cell.setCellStyle(wrap);
                }
            }
            int[] widths = {30, 16, 30, 60, 60, 60, 20};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }
}
