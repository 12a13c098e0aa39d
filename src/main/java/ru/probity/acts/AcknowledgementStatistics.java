package ru.probity.acts;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;

/**
 * How the organizations of a subtree acknowledge acts: per organization, the employees asked, those
 * who acknowledged, in time, and those overdue — over the distributions made in a period — and the
 * register of every acknowledgement as XLSX.
 */
@Service
@Transactional(readOnly = true)
public class AcknowledgementStatistics {

    private final AcknowledgementStore store;
    private final Messages messages;
    private final RegionTime regionTime;
    private final Organizations organizations;

    AcknowledgementStatistics(
            AcknowledgementStore store, Messages messages, RegionTime regionTime, Organizations organizations) {
        this.store = store;
        this.messages = messages;
        this.regionTime = regionTime;
        this.organizations = organizations;
    }

    public record ByOrganization(
            long organizationId, String organization, int depth, int asked, int acknowledged, int inTime, int overdue) {
        /** The share acknowledged in time, %. */
        public int inTimePercent() {
            return asked == 0 ? 0 : inTime * 100 / asked;
        }
    }

    /** One line of the register of acknowledgements. */
    public record Line(
            String act,
            int version,
            String organization,
            String employee,
            String post,
            LocalDate dueOn,
            String status,
            Instant acknowledgedAt,
            String method,
            boolean overdue) {}

    public List<ByOrganization> byOrganization(CurrentUser user, LocalDate from, LocalDate to) {
        return byOrganization(user, null, from, to);
    }

    /**
     * Per organization of the subtree of {@code organizationId} (the user's own when null; another
     * than his subtree is refused), over the distributions made from {@code from} to {@code to}.
     */
    public List<ByOrganization> byOrganization(CurrentUser user, Long organizationId, LocalDate from, LocalDate to) {
        requireFollower(user);
        return store.byOrganization(scope(user, organizationId), from, to);
    }

    public List<Line> register(CurrentUser user, LocalDate from, LocalDate to) {
        return register(user, null, from, to);
    }

    public List<Line> register(CurrentUser user, Long organizationId, LocalDate from, LocalDate to) {
        requireFollower(user);
        return store.register(scope(user, organizationId), from, to);
    }

    /** The organization whose subtree is counted: the one asked for (if the user sees it), else his own. */
    private long scope(CurrentUser user, Long organizationId) {
        return organizationId == null
                ? user.organizationId()
                : organizations.get(user, organizationId).id();
    }

    /** Both as an XLSX workbook: «По организациям» and «Реестр ознакомлений». */
    public void writeXlsx(CurrentUser user, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        writeXlsx(user, null, from, to, out);
    }

    /** Both as an XLSX workbook for the subtree of {@code organizationId} (the user's own when null). */
    public void writeXlsx(CurrentUser user, Long organizationId, LocalDate from, LocalDate to, OutputStream out)
            throws IOException {
        List<ByOrganization> stats = byOrganization(user, organizationId, from, to);
        List<Line> lines = register(user, organizationId, from, to);
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table summary = workbook.table(
                    text("acts.xlsx.sheet.organizations"),
                    new Column(text("person.field.organization"), 70),
                    new Column(text("acts.statistics.asked"), 14),
                    new Column(text("acts.acknowledgedShort"), 14),
                    new Column(text("acts.xlsx.inTime"), 14),
                    new Column(text("acts.xlsx.inTimePercent"), 14),
                    new Column(text("acts.overdue"), 14));
            for (ByOrganization s : stats) {
                summary.row(
                        "  ".repeat(Math.max(0, s.depth())) + s.organization(),
                        s.asked(),
                        s.acknowledged(),
                        s.inTime(),
                        s.inTimePercent(),
                        s.overdue());
            }
            Spreadsheet.Table register = workbook.table(
                    text("acts.xlsx.sheet.register"),
                    new Column(text("acts.xlsx.act"), 40),
                    new Column(text("acts.version"), 14),
                    new Column(text("person.field.organization"), 40),
                    new Column(text("acts.employee"), 40),
                    new Column(text("person.field.post"), 14),
                    new Column(text("acts.xlsx.dueOn"), 14),
                    new Column(text("acts.xlsx.acknowledgedOn"), 14),
                    new Column(text("acts.xlsx.method"), 14),
                    new Column(text("acts.overdue"), 14));
            for (Line l : lines) {
                register.row(
                        l.act(),
                        l.version(),
                        l.organization(),
                        l.employee(),
                        l.post(),
                        RussianFormats.DATE.format(l.dueOn()),
                        l.acknowledgedAt() == null
                                ? null
                                : RussianFormats.DATE.format(regionTime.at(l.acknowledgedAt())),
                        l.method() == null ? null : text("acts.xlsx.method." + l.method()),
                        l.overdue() ? text("acts.xlsx.yes") : null);
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.text(key);
    }

    private static void requireFollower(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not see acknowledgement statistics");
        }
    }
}
