package ru.probity.portal.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The rich text of the public section's pages and news: what an officer types (HTML of a few tags, or
 * plain text whose blank lines part the paragraphs) made safe by jsoup's {@link Safelist} — no
 * scripts, no event handlers, no styles, links only to {@code http}, {@code https}, {@code mailto}
 * or a relative address. Applied when the text is saved and again when it is shown.
 */
public final class RichText {

    /** The tags a page may use: the relaxed list of jsoup (headings, lists, tables, links, images). */
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "title")
            .addAttributes("table", "summary")
            .addAttributes("th", "scope")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    /** Text with a tag in it is HTML; other text is plain. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[A-Za-z/!]");

    /** A base for the relative links (the links stay relative). */
    private static final String BASE = "https://portal.invalid/";

    private RichText() {}

    /** The text made safe: plain text becomes paragraphs; HTML keeps only the allowed tags. */
    public static String sanitize(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String html = MARKUP.matcher(input).find() ? input : paragraphs(input);
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element a : clean.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith(BASE)) {
                a.attr("href", "/" + href.substring(BASE.length()));
            }
        }
        return clean.body().html().strip();
    }

    /** The words of the text without tags (for the search and the feeds' summaries). */
    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).text().strip();
    }

    /** The first {@code words} words of the text. */
    public static String summary(String html, int words) {
        String[] all = plain(html).split("\\s+");
        if (all.length <= words) {
            return String.join(" ", all);
        }
        return String.join(" ", java.util.Arrays.copyOf(all, words)) + " …";
    }

    private static String paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.strip().split("\\R\\s*\\R")) {
            String escaped = org.jsoup.nodes.Entities.escape(block.strip());
            out.add("<p>" + escaped.replaceAll("\\R", "<br>") + "</p>");
        }
        return String.join("\n", out);
    }
}
