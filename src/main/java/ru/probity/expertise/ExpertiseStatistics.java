package ru.probity.expertise;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.expertise.detector.Factor;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.Spreadsheet;

/**
 * The statistics of the anti-corruption expertise for an organization's subtree and a period (by
 * the conclusions registered in it): the drafts and acts examined, the conclusions, the factors found
 * by kind and how many the developers eliminated — per organization, with totals; for those who
 * see the register's whole subtree.
 */
@Service
@Transactional(readOnly = true)
public class ExpertiseStatistics {

    private final ExpertiseStatisticsStore store;
    private final SubmissionStore submissions;
    private final ExpertiseStore documents;
    private final RegionTime regionTime;
    private final Messages messages;

    ExpertiseStatistics(
            ExpertiseStatisticsStore store,
            SubmissionStore submissions,
            ExpertiseStore documents,
            RegionTime regionTime,
            Messages messages) {
        this.store = store;
        this.submissions = submissions;
        this.documents = documents;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    /** A line per organization (or the totals). */
    public record Line(String organization, int drafts, int acts, int conclusions, int findings, int eliminated) {}

    /** A factor of the Методика with its findings and eliminated ones. */
    public record FactorLine(Factor factor, int findings, int eliminated) {}

    /**
     * The figures of a subtree and period; {@code independent}: the conclusions of independent experts
     * received and accepted (учтено), and the proposals of citizens and organizations, by the day received.
     */
    public record Figures(
            long organizationId,
            LocalDate from,
            LocalDate to,
            List<Line> organizations,
            Line total,
            List<FactorLine> factors,
            SubmissionStore.Figures independent) {}

    public Figures compute(CurrentUser user, Long organizationId, LocalDate from, LocalDate to) {
        if (!user.role().seesExpertise()) {
            throw new AccessDeniedException("Role " + user.role() + " has no statistics of expertise");
        }
        long org = organizationId == null ? user.organizationId() : organizationId;
        if (!documents.inSubtree(user.organizationId(), org)) {
            throw new NotFound("organization", org);
        }
        LocalDate today = regionTime.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw Refusal.invalid("expertise.stats.error.period");
        }
        List<Line> lines = store.byOrganization(org, start, end);
        Line total = new Line(
                messages.text("expertise.stats.total"),
                lines.stream().mapToInt(Line::drafts).sum(),
                lines.stream().mapToInt(Line::acts).sum(),
                lines.stream().mapToInt(Line::conclusions).sum(),
                lines.stream().mapToInt(Line::findings).sum(),
                lines.stream().mapToInt(Line::eliminated).sum());
        List<FactorLine> factors = new ArrayList<>();
        for (Object[] row : store.byFactor(org, start, end)) {
            Factor.byCode((String) row[0])
                    .ifPresent(f -> factors.add(new FactorLine(f, (Integer) row[1], (Integer) row[2])));
        }
        return new Figures(org, start, end, lines, total, factors, submissions.figures(org, start, end));
    }

    /** The figures as XLSX: the organizations and the factors, each on its sheet. */
    public void writeXlsx(CurrentUser user, Long organizationId, LocalDate from, LocalDate to, OutputStream out)
            throws IOException {
        Figures figures = compute(user, organizationId, from, to);
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table byOrganization = workbook.table(
                    text("expertise.stats.sheet.organizations"),
                    new Spreadsheet.Column(text("expertise.field.organization"), 60),
                    new Spreadsheet.Column(text("expertise.stats.drafts"), 14),
                    new Spreadsheet.Column(text("expertise.stats.acts"), 14),
                    new Spreadsheet.Column(text("expertise.stats.conclusions"), 14),
                    new Spreadsheet.Column(text("expertise.stats.findings"), 14),
                    new Spreadsheet.Column(text("expertise.stats.eliminated"), 14));
            for (Line l : figures.organizations()) {
                byOrganization.row(
                        l.organization(), l.drafts(), l.acts(), l.conclusions(), l.findings(), l.eliminated());
            }
            Line t = figures.total();
            byOrganization.row(t.organization(), t.drafts(), t.acts(), t.conclusions(), t.findings(), t.eliminated());
            Spreadsheet.Table byFactor = workbook.table(
                    text("expertise.stats.sheet.factors"),
                    new Spreadsheet.Column(text("expertise.stats.code"), 10),
                    new Spreadsheet.Column(text("expertise.factor"), 70),
                    new Spreadsheet.Column(text("expertise.stats.findings"), 14),
                    new Spreadsheet.Column(text("expertise.stats.eliminated"), 14));
            for (FactorLine f : figures.factors()) {
                byFactor.row(
                        f.factor().code(), text("expertise.factor." + f.factor().name()), f.findings(), f.eliminated());
            }
            SubmissionStore.Figures independent = figures.independent();
            Spreadsheet.Table received = workbook.table(
                    text("expertise.stats.sheet.independent"),
                    new Spreadsheet.Column(text("expertise.stats.independent.what"), 60),
                    new Spreadsheet.Column(text("expertise.stats.independent.count"), 14));
            received.row(text("expertise.stats.independent.received"), independent.conclusionsReceived());
            received.row(text("expertise.stats.independent.accepted"), independent.conclusionsAccepted());
            received.row(text("expertise.stats.independent.proposals"), independent.proposalsReceived());
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.text(key);
    }
}
