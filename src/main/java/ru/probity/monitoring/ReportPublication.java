package ru.probity.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicationLog;
import ru.probity.region.PeriodFigures;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the subsection «Доклады, отчеты, обзоры, статистическая информация» of an organization's
 * public section shows (Приказ Минтруда №530н): the statistics of a year — the period figures of every
 * area for the organization's whole subtree ({@link PeriodFigures}), frozen as they stood when an
 * officer published them, so the public page shows what was checked and never changes under the
 * reader — and the annual reports and reviews an officer uploaded (PDF or DOCX without active content)
 * with a publish flag. The anti-corruption officer and the regional administrator publish, republish
 * and withdraw for the organizations of their subtree only; every change goes to the publication log
 * ({@link PublicationLog}) in the same transaction. The public reads only what is published.
 */
@Service
@Transactional
public class ReportPublication {

    /** The subsection's path segment. */
    public static final String SECTION = "reports";

    /** The largest report file accepted. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** The first year statistics are published for. */
    static final int FIRST_YEAR = 2000;

    private static final TypeReference<List<Figure>> FIGURES = new TypeReference<>() {};

    private final PublicReportStore store;
    private final PeriodFigures periodFigures;
    private final Organizations organizations;
    private final PublicationLog log;
    private final Messages messages;
    private final JsonMapper json;
    private final RegionTime regionTime;

    ReportPublication(
            PublicReportStore store,
            PeriodFigures periodFigures,
            Organizations organizations,
            PublicationLog log,
            Messages messages,
            JsonMapper json,
            RegionTime regionTime) {
        this.store = store;
        this.periodFigures = periodFigures;
        this.organizations = organizations;
        this.log = log;
        this.messages = messages;
        this.json = json;
        this.regionTime = regionTime;
    }

    /** A published figure: the indicator's id, its name and area in Russian, its value. */
    public record Figure(String id, String name, String area, long value) {}

    /** A year's statistics: its figures, whether public, when and by whom published. */
    public record Statistics(
            long organizationId, int year, List<Figure> figures, boolean published, Instant publishedAt, String by) {}

    /** A report file without its content. */
    public record ReportFile(
            long id,
            long organizationId,
            int year,
            String title,
            String fileName,
            String contentType,
            long size,
            boolean published,
            Instant publishedAt,
            String uploadedBy,
            Instant uploadedAt) {

        /** The file's format as a reader knows it: PDF or DOCX. */
        public String format() {
            return contentType.startsWith("application/pdf") ? "PDF" : "DOCX";
        }

        /** «2 МБ», «64 КБ». */
        public String sizeText() {
            return ru.probity.platform.UploadLimits.size(size);
        }
    }

    /** A file's name, type and bytes. */
    public record Content(String fileName, String contentType, byte[] content) {}

    /** An uploaded file: its name and bytes. */
    public record Upload(String name, byte[] content) {}

    /** Whether the user publishes the reports and statistics of his subtree. */
    public static boolean publishes(CurrentUser user) {
        return user.role() == Role.ANTICORRUPTION_OFFICER || user.role() == Role.REGIONAL_ADMIN;
    }

    private void requirePublisher(CurrentUser user, long organizationId) {
        if (!publishes(user) || !organizations.isVisible(user, organizationId)) {
            throw new AccessDeniedException(
                    user.username() + " may not publish the reports of organization " + organizationId);
        }
    }

    private void requireYear(int year) {
        int last = regionTime.today().getYear();
        if (year < FIRST_YEAR || year > last) {
            throw Refusal.invalid("publicReports.error.year", FIRST_YEAR, last);
        }
    }

    static String path(long organizationId) {
        return "/public/" + organizationId + "/" + SECTION;
    }

    static String yearPath(long organizationId, int year) {
        return path(organizationId) + "/" + year;
    }

    static String filePath(long organizationId, long fileId) {
        return path(organizationId) + "/files/" + fileId;
    }

    // the officer's side

