package ru.probity.training.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Moodle XML, the interchange format of question banks: reads and writes the question types the
 * bank has (multichoice with one or several right answers, matching, shortanswer) and the category
 * markers. Other types are refused by name, so that nothing is silently lost. Question text and
 * feedback are HTML in Moodle and plain text here (Jsoup reduces them, paragraphs kept as lines).
 */
public final class MoodleXml {

    private static final String TOP = "$course$/top/";

    private MoodleXml() {}

    public static List<Question> read(InputStream in, String fileName) throws QuestionFileException {
        Document document = parse(in, fileName);
        Element quiz = document.getDocumentElement();
        if (!"quiz".equals(quiz.getTagName())) {
            throw new QuestionFileException("файл «" + fileName + "» не в формате Moodle XML: корневой элемент <"
                    + quiz.getTagName() + ">, ожидается <quiz>");
        }
        List<Question> questions = new ArrayList<>();
        String category = "Без категории";
        int number = 0;
        for (Node node = quiz.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element question) || !"question".equals(question.getTagName())) {
                continue;
            }
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                category = categoryName(text(child(question, "category")));
                continue;
            }
            number++;
            String name = text(child(question, "name"));
            String where = "файл «" + fileName + "», вопрос " + number + (name.isBlank() ? "" : " («" + name + "»)");
            Question.Kind kind = switch (type) {
                case "multichoice" ->
                    "false".equalsIgnoreCase(text(child(question, "single")))
                            ? Question.Kind.MULTIPLE
                            : Question.Kind.SINGLE;
                case "truefalse" -> Question.Kind.SINGLE;
                case "matching" -> Question.Kind.MATCHING;
                case "shortanswer" -> Question.Kind.SHORT;
                default ->
                    throw new QuestionFileException(where + ": тип «" + type
                            + "» не поддерживается (поддерживаются multichoice, truefalse, matching, shortanswer)");
            };
            List<Question.Option> options = new ArrayList<>();
            if (kind == Question.Kind.MATCHING) {
                for (Element sub : children(question, "subquestion")) {
                    String item = html(text(sub));
                    String match = text(child(child(sub, "answer"), "text"));
                    if (!item.isBlank()) {
                        options.add(new Question.Option(item, match.strip(), 0));
                    }
                }
            } else {
                for (Element answer : children(question, "answer")) {
                    double fraction = fraction(answer.getAttribute("fraction"), where);
                    String answerText = html(text(child(answer, "text")));
                    if (type.equals("truefalse")) {
                        answerText = answerText.equalsIgnoreCase("true")
                                ? "Верно"
                                : answerText.equalsIgnoreCase("false") ? "Неверно" : answerText;
                    }
                    if (kind == Question.Kind.SHORT && fraction < 100) {
                        continue;
                    }
                    options.add(new Question.Option(answerText, null, fraction));
                }
            }
            List<String> tags = new ArrayList<>();
            Element tagList = child(question, "tags");
            if (tagList != null) {
                for (Element tag : children(tagList, "tag")) {
                    String value = text(child(tag, "text")).strip();
                    if (!value.isEmpty()) {
                        tags.add(value);
                    }
                }
            }
            Question q = new Question(
                    category,
                    kind,
                    name.isBlank() ? null : name.strip(),
                    html(text(child(child(question, "questiontext"), "text"))),
                    options,
                    emptyToNull(html(text(child(child(question, "generalfeedback"), "text")))),
                    tags);
            String problem = q.problem();
            if (problem != null) {
                throw new QuestionFileException(where + ": " + problem);
            }
            questions.add(q);
        }
        if (questions.isEmpty()) {
            throw new QuestionFileException("в файле «" + fileName + "» нет вопросов");
        }
        return questions;
    }

    public static void write(List<Question> questions, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String category = null;
        for (Question q : questions) {
            if (!q.category().equals(category)) {
                category = q.category();
                w.write("  <question type=\"category\">\n    <category><text>" + escape(TOP + category)
                        + "</text></category>\n  </question>\n");
            }
            String type = switch (q.kind()) {
                case SINGLE, MULTIPLE -> "multichoice";
                case MATCHING -> "matching";
                case SHORT -> "shortanswer";
            };
            w.write("  <question type=\"" + type + "\">\n");
            w.write("    <name><text>" + escape(q.name() == null ? shortName(q.text()) : q.name())
                    + "</text></name>\n");
            w.write("    <questiontext format=\"html\"><text>" + cdata(paragraphs(q.text()))
                    + "</text></questiontext>\n");
            w.write("    <generalfeedback format=\"html\"><text>" + cdata(paragraphs(q.explanation()))
                    + "</text></generalfeedback>\n");
            w.write("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n");
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> {
                    w.write("    <single>" + (q.kind() == Question.Kind.SINGLE) + "</single>\n");
                    w.write("    <shuffleanswers>1</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
                    for (Question.Option o : q.options()) {
                        w.write("    <answer fraction=\"" + fraction(o.fraction()) + "\" format=\"html\"><text>"
                                + cdata(escape(o.text())) + "</text></answer>\n");
                    }
                }
                case MATCHING -> {
                    w.write("    <shuffleanswers>1</shuffleanswers>\n");
                    for (Question.Option o : q.options()) {
                        w.write("    <subquestion format=\"html\"><text>" + cdata(escape(o.text()))
                                + "</text><answer><text>" + escape(o.match()) + "</text></answer></subquestion>\n");
                    }
                }
                case SHORT -> {
                    w.write("    <usecase>0</usecase>\n");
                    for (Question.Option o : q.options()) {
                        w.write("    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>" + escape(o.text())
                                + "</text></answer>\n");
                    }
                }
            }
            if (!q.tags().isEmpty()) {
                w.write("    <tags>");
                for (String tag : q.tags()) {
                    w.write("<tag><text>" + escape(tag) + "</text></tag>");
                }
                w.write("</tags>\n");
            }
            w.write("  </question>\n");
        }
        w.write("</quiz>\n");
        w.flush();
    }

    private static Document parse(InputStream in, String fileName) throws QuestionFileException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new QuestionFileException(
                    "файл «" + fileName + "», строка " + e.getLineNumber() + ": "
                            + (e.getMessage() != null
                                            && (e.getMessage().contains("DOCTYPE")
                                                    || e.getMessage().contains("entity"))
                                    ? "файл содержит объявление DTD или ссылки на сущности XML — такие файлы не принимаются"
                                    : "не XML или повреждён"),
                    e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            ru.probity.platform.UploadRefused refused = ru.probity.platform.UploadRefused.find(e);
            if (refused != null) {
                throw refused;
            }
            throw new QuestionFileException("файл «" + fileName + "» не читается как XML", e);
        }
    }

    /** "$course$/top/Probity/273-ФЗ" → "273-ФЗ": the last level names the category. */
    private static String categoryName(String path) {
        String[] parts = path.strip().split("/");
        String last = parts.length == 0 ? "" : parts[parts.length - 1].strip();
        return last.isEmpty() || last.equals("top") ? "Без категории" : last;
    }

    private static double fraction(String value, String where) throws QuestionFileException {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new QuestionFileException(where + ": доля ответа «" + value + "» не число");
        }
    }

    private static String fraction(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.5f", value);
    }

    /** HTML to plain text: paragraphs and line breaks as new lines, entities decoded. */
    static String html(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var body = Jsoup.parse(html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>", "</p>\n"))
                .body();
        return body.wholeText()
                .replaceAll("[ \\t\\u00A0]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\n")) {
            html.append("<p>").append(escape(line)).append("</p>");
        }
        return html.toString();
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String shortName(String text) {
        String line = text.strip().split("\\n")[0];
        return line.length() > 60 ? line.substring(0, 57) + "…" : line;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    /** The text of an element: for a Moodle {@code <x><text>…</text></x>} pass x's {@code text} child. */
    private static String text(Element element) {
        if (element == null) {
            return "";
        }
        Element inner = child(element, "text");
        return (inner != null ? inner : element).getTextContent();
    }
}
