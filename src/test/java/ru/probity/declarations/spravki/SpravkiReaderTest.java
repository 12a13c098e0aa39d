package ru.probity.declarations.spravki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpravkiReaderTest {

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final SpravkiReader reader = new SpravkiReader();

    static byte[] resource(String name) throws Exception {
        try (InputStream in = SpravkiReaderTest.class.getResourceAsStream("/spravki-bk/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The sample's XML as text (the .xml file is UTF-16 with a byte order mark). */
    static String sampleXml(String name) throws Exception {
        return new String(resource(name + ".xml"), StandardCharsets.UTF_16);
    }

    static byte[] container(String header, String xml) {
        return (header + Base64.getEncoder().encodeToString(xml.getBytes(UTF_32LE)))
                .getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @CsvSource({
        "family-all-sections, family-all-sections.xsb, 4",
        "family-all-sections, family-all-sections.xml, 4",
        "family-three, family-three.xsb, 3",
        "family-three, family-three.xml, 3"
    })
    void everyPersonEverySectionAndTheIncomeAsAnIndependentReadingOfTheXml(String sample, String file, int persons)
            throws Exception {
        List<SampleFacts> expected = SampleFacts.of("/spravki-bk/" + sample + ".xml");
        SpravkiPackage read = reader.read(file, resource(file));

        assertThat(expected).hasSize(persons);
        assertThat(read.program()).isEqualTo("2.5.5.2275");
        assertThat(read.formatVersion()).isEqualTo("1.4");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.declarations()).hasSize(persons);
        for (int i = 0; i < persons; i++) {
            SampleFacts facts = expected.get(i);
            Spravka s = read.declarations().get(i);
            assertThat(s.filedFor().fileValue()).isEqualTo(facts.filedFor());
            assertThat(s.person().lastName()).isEqualTo(facts.lastName());
            assertThat(s.person().firstName()).isEqualTo(facts.firstName());
            assertThat(s.person().middleName()).isEqualTo(facts.middleName());
            assertThat(s.person().birthDate()).isEqualTo(LocalDate.parse(facts.birthDate()));
            assertThat(s.periodStart()).isEqualTo(LocalDate.parse(facts.periodStart()));
            assertThat(s.periodEnd()).isEqualTo(LocalDate.parse(facts.periodEnd()));
            assertThat(s.incomeTotal()).isEqualByComparingTo(facts.incomeTotal());
            assertThat(s.incomeTotal().toPlainString())
                    .isEqualTo(facts.incomeTotal().toPlainString());
            assertThat(counts(s)).as("rows of each section, Справка %d", i + 1).isEqualTo(facts.counts());
            assertThat(s.warnings()).as("warnings of Справка %d", i + 1).isEmpty();
        }
    }

    static Map<String, Integer> counts(Spravka s) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("income", s.income().size());
        c.put("expenses", s.expenses().size());
        c.put("real_estate", s.realEstate().size());
        c.put("vehicles", s.vehicles().size());
        c.put("digital_assets", s.digitalAssets().size());
        c.put("utility_digital_rights", s.utilityDigitalRights().size());
        c.put("digital_currency", s.digitalCurrency().size());
        c.put("accounts", s.accounts().size());
        c.put("shares", s.shares().size());
        c.put("other_securities", s.otherSecurities().size());
        c.put("estate_in_use", s.estateInUse().size());
        c.put("obligations", s.obligations().size());
        c.put("gifts", s.gifts().size());
        return c;
    }

    @Test
    void theContainerAndTheDecodedXmlReadTheSame() throws Exception {
        SpravkiPackage xsb = reader.read("a.xsb", resource("family-all-sections.xsb"));
        SpravkiPackage xml = reader.read("a.xml", resource("family-all-sections.xml"));
        assertThat(xsb.declarations()).isEqualTo(xml.declarations());
    }

    @Test
    void theTitleAndTheSectionsAsInTheFile() throws Exception {
        SpravkiPackage p = reader.read("a.xsb", resource("family-all-sections.xsb"));
        Spravka self = p.declarations().get(0);
        assertThat(p.hasOwnDeclaration()).isTrue();
        assertThat(self.filedFor()).isEqualTo(FiledFor.SELF);
        assertThat(self.person()).isEqualTo(self.declarant());
        assertThat(self.person().sex()).isEqualTo("Мужской");
        assertThat(self.person().snils()).isEqualTo("08860915205");
        assertThat(self.person().document().kind()).isEqualTo("Паспорт");
        assertThat(self.person().document().series()).isEqualTo("2648");
        assertThat(self.person().registration().city()).isEqualTo("г. Обнинск");
        assertThat(self.person().work().post()).isEqualTo("главный специалист отдела");
        assertThat(self.correction()).isFalse();
        assertThat(self.reportDate()).isEqualTo(LocalDate.of(2024, 12, 31));

        Spravka.Account second = self.accounts().get(1);
        assertThat(second.bank()).isEqualTo("АО «Газпромбанк», г. Москва");
        assertThat(second.balance()).isEqualTo(new BigDecimal("46830.56"));
        assertThat(second.inflows()).isEqualTo(new BigDecimal("1642.13"));
        assertThat(second.inflowsWithinIncome()).isFalse();
        assertThat(second.statementDate()).as("0001-01-01 is empty").isNull();

        Spravka.Expense deal = self.expenses().getFirst();
        assertThat(deal.amount()).isEqualTo(new BigDecimal("20858976"));
        assertThat(deal.sources()).isNotEmpty();
        assertThat(deal.sources())
                .anySatisfy(source -> assertThat(source.obligation()).isNotNull());

        assertThat(self.realEstate()).allSatisfy(r -> assertThat(r.kind()).isNotNull());
        assertThat(self.vehicles().getFirst().make()).isEqualTo("КИА");
        assertThat(self.vehicles().getFirst().year()).isEqualTo(2023);
        assertThat(self.digitalCurrency().getFirst().name()).isEqualTo("BTC");
        assertThat(self.digitalAssets().getFirst().name()).isEqualTo("ЦФА-1");
        assertThat(self.shares().getFirst().legalForm()).isEqualTo("ОАО");
        assertThat(self.gifts().getFirst().basis()).isEqualTo("договор дарения от 01.06.2024");
        assertThat(self.gifts().getFirst().recipientBirthDate()).isEqualTo(LocalDate.of(1994, 2, 1));

        Spravka spouse = p.declarations().get(1);
        assertThat(spouse.filedFor()).isEqualTo(FiledFor.SPOUSE);
        assertThat(spouse.person().lastName()).isEqualTo("Смирнова");
        assertThat(spouse.declarant().lastName()).isEqualTo("Смирнов");
        assertThat(p.declarations().stream().flatMap(s -> s.realEstate().stream()))
                .anySatisfy(r -> assertThat(r.share()).isEqualTo(new Fraction(1, 4)));
    }

    @Test
    void aHeaderOtherThanTheSamplesPlaceholderIsSkipped() throws Exception {
        String xml = sampleXml("family-three");
        int persons = reader.read("s.xml", resource("family-three.xml"))
                .declarations()
                .size();
        for (String header : List.of("", "SPRAVKIBK-2.5.5 CRC=0A1B\r\n", "ABCDEF", "X ", "ЗАГОЛОВОК-XSB  ")) {
            byte[] file = header.isEmpty() || header.chars().allMatch(c -> c < 128)
                    ? container(header, xml)
                    : concat(header.getBytes(StandardCharsets.UTF_8), container("", xml));
            assertThat(reader.read("h.xsb", file).declarations())
                    .as("header «%s»", header)
                    .hasSize(persons);
        }
        // Base64 with line breaks, as some tools write it
        String body = Base64.getMimeEncoder().encodeToString(xml.getBytes(UTF_32LE));
        assertThat(reader.read("m.xsb", ("HDR1  " + body + "\r\n").getBytes(StandardCharsets.US_ASCII))
                        .declarations())
                .hasSize(persons);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void anXmlFileInUtf8IsReadToo() throws Exception {
        String xml = sampleXml("family-three").replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
        assertThat(reader.read("u.xml", xml.getBytes(StandardCharsets.UTF_8)).declarations())
                .hasSize(3);
    }

    @Test
    void unknownElementsFieldsAndAttributesAreWarningsNotFailures() throws Exception {
        String xml = sampleXml("family-three")
                .replaceFirst(
                        "<Атрибут Имя=\"ВалютаСчета\">",
                        "<Атрибут Имя=\"НовоеПолеСчета\">1</Атрибут><Атрибут Имя=\"ВалютаСчета\" Новый=\"Да\">")
                .replaceFirst(
                        "<Атрибут Имя=\"Доходы\">", "<НовыйРаздел><Строка/></НовыйРаздел><Атрибут Имя=\"Доходы\">")
                .replaceFirst("<Атрибут Имя=\"ОстатокНаСчете\">[^<]*<", "<Атрибут Имя=\"ОстатокНаСчете\">12,5<");
        SpravkiPackage p = reader.read("w.xsb", container("XSB1  ", xml));
        List<String> warnings = p.declarations().getFirst().warnings().stream()
                .map(ReadWarning::toString)
                .toList();
        assertThat(warnings)
                .anySatisfy(
                        w -> assertThat(w).contains("Справка 1 › Счета › Счет").contains("«НовоеПолеСчета»"))
                .anySatisfy(w -> assertThat(w).contains("«НовыйРаздел»"))
                .anySatisfy(w -> assertThat(w).contains("ВалютаСчета").contains("атрибут «Новый»"))
                .anySatisfy(w -> assertThat(w).contains("ОстатокНаСчете").contains("«12,5» — не число"));
        assertThat(p.declarations()).hasSize(3);
        assertThat(p.declarations().getFirst().accounts().getFirst().balance()).isNull();
    }

    @Test
    void warningsOutsideAnySpravkaBelongToThePackage() throws Exception {
        String xml = sampleXml("family-three")
                .replaceFirst(
                        "<Атрибут Имя=\"Справки\">",
                        "<Атрибут Имя=\"НовоеПолеПакета\">x</Атрибут><Атрибут Имя=\"Справки\">");
        SpravkiPackage p = reader.read("p.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(p.warnings())
                .containsExactly(
                        new ReadWarning("Пакет", "неизвестный элемент или поле «НовоеПолеПакета» не прочитано"));
        assertThat(p.declarations()).hasSize(3);
        assertThat(reader.read("e.xml", "<Пакет/>".getBytes(StandardCharsets.UTF_8))
                        .warnings())
                .extracting(ReadWarning::message)
                .containsExactly("в пакете нет ни одной справки");
    }

    @Test
    void booleansInBothSpellings() throws Exception {
        String xml = sampleXml("family-three")
                .replaceFirst("<Атрибут Имя=\"Уточнение\">[^<]*<", "<Атрибут Имя=\"Уточнение\">True<");
        assertThat(reader.read("b.xml", xml.getBytes(StandardCharsets.UTF_8))
                        .declarations()
                        .getFirst()
                        .correction())
                .isTrue();
    }

    @Test
    void aFileThatIsNotBase64IsRefusedWithTheFileAndTheReason() {
        assertThatThrownBy(() -> reader.read("плохой.xsb", "XSB1  PAAAA@@@@!!!!".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(NotAPackageException.class)
                .hasMessage(
                        "Файл «плохой.xsb» не прочитан как пакет «Справки БК»: содержимое после заголовка не является"
                                + " кодировкой Base64");
    }

    @Test
    void base64OfSomethingElseIsRefused() {
        byte[] notText = ("XSB1  " + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("a.xsb", notText))
                .isInstanceOf(NotAPackageException.class)
                .hasMessageContaining("«a.xsb»")
                .hasMessageContaining("не является текстом в кодировке UTF-32LE");
        assertThatThrownBy(() -> reader.read("b.xsb", container("XSB1  ", "просто текст")))
                .hasMessage(
                        "Файл «b.xsb» не прочитан как пакет «Справки БК»: расшифрованное содержимое не является XML");
    }

    @Test
    void brokenXmlIsRefused() {
        assertThatThrownBy(() -> reader.read("c.xsb", container("XSB1  ", "<Пакет><Атрибут Имя=\"Справки\"></Пакет>")))
                .isInstanceOf(NotAPackageException.class)
                .hasMessageStartingWith(
                        "Файл «c.xsb» не прочитан как пакет «Справки БК»: содержимое не является правильным XML (строка 1");
        assertThatThrownBy(() -> reader.read("d.xml", "<?xml version=\"1.0\"?><Пакет".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("«d.xml»")
                .hasMessageContaining("не является правильным XML");
        assertThatThrownBy(() -> reader.read("e.xml", new byte[0])).hasMessageEndingWith("файл пуст");
    }

    @Test
    void anotherRootIsRefused() {
        assertThatThrownBy(() -> reader.read("f.xml", "<Справка/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAPackageException.class)
                .hasMessage("Файл «f.xml» не прочитан как пакет «Справки БК»: корневой элемент XML — «Справка», а в"
                        + " пакете «Справки БК» это «Пакет»");
    }

    @Test
    void noDtdNoExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Пакет [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Пакет><Атрибут Имя=\"Справки\"><Справка><Атрибут Имя=\"ЗаполняетсяНа\">&x;</Атрибут>"
                + "</Справка></Атрибут></Пакет>";
        assertThatThrownBy(() -> reader.read("x.xml", xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAPackageException.class)
                .hasMessageContaining("не является правильным XML");
    }
}
