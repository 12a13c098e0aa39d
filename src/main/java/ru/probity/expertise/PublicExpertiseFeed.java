package ru.probity.expertise;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.AtomFeed;
import ru.probity.platform.Messages;
import ru.probity.platform.ProbityProperties;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;

/**
 * The Atom 1.0 feed (RFC 4287) of the drafts open for independent and public expertise: the feed's
 * id, title, updated and self link; each draft an entry with its id, title, link, updated and a
 * summary (organization, kind, period).
 */
@Component
class PublicExpertiseFeed {

    private final String baseUrl;
    private final RegionTime regionTime;
    private final Messages messages;

    PublicExpertiseFeed(ProbityProperties properties, RegionTime regionTime, Messages messages) {
        String base = properties.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    String write(List<Publications.PublicDraft> drafts) {
        return write(drafts, "/public/expertise/feed.atom", "/public/expertise", messages.text("expertise.feed.title"));
    }

    /**
     * The feed of the drafts at {@code feedPath} (its id and self link), whose page is {@code
     * pagePath}, titled {@code title}: the region's, or one organization's.
     */
    String write(List<Publications.PublicDraft> drafts, String feedPath, String pagePath, String title) {
        Instant updated = drafts.stream()
                .map(d -> regionTime.instant(d.updatedAt()))
                .max(Instant::compareTo)
                .orElseGet(() -> regionTime.instant(regionTime.today().atStartOfDay()));
        return new AtomFeed(
                        baseUrl + feedPath,
                        baseUrl + pagePath,
                        title,
                        messages.text("expertise.feed.subtitle"),
                        updated,
                        messages.text("expertise.feed.author"),
                        drafts.stream()
                                .map(d -> new AtomFeed.Entry(
                                        baseUrl + "/public/expertise/" + d.id(),
                                        d.title(),
                                        regionTime.instant(d.updatedAt()),
                                        null,
                                        messages.text(
                                                "expertise.feed.summary",
                                                d.organizationName(),
                                                d.kindLabel(),
                                                RussianFormats.date(d.startsOn()),
                                                RussianFormats.date(d.endsOn()))))
                                .toList())
                .xml();
    }
}
