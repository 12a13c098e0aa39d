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
import org.w3c.dom.NodeList;

/**
 * Row by row: a key value of every row of every section, read from the container by the reader and
 * from the XML sample by DOM + XPath, must agree (amounts compared as numbers, exactly).
 */
class SpravkiRowsTest {

    /** A section's rows under a Справка, the field of each row, and the same value from the model. */
    private record Column(String rows, String field, Function<Spravka, List<?>> model) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("Атрибут[@Имя='Доходы']/Доход", "ВеличинаДохода", s -> map(s.income(), Spravka.Income::amount)),
            new Column("Атрибут[@Имя='Доходы']/Доход", "ВидДохода", s -> map(s.income(), Spravka.Income::kind)),
            new Column(
                    "Атрибут[@Имя='Расходы']/Расход", "СуммаСделки", s -> map(s.expenses(), Spravka.Expense::amount)),
            new Column(
                    "Атрибут[@Имя='НедвижимоеИмущество']/Собственность",
                    "Площадь",
                    s -> map(s.realEstate(), Spravka.RealEstate::area)),
            new Column(
                    "Атрибут[@Имя='НедвижимоеИмущество']/Собственность",
                    "ВидСобственности",
                    s -> map(s.realEstate(), Spravka.RealEstate::ownership)),
            new Column(
                    "Атрибут[@Имя='НедвижимоеИмущество']/Собственность",
                    "РазмерДоли",
                    s -> map(
                            s.realEstate(),
                            r -> r.share() == null ? null : r.share().toString())),
            new Column(
                    "Атрибут[@Имя='ТранспортныеСредства']/Собственность",
                    "МаркаТранспортногоСредства",
                    s -> map(s.vehicles(), Spravka.Vehicle::make)),
            new Column(
                    "Атрибут[@Имя='Цифровые_финансовые_активы_цифровые_права']/*",
                    "Общее_количество",
                    s -> map(s.digitalAssets(), Spravka.DigitalAsset::quantity)),
            new Column(
                    "Атрибут[@Имя='Цифровая_валюта']/*",
                    "Общее_количество",
                    s -> map(s.digitalCurrency(), Spravka.DigitalCurrency::quantity)),
            new Column(
                    "Атрибут[@Имя='Счета']/Счет", "ОстатокНаСчете", s -> map(s.accounts(), Spravka.Account::balance)),
            new Column(
                    "Атрибут[@Имя='Счета']/Счет",
                    "СуммаПоступившихСредств",
                    s -> map(s.accounts(), Spravka.Account::inflows)),
            new Column(
                    "Атрибут[@Имя='ЦенныеБумаги']/*",
                    "ОбщаяСтоимость",
                    s -> map(s.shares(), Spravka.CompanyShare::totalValue)),
            new Column(
                    "Атрибут[@Имя='ИныеЦенныеБумаги']/*",
                    "ОбщаяСтоимость",
                    s -> map(s.otherSecurities(), Spravka.Security::totalValue)),
            new Column(
                    "Атрибут[@Имя='НедвижимоеИмуществоВПользовании']/*",
                    "Площадь",
                    s -> map(s.estateInUse(), Spravka.EstateInUse::area)),
            new Column(
                    "Атрибут[@Имя='СрочныеОбязательства']/*",
                    "РазмерОбязательства",
                    s -> map(s.obligations(), Spravka.Obligation::outstanding)),
            new Column("Атрибут[@Имя='Подарки']/*", "ОснованиеОтчуждения", s -> map(s.gifts(), Spravka.Gift::basis)));

    private static <T> List<Object> map(List<T> rows, Function<T, ?> value) {
        List<Object> values = new ArrayList<>();
        for (T row : rows) {
            values.add(value.apply(row));
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"family-all-sections", "family-three"})
    void everyRowOfEverySectionAgreesWithTheXml(String sample) throws Exception {
        SpravkiPackage read = new SpravkiReader().read(sample + ".xsb", SpravkiReaderTest.resource(sample + ".xsb"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/spravki-bk/" + sample + ".xml")) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList spravki =
                (NodeList) xpath.evaluate("/Пакет/Атрибут[@Имя='Справки']/Справка", doc, XPathConstants.NODESET);
        assertThat(read.declarations()).hasSize(spravki.getLength());
        int compared = 0;
        for (int i = 0; i < spravki.getLength(); i++) {
            Element s = (Element) spravki.item(i);
            for (Column column : COLUMNS) {
                NodeList rows = (NodeList) xpath.evaluate(column.rows(), s, XPathConstants.NODESET);
                List<Object> expected = new ArrayList<>();
                for (int r = 0; r < rows.getLength(); r++) {
                    String text = ((String) xpath.evaluate(
                                    "Атрибут[@Имя='" + column.field() + "']", rows.item(r), XPathConstants.STRING))
                            .strip();
                    expected.add(text.isEmpty() ? null : text);
                }
                List<?> actual = column.model().apply(read.declarations().get(i));
                assertThat(normalize(actual))
                        .as("Справка %d, %s / %s", i + 1, column.rows(), column.field())
                        .isEqualTo(normalize(expected));
                compared += expected.size();
            }
        }
        assertThat(compared).isPositive();
    }

    /** Numbers as exact values without trailing zeros, so that 46830.50 and 46830.5 are one value. */
    private static List<String> normalize(List<?> values) {
        return values.stream()
                .map(v -> {
                    if (v == null) {
                        return null;
                    }
                    String text = v.toString();
                    try {
                        return new BigDecimal(text).stripTrailingZeros().toPlainString();
                    } catch (NumberFormatException notANumber) {
                        return text;
                    }
                })
                .map(v -> Objects.toString(v, "∅"))
                .toList();
    }
}
