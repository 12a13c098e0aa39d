package ru.probity.accounts.slips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable login slips: a page per organization, every slip's login and password, long names wrapped. */
class LoginSlipsTest {

    private static final LoginSlips.Labels LABELS = new LoginSlips.Labels(
            "Учётная запись",
            "Организация",
            "ФИО",
            "Логин",
            "Одноразовый пароль",
            "Ссылка отправлена на e-mail",
            "Откройте http://localhost:8080, введите логин и пароль, затем задайте свой пароль.");

    @Test
    void eachOrganizationStartsAPageAndEverySlipIsPrinted() throws Exception {
        String longName = "Муниципальное бюджетное учреждение «Центр по обслуживанию и содержанию объектов"
                + " благоустройства и озеленения городского округа» ".repeat(2);
        var out = new ByteArrayOutputStream();
        LoginSlips.write(
                List.of(
                        new LoginSlips.Slip("УГХ", "Иванов Андрей Петрович", "ivanov.ap", "Abcdefghjkmnpqrs7"),
                        new LoginSlips.Slip("УГХ", "Петрова Анна", "petrova.a", null),
                        new LoginSlips.Slip(longName, "Сидоров Илья", "sidorov.i", "Zyxwvutsrqpnmkjh2")),
                LABELS,
                out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertThat(first)
                    .contains("Логин: ivanov.ap", "Одноразовый пароль: Abcdefghjkmnpqrs7", "Ссылка отправлена");
            assertThat(first).doesNotContain("sidorov.i");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("Логин: sidorov.i", "Zyxwvutsrqpnmkjh2", "озеленения");
        }
    }

    @Test
    void manySlipsContinueOnNewPages() throws Exception {
        var out = new ByteArrayOutputStream();
        List<LoginSlips.Slip> slips = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new LoginSlips.Slip("УГХ", "Сотрудник " + i, "user" + i, "Password" + i))
                .toList();
        LoginSlips.write(slips, LABELS, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(new PDFTextStripper().getText(pdf)).contains("user0", "user29");
        }
    }
}
