package ru.probity.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import ru.probity.monitoring.ReportPublication;

/**
 * The public section of ГО «Город Калуга» in the demo region (issue 21): the statistics of the last
 * year and of the current one published by `kaluga.officer` from Probity's figures, and the annual
 * report on the anti-corruption plan of the last year uploaded as a DOCX and published. (The income
 * subsection shows the explanation of Указ №968 — publication stays off; the commission and the
 * feedback subsections read the demo's commission and the registry.)
 */
final class DemoPublicSections {

    private DemoPublicSections() {}

    static void load(ReportPublication publication, DemoLookupStore lookup, LocalDate today) {
        var kaluga = lookup.organization(DemoRegionGenerator.KALUGA);
        var officer = lookup.officer("kaluga.officer");
        if (kaluga.isEmpty() || officer.isEmpty()) {
            return;
        }
        int last = today.getYear() - 1;
        publication.publishStatistics(officer.get(), kaluga.get(), last);
        publication.publishStatistics(officer.get(), kaluga.get(), today.getYear());
        String title = "Доклад о ходе реализации плана противодействия коррупции в городском округе «Город Калуга» за "
                + last + " год";
        publication.upload(
                officer.get(),
                kaluga.get(),
                last,
                title,
                new ReportPublication.Upload("doklad-" + last + ".docx", docx(title, last)),
                true);
    }

    /** A short report as a Word document. */
    static byte[] docx(String title, int year) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(title);
            String[] paragraphs = {
                "В " + year + " году в городском округе «Город Калуга» выполнялись мероприятия плана противодействия"
                        + " коррупции: антикоррупционная экспертиза проектов правовых актов, проверка закупок на"
                        + " конфликт интересов, обучение муниципальных служащих, работа комиссии по соблюдению"
                        + " требований к служебному поведению и урегулированию конфликта интересов.",
                "Статистическая информация за год размещена в подразделе «Доклады, отчеты, обзоры, статистическая"
                        + " информация» раздела «Противодействие коррупции».",
                "Сообщения о фактах коррупции принимаются через подраздел «Обратная связь для сообщений о фактах"
                        + " коррупции»."
            };
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
