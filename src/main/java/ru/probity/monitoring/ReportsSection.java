package ru.probity.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The subsection «Доклады, отчеты, обзоры, статистическая информация» of an organization's public
 * section (Приказ Минтруда №530н): its page lists the reports and reviews published as files and the
 * years of published statistics; each year's page has the figures as a table and a chart drawn on the
 * server ({@link ReportPublication}).
 */
@Component
class ReportsSection implements PublicSection {

    private final ReportPublication publication;
    private final Messages messages;

    ReportsSection(ReportPublication publication, Messages messages) {
        this.publication = publication;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ReportPublication.SECTION;
    }

    @Override
    public String titleKey() {
        return "publicReports.title";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        List<PublicPage> pages = new ArrayList<>();
        var files = publication.publishedFiles(organizationId);
        var latestFile = files.stream()
                .map(ReportPublication.ReportFile::publishedAt)
                .filter(java.util.Objects::nonNull)
                .max(java.time.Instant::compareTo)
                .orElse(null);
        pages.add(new PublicPage(ReportPublication.path(organizationId), messages.text(titleKey()), latestFile));
        for (var s : publication.publishedStatistics(organizationId)) {
            pages.add(new PublicPage(
                    ReportPublication.yearPath(organizationId, s.year()),
                    messages.text("publicReports.statistics.title", s.year()),
                    s.publishedAt()));
        }
        return pages;
    }

    /** The site search: the published reports whose title holds the words (case and ё ignored). */
    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        String q = normalized(query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        return publication.publishedFiles(organizationId).stream()
                .filter(f -> normalized(f.title()).contains(q))
                .limit(limit)
                .map(f -> new PublicHit(
                        ReportPublication.filePath(organizationId, f.id()),
                        f.title(),
                        messages.text("publicReports.fileInfo", f.year(), f.format(), f.sizeText())))
                .toList();
    }

    static String normalized(String text) {
        return text == null
                ? ""
                : text.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }
}