    /**
     * Publishes the statistics of the year for the organization's subtree, or publishes them again
     * with the figures as they stand now.
     */
    public void publishStatistics(CurrentUser user, long organizationId, int year) {
        requirePublisher(user, organizationId);
        requireYear(year);
        var values = periodFigures
                .figures(user, Set.of(organizationId), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .getOrDefault(organizationId, java.util.Map.of());
        List<Figure> figures = new ArrayList<>();
        for (var known : periodFigures.indicators(user)) {
            figures.add(new Figure(
                    known.indicator().id(),
                    known.name(),
                    known.areaName(),
                    values.getOrDefault(known.indicator().id(), 0L)));
        }
        if (figures.isEmpty()) {
            throw Refusal.conflict("publicReports.error.noFigures");
        }
        boolean again =
                store.publishStatistics(organizationId, year, json.writeValueAsString(figures), user.username());
        log.record(
                organizationId,
                SECTION,
                yearPath(organizationId, year),
                messages.text("publicReports.statistics.title", year),
                again ? PublicationLog.Action.UPDATED : PublicationLog.Action.PUBLISHED,
                user.username());
    }

    /** Withdraws the statistics of the year from the public section. */
    public void withdrawStatistics(CurrentUser user, long organizationId, int year) {
        requirePublisher(user, organizationId);
        if (!store.withdrawStatistics(organizationId, year)) {
            throw Refusal.conflict("publicReports.error.notPublished");
        }
        log.record(
                organizationId,
                SECTION,
                yearPath(organizationId, year),
                messages.text("publicReports.statistics.title", year),
                PublicationLog.Action.WITHDRAWN,
                user.username());
    }

    /** Every year's statistics of the organization, published or withdrawn: for its officer. */
    @Transactional(readOnly = true)
    public List<Statistics> statistics(CurrentUser user, long organizationId) {
        requirePublisher(user, organizationId);
        return store.statistics(organizationId, false).stream()
                .map(this::statistics)
                .toList();
    }

    /** Uploads a report or review of the year; published at once when asked. */
    public long upload(CurrentUser user, long organizationId, int year, String title, Upload upload, boolean publish) {
        requirePublisher(user, organizationId);
        requireYear(year);
        String text = RussianFormats.blankToNull(title);
        if (text == null) {
            throw Refusal.invalid("publicReports.error.title");
        }
        if (text.length() > 500) {
            throw Refusal.invalid("publicReports.error.titleLong", 500);
        }
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw Refusal.invalid("publicReports.error.file");
        }
        AttachedFile file = AttachedFile.checkInertOrRefuse(upload.name(), upload.content(), MAX_FILE_BYTES);
        if (file.type() != AttachedFile.Type.PDF && file.type() != AttachedFile.Type.DOCX) {
            throw Refusal.invalid("publicReports.error.type", file.name());
        }
        long id = store.insertFile(organizationId, year, text.strip(), file, publish, user.username());
        if (publish) {
            log.record(
                    organizationId,
                    SECTION,
                    filePath(organizationId, id),
                    text.strip(),
                    PublicationLog.Action.PUBLISHED,
                    user.username());
        }
        return id;
    }

    /** Publishes or withdraws a report file. */
    public void setPublished(CurrentUser user, long fileId, boolean published) {
        var file = store.file(fileId).orElseThrow(() -> new NotFound("report file", fileId));
        requirePublisher(user, file.organizationId());
        if (!store.setPublished(fileId, published)) {
            return;
        }
        log.record(
                file.organizationId(),
                SECTION,
                filePath(file.organizationId(), fileId),
                file.title(),
                published ? PublicationLog.Action.PUBLISHED : PublicationLog.Action.WITHDRAWN,
                user.username());
    }

    /** Every report file of the organization, published or not: for its officer. */
    @Transactional(readOnly = true)
    public List<ReportFile> files(CurrentUser user, long organizationId) {
        requirePublisher(user, organizationId);
        return store.files(organizationId, false).stream()
                .map(ReportPublication::file)
                .toList();
    }

    /** A report file's content for its officer (published or not). */
    @Transactional(readOnly = true)
    public Content content(CurrentUser user, long fileId) {
        var file = store.file(fileId).orElseThrow(() -> new NotFound("report file", fileId));
        requirePublisher(user, file.organizationId());
        return content(fileId);
    }

    // the public side

    /** The published statistics of the organization, the latest year first. */
    @Transactional(readOnly = true)
    public List<Statistics> publishedStatistics(long organizationId) {
        return store.statistics(organizationId, true).stream()
                .map(this::statistics)
                .toList();
    }

    /** The published statistics of a year; not found when not published. */
    @Transactional(readOnly = true)
    public Statistics publishedStatistics(long organizationId, int year) {
        return store.statistics(organizationId, year)
                .filter(PublicReportStore.Statistics::published)
                .map(this::statistics)
                .orElseThrow(() -> new NotFound("published statistics of " + organizationId, year));
    }

    /** The published report files of the organization, the latest year first. */
    @Transactional(readOnly = true)
    public List<ReportFile> publishedFiles(long organizationId) {
        return store.files(organizationId, true).stream()
                .map(ReportPublication::file)
                .toList();
    }

    /** A published report file of the organization; not found otherwise. */
    @Transactional(readOnly = true)
    public Content publishedContent(long organizationId, long fileId) {
        var file = store.file(fileId)
                .filter(f -> f.organizationId() == organizationId && f.published())
                .orElseThrow(() -> new NotFound("report file", fileId));
        return content(file.id());
    }

    private Content content(long fileId) {
        var c = store.content(fileId).orElseThrow(() -> new NotFound("report file", fileId));
        return new Content(c.fileName(), c.contentType(), c.content());
    }

    private Statistics statistics(PublicReportStore.Statistics s) {
        return new Statistics(
                s.organizationId(),
                s.year(),
                json.readValue(s.figures(), FIGURES),
                s.published(),
                s.publishedAt(),
                s.publishedBy());
    }

    private static ReportFile file(PublicReportStore.FileRow f) {
        return new ReportFile(
                f.id(),
                f.organizationId(),
                f.year(),
                f.title(),
                f.fileName(),
                f.contentType(),
                f.size(),
                f.published(),
                f.publishedAt(),
                f.uploadedBy(),
                f.uploadedAt());
    }
}
