package ru.probity.declarations.spravki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Person;

/**
 * Issue 18, item 10: the columns of the form as amended, filled from real packages — each value of
 * the product's content ({@link SpravkiContent}) equals the element read from the XML sample by
 * DOM + XPath (the row's own element, else the one the program repeats under it), row by row.
 */
class SpravkiColumnsTest {

    /** A section's rows under a Справка, the element of each row, and the same value from the content. */
    private record Column(String rows, String field, Function<Person, List<?>> content) {}

    /** The declarant's personal data on his own Справка, and his passport there. */
    private static final String TITLE = "Атрибут[@Имя='ЛичныеДанныеЗаявителя']/ЛичныеДанные/";

    private static final String PASSPORT = TITLE + "Атрибут[@Имя='ДокументУдостоверяющийЛичность']/Паспорт/";

    private static final String ESTATE = "Атрибут[@Имя='НедвижимоеИмущество']/Собственность";
    private static final String VEHICLES = "Атрибут[@Имя='ТранспортныеСредства']/Собственность";
    private static final String ACCOUNTS = "Атрибут[@Имя='Счета']/Счет";
    private static final String SHARES = "Атрибут[@Имя='ЦенныеБумаги']/*";
    private static final String IN_USE = "Атрибут[@Имя='НедвижимоеИмуществоВПользовании']/*";

    private static final List<Column> COLUMNS = List.of(
            new Column(
                    ESTATE,
                    "ОснованиеПриобретенияИИсточникСредств",
                    p -> map(p.realEstate(), DeclarationContent.RealEstate::basis)),
            new Column(VEHICLES, "МестоРегистрации", p -> map(p.vehicles(), DeclarationContent.Vehicle::registration)),
            new Column(ACCOUNTS, "ВидСчета", p -> map(p.accounts(), DeclarationContent.Account::kind)),
            new Column(
                    SHARES, "ОрганизационноПравоваяФорма", p -> map(p.shares(), DeclarationContent.Share::legalForm)),
            new Column(SHARES, "УставнойКапитал", p -> map(p.shares(), DeclarationContent.Share::capital)),
            new Column(IN_USE, "ВидПользования", p -> map(p.inUse(), DeclarationContent.EstateInUse::useKind)),
            new Column(IN_USE, "Начало", p -> map(p.inUse(), DeclarationContent.EstateInUse::useFrom)),
            new Column(IN_USE, "Конец", p -> map(p.inUse(), DeclarationContent.EstateInUse::useTo)));

    private static <T> List<Object> map(List<T> rows, Function<T, ?> value) {
        List<Object> values = new ArrayList<>();
        for (T row : rows) {
            values.add(value.apply(row));
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"family-all-sections", "family-three"})
    void theNewColumnsAreFilledFromThePackageAsTheXmlHasThem(String sample) throws Exception {
        SpravkiPackage read = new SpravkiReader().read(sample + ".xsb", SpravkiReaderTest.resource(sample + ".xsb"));
        DeclarationContent content = SpravkiContent.of(read).content();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/spravki-bk/" + sample + ".xml")) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList spravki =
                (NodeList) xpath.evaluate("/Пакет/Атрибут[@Имя='Справки']/Справка", doc, XPathConstants.NODESET);
        assertThat(content.persons()).hasSize(spravki.getLength());
        int filled = 0;
        for (int i = 0; i < spravki.getLength(); i++) {
            Element s = (Element) spravki.item(i);
            Person person = content.persons().get(i);
            for (Column column : COLUMNS) {
                NodeList rows = (NodeList) xpath.evaluate(column.rows(), s, XPathConstants.NODESET);
                List<Object> expected = new ArrayList<>();
                for (int r = 0; r < rows.getLength(); r++) {
                    String text = value(xpath, rows.item(r), column.field());
                    expected.add(text);
                    filled += text == null ? 0 : 1;
                }
                assertThat(normalize(column.content().apply(person)))
                        .as("Справка %d, %s / %s", i + 1, column.rows(), column.field())
                        .isEqualTo(normalize(expected));
            }
            // the title page: the declarant's post, passport and registration address (ЛичныеДанныеЗаявителя
            // on the declarant's own Справка); none for the family
            String post = value(xpath, s, TITLE + "Атрибут[@Имя='МестоРаботы']//Атрибут[@Имя='Должность']");
            String series = value(xpath, s, PASSPORT + "Атрибут[@Имя='Серия']");
            String number = value(xpath, s, PASSPORT + "Атрибут[@Имя='Номер']");
            String issuedBy = value(xpath, s, PASSPORT + "Атрибут[@Имя='ОрганВыдавшийДокумент']");
            String issuedOn = value(xpath, s, PASSPORT + "Атрибут[@Имя='ДатаВыдачи']");
            if (person.relation() == DeclarationContent.Relation.DECLARANT) {
                assertThat(person.title()).isNotNull();
                assertThat(person.title().post()).isEqualTo(post);
                assertThat(person.title().passportSeries()).isEqualTo(series);
                assertThat(person.title().passportNumber()).isEqualTo(number);
                assertThat(person.title().passportIssuedBy()).isEqualTo(issuedBy);
                assertThat(Objects.toString(person.title().passportIssuedOn(), null))
                        .isEqualTo(issuedOn);
                String street = value(xpath, s, TITLE + "Атрибут[@Имя='Регистрация']//Атрибут[@Имя='Улица']");
                if (street != null) {
                    assertThat(person.title().address()).contains(street);
                }
                filled += series == null ? 0 : 1;
            } else {
                assertThat(person.title()).isNull();
            }
        }
        assertThat(filled).as("the samples have these elements").isPositive();
    }

    /** The row's own element, else the first the program repeats under it (as the reader takes it). */
    private static String value(XPath xpath, Node row, String field) throws Exception {
        String path = field.contains("/") || field.startsWith(".") ? field : "Атрибут[@Имя='" + field + "']";
        String own = ((String) xpath.evaluate(path, row, XPathConstants.STRING)).strip();
        if (own.isEmpty() && !field.contains("/")) {
            own = ((String) xpath.evaluate(".//Атрибут[@Имя='" + field + "']", row, XPathConstants.STRING)).strip();
        }
        return own.isEmpty() ? null : own;
    }

    /** Numbers as exact values without trailing zeros. */
    private static List<String> normalize(List<?> values) {
        return values.stream()
                .map(v -> {
                    if (v == null) {
                        return "∅";
                    }
                    String text = v.toString();
                    try {
                        return new BigDecimal(text).stripTrailingZeros().toPlainString();
                    } catch (NumberFormatException notANumber) {
                        return text;
                    }
                })
                .toList();
    }
}
