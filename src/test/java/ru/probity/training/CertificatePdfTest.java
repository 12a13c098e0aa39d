package ru.probity.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.probity.training.model.EventKind;

/** Issue 16: long titles on certificates wrap to several lines (smaller when needed) and are never cut. */
class CertificatePdfTest {

    private static final ZoneId ZONE = ZoneId.of(ru.probity.platform.RegionTime.DEFAULT);

    /** A title of exactly {@code length} characters made of ordinary words. */
    private static String title(String start, int length) {
        StringBuilder title = new StringBuilder(start);
        String[] words = {
            "противодействие", "коррупции", "в", "органах", "местного", "самоуправления", "и", "учреждениях"
        };
        for (int i = 0; title.length() < length; i++) {
            title.append(' ').append(words[i % words.length]);
        }
        return title.substring(0, length).strip();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anEventCertificateShowsAWholeTwoHundredCharacterTitleAndTestTitle() throws IOException {
        String title = title("Семинар", 200);
        String testTitle = title("Итоговое тестирование", 200);
        assertThat(title).hasSize(200);
        TrainingEvents.Event event = new TrainingEvents.Event(
                7,
                EventKind.SEMINAR,
                title,
                null,
                1,
                "Управление по профилактике коррупционных и иных правонарушений Администрации Губернатора Калужской области",
                null,
                List.of(),
                null,
                null,
                testTitle,
                false,
                1,
                LocalDateTime.of(2026, 11, 2, 10, 0),
                false);
        var data = new EventCertificates.CertificateData(
                42,
                "Константинопольская-Рождественская Александра Вячеславовна",
                event,
                LocalDateTime.of(2026, 11, 2, 10, 0),
                LocalDateTime.of(2026, 11, 9, 10, 0),
                2,
                3,
                testTitle,
                Instant.parse("2026-11-10T08:00:00Z"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        EventCertificate.write(data, ZONE, pdf);

        assertThat(text(pdf.toByteArray()))
                .contains("«" + title + "»")
                .contains("Проверка знаний пройдена: «" + testTitle + "»")
                .contains("Константинопольская-Рождественская Александра Вячеславовна")
                .contains("Дата выдачи: 10.11.2026");
    }

    @Test
    void aTestCertificateShowsAWholeTwoHundredCharacterTitle() throws IOException {
        String title = title("Проверка знаний", 200);
        var test = new Exams.Test(3, title, 30, 80, 2, null, null, false, 20);
        var sheet = new Exams.Sheet(
                11, test, 1, Instant.now(), Instant.parse("2026-11-10T08:00:00Z"), 90.0, true, List.of(), null);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Certificate.write("Иванова Анна Петровна", sheet, ZONE, pdf);

        assertThat(text(pdf.toByteArray())).contains("«" + title + "»").contains("Результат: 90 %");
    }

    @Test
    void linesStayWithinTheirWidthAndTheFontShrinksBeforeTheLinesRunOut() throws IOException {
        try (PDDocument document = new PDDocument();
                var in = CertificatePdfTest.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(document, in);
            String title = title("Курс", 200);
            CertificateLayout.Block block = CertificateLayout.fit(font, title, 20, 11, 600, 4);
            assertThat(block.lines()).hasSizeLessThanOrEqualTo(4);
            assertThat(block.size()).isLessThanOrEqualTo(20);
            assertThat(String.join(" ", block.lines())).isEqualTo(title);
            for (String line : block.lines()) {
                assertThat(font.getStringWidth(line) / 1000 * block.size()).isLessThanOrEqualTo(600);
            }
            // a word wider than a line is broken, never cut
            String word = "а".repeat(300);
            List<String> broken = CertificateLayout.wrap(font, word, 20, 600);
            assertThat(broken).hasSizeGreaterThan(1);
            assertThat(String.join("", broken)).isEqualTo(word);
        }
    }
}
