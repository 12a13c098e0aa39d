package ru.probity.declarations.spravki;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a sample holds, read independently of the reader: DOM and XPath over the decoded XML
 * sample, each section's rows counted as the elements of its collection, the income summed as
 * written.
 */
record SampleFacts(
        String filedFor,
        String lastName,
        String firstName,
        String middleName,
        String birthDate,
        String periodStart,
        String periodEnd,
        BigDecimal incomeTotal,
        Map<String, Integer> counts) {

    /** Count key of the command line's JSON → the XPath of the section's rows under a Справка. */
    static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("income", "Атрибут[@Имя='Доходы']/Доход");
        SECTIONS.put("expenses", "Атрибут[@Имя='Расходы']/Расход");
        SECTIONS.put("real_estate", "Атрибут[@Имя='НедвижимоеИмущество']/Собственность");
        SECTIONS.put("vehicles", "Атрибут[@Имя='ТранспортныеСредства']/Собственность");
        SECTIONS.put("digital_assets", "Атрибут[@Имя='Цифровые_финансовые_активы_цифровые_права']/*");
        SECTIONS.put("utility_digital_rights", "Атрибут[@Имя='Утилитарные_цифровые_права']/*");
        SECTIONS.put("digital_currency", "Атрибут[@Имя='Цифровая_валюта']/*");
        SECTIONS.put("accounts", "Атрибут[@Имя='Счета']/Счет");
        SECTIONS.put("shares", "Атрибут[@Имя='ЦенныеБумаги']/*");
        SECTIONS.put("other_securities", "Атрибут[@Имя='ИныеЦенныеБумаги']/*");
        SECTIONS.put("estate_in_use", "Атрибут[@Имя='НедвижимоеИмуществоВПользовании']/*");
        SECTIONS.put("obligations", "Атрибут[@Имя='СрочныеОбязательства']/*");
        SECTIONS.put("gifts", "Атрибут[@Имя='Подарки']/*");
    }

    static List<SampleFacts> of(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = SampleFacts.class.getResourceAsStream(resource)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList spravki =
                (NodeList) xpath.evaluate("/Пакет/Атрибут[@Имя='Справки']/Справка", doc, XPathConstants.NODESET);
        List<SampleFacts> facts = new ArrayList<>();
        for (int i = 0; i < spravki.getLength(); i++) {
            Element s = (Element) spravki.item(i);
            String own = "Атрибут[@Имя='ЛичныеДанные']";
            String holder = ((NodeList) xpath.evaluate(own, s, XPathConstants.NODESET)).getLength() > 0
                    ? own
                    : "Атрибут[@Имя='ЛичныеДанныеЗаявителя']";
            String document = holder + "/ЛичныеДанные/Атрибут[@Имя='ДокументУдостоверяющийЛичность']/*[1]";
            Map<String, Integer> counts = new LinkedHashMap<>();
            SECTIONS.forEach((key, path) -> counts.put(key, count(xpath, s, path)));
            BigDecimal total = BigDecimal.ZERO;
            NodeList amounts = (NodeList) xpath.evaluate(
                    "Атрибут[@Имя='Доходы']/Доход/Атрибут[@Имя='ВеличинаДохода']", s, XPathConstants.NODESET);
            for (int a = 0; a < amounts.getLength(); a++) {
                String amount = amounts.item(a).getTextContent().strip();
                if (!amount.isEmpty()) {
                    total = total.add(new BigDecimal(amount));
                }
            }
            facts.add(new SampleFacts(
                    text(xpath, s, "Атрибут[@Имя='ЗаполняетсяНа']"),
                    text(xpath, s, document + "/Атрибут[@Имя='Фамилия']"),
                    text(xpath, s, document + "/Атрибут[@Имя='Имя']"),
                    text(xpath, s, document + "/Атрибут[@Имя='Отчество']"),
                    text(xpath, s, document + "/Атрибут[@Имя='ДатаРождения']"),
                    text(xpath, s, "Атрибут[@Имя='ОтчетныйПериодНачало']"),
                    text(xpath, s, "Атрибут[@Имя='ОтчетныйПериодКонец']"),
                    total,
                    counts));
        }
        return facts;
    }

    private static int count(XPath xpath, Element s, String path) {
        try {
            return ((NodeList) xpath.evaluate(path, s, XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static String text(XPath xpath, Element s, String path) throws Exception {
        String t = ((String) xpath.evaluate(path, s, XPathConstants.STRING)).strip();
        return t.isEmpty() ? null : t;
    }
}
