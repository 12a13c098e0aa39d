package ru.probity.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, «How to keep it right»: every article of a federal law and every decree a text shown
 * to users cites (the message bundle holds all of them: pages, documents, mail) is in
 * docs/legal-rules.md, the table of the rules with their articles, code and tests. A text citing
 * an article the table does not know is a rule nobody listed — or a wrong citation.
 */
class LegalCitationsTest {

    /** «ст. 8», «ст.14.1», «статья 11». */
    private static final Pattern ARTICLE = Pattern.compile("(?:ст\\.|[Сс]тать[яиюе])\\s*(\\d+(?:\\.\\d+)?)");

    /** The law right after the article: «ст. 8, ч. 1 273-ФЗ», «статья 14.1 Федерального закона № 25-ФЗ». */
    private static final Pattern LAW_AFTER = Pattern.compile("^(?:[\\s,]*(?:ч\\.|част[иь])\\s*\\d+(?:\\.\\d+)?)?"
            + "(?:[\\s,]*(?:п\\.|пункт[а]?)\\s*[\\d«»а-я\"]+)?[\\s,]*"
            + "(?:Федерального\\s+закона\\s*(?:от\\s+[\\d.]+\\s*(?:г\\.)?\\s*)?)?(?:№\\s*)?(\\d{2,3})-ФЗ");

    /** The law right before the article: «273-ФЗ, ст. 8», «(59-ФЗ ст. 11». */
    private static final Pattern LAW_BEFORE = Pattern.compile("(\\d{2,3})-ФЗ[\\s,]*$");

    /** A decree of the President or a resolution of the Government by its number. */
    private static final Pattern DECREE =
            Pattern.compile("(?:Указ\\S*|[Пп]остановлени\\S*|ПП РФ)[^№]{0,60}№\\s*(\\d+)");

    private static Properties messages() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LegalCitationsTest.class.getResourceAsStream("/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Each law and article the texts cite, with the first message key citing it. */
    static Map<String, String> citedArticles(Properties messages) {
        Map<String, String> cited = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            Matcher m = ARTICLE.matcher(text);
            while (m.find()) {
                String article = m.group(1);
                Matcher after = LAW_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)));
                Matcher before = LAW_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start()));
                String law = after.find() ? after.group(1) : before.find() ? before.group(1) : null;
                if (law != null) {
                    cited.putIfAbsent(law + "-ФЗ ст." + article, key);
                }
            }
        }
        return cited;
    }

    @Test
    void everyArticleCitedInTheTextsIsInTheTableOfRules() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("docs/legal-rules.md"), StandardCharsets.UTF_8);
        Map<String, String> cited = citedArticles(messages());
        assertThat(cited).as("the extraction finds the texts' citations").hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        cited.forEach((citation, key) -> {
            String law = citation.substring(0, citation.indexOf(' '));
            Pattern article = Pattern.compile("ст\\.\\s?"
                    + Pattern.quote(citation.substring(citation.indexOf("ст.") + 3)) + "(?![\\d])(?!\\.\\d)");
            boolean listed = rows.stream()
                    .anyMatch(row -> row.contains(law) && article.matcher(row).find());
            if (!listed) {
                missing.add(citation + " (" + key + ")");
            }
        });
        assertThat(missing)
                .as("articles cited to users but not in docs/legal-rules.md")
                .isEmpty();
    }

    @Test
    void everyDecreeCitedInTheTextsIsInTheTableOfRules() throws IOException {
        String table = Files.readString(Path.of("docs/legal-rules.md"), StandardCharsets.UTF_8)
                .replaceAll("№\\s+", "№");
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            Matcher m = DECREE.matcher(messages.getProperty(key));
            while (m.find()) {
                if (!Pattern.compile("№" + m.group(1) + "(?!\\d)")
                        .matcher(table)
                        .find()) {
                    missing.add("№ " + m.group(1) + " (" + key + ")");
                }
            }
        }
        assertThat(missing)
                .as("decrees cited to users but not in docs/legal-rules.md")
                .isEmpty();
    }

    @Test
    void theExtractionReadsTheFormsThePagesUse() {
        Properties p = new Properties();
        p.setProperty("a", "(273-ФЗ, ст. 8, ч. 1, п. 1)");
        p.setProperty("b", "Статья 11 Федерального закона № 273-ФЗ, статья 14.1 Федерального закона № 25-ФЗ");
        p.setProperty("c", "по 273-ФЗ, 25-ФЗ, ст. 31 44-ФЗ");
        assertThat(citedArticles(p).keySet())
                .containsExactlyInAnyOrder("273-ФЗ ст.8", "273-ФЗ ст.11", "25-ФЗ ст.14.1", "44-ФЗ ст.31");
    }
}
