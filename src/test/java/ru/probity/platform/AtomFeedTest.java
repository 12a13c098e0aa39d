package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Atom writer shared by the drafts' and the news' feeds: well-formed, every text escaped. */
class AtomFeedTest {

    @Test
    void textsAreEscapedAndThePublishedDateIsOptional() {
        Instant at = Instant.parse("2026-12-05T10:15:30.123Z");
        String xml = new AtomFeed(
                        "https://example.org/public/4/news.atom",
                        "https://example.org/public/4/news",
                        "Новости ГО «Город Калуга» & <его> органов",
                        null,
                        at,
                        "Калуга",
                        List.of(
                                new AtomFeed.Entry(
                                        "https://example.org/public/4/news/1",
                                        "<script>alert(1)</script>",
                                        at,
                                        Instant.parse("2026-12-05T00:00:00Z"),
                                        "a & b"),
                                new AtomFeed.Entry("https://example.org/public/4/news/2", "Вторая", at, null, "")))
                .xml();
        assertThat(xml)
                .startsWith("<?xml version='1.0' encoding='UTF-8'?><feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<title>Новости ГО «Город Калуга» &amp; &lt;его> органов</title>")
                .contains("<title>&lt;script>alert(1)&lt;/script></title>")
                .contains("<summary>a &amp; b</summary>")
                .contains("<updated>2026-12-05T10:15:30Z</updated>")
                .contains("<published>2026-12-05T00:00:00Z</published>")
                .doesNotContain("<subtitle>")
                .doesNotContain("<script>");
        assertThat(xml.split("<published>", -1)).hasSize(2);
    }
}
