package ru.probity.training;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;
import ru.probity.training.model.EnrolmentSource;
import ru.probity.training.model.EnrolmentStatus;
import ru.probity.training.model.EventKind;

/**
 * Training by organization over the viewer's subtree: per organization, the employees enrolled into
 * the events of a period (by their first session), those who attended, completed, got a
 * certificate; and the onboarding coverage today — the newly appointed of the mandatory onboarding
 * events' audiences (appointed within each event's number of days), how many are enrolled and how
 * many completed. Also as XLSX with every participant.
 */
@Service
@Transactional(readOnly = true)
public class TrainingEventStatistics {

    private final EventStatisticsStore store;
    private final AccessLog accessLog;
    private final Messages messages;

    TrainingEventStatistics(EventStatisticsStore store, AccessLog accessLog, Messages messages) {
        this.store = store;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    public record ByOrganization(
            long organizationId,
            String organization,
            int depth,
            int enrolled,
            int attended,
            int completed,
            int certificates,
            int newcomers,
            int newcomersEnrolled,
            int newcomersCompleted) {
        /** The share of the newly appointed enrolled into onboarding, %. */
        public int coveragePercent() {
            return newcomers == 0 ? 0 : newcomersEnrolled * 100 / newcomers;
        }
    }

    /** One participant of the register. */
    public record Line(
            String event,
            EventKind kind,
            LocalDateTime firstStart,
            String organization,
            String employee,
            String post,
            EnrolmentStatus status,
            EnrolmentSource source,
            int sessions,
            int attended,
            boolean testPassed,
            boolean completed,
            boolean certificate) {}

    public List<ByOrganization> byOrganization(CurrentUser user, LocalDate from, LocalDate to) {
        QuestionBank.requireReader(user);
        // the organizations in the order of the tree, their figures gathered from both reads
        Map<String, EventStatisticsStore.Place> places = new TreeMap<>();
        Map<String, int[]> figures = new TreeMap<>();
        for (EventStatisticsStore.Participation p : store.participation(user.organizationId(), from, to)) {
            places.put(p.place().path(), p.place());
            int[] f = figures.computeIfAbsent(p.place().path(), k -> new int[7]);
            f[0] = p.enrolled();
            f[1] = p.attended();
            f[2] = p.completed();
            f[3] = p.certificates();
        }
        for (EventStatisticsStore.Newcomers n : store.newcomers(user.organizationId())) {
            places.put(n.place().path(), n.place());
            int[] f = figures.computeIfAbsent(n.place().path(), k -> new int[7]);
            f[4] = n.newcomers();
            f[5] = n.enrolled();
            f[6] = n.completed();
        }
        return figures.entrySet().stream()
                .map(entry -> {
                    EventStatisticsStore.Place place = places.get(entry.getKey());
                    int[] f = entry.getValue();
                    return new ByOrganization(
                            place.id(), place.name(), place.level(), f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
                })
                .toList();
    }

    /** Every participant of the subtree in the events of the period. */
    public List<Line> register(CurrentUser user, LocalDate from, LocalDate to) {
        QuestionBank.requireReader(user);
        return store.register(user.organizationId(), from, to);
    }

    /** Both as an XLSX workbook: «По организациям» and «Участники»; the export goes to the access log. */
    @Transactional
    public void writeXlsx(CurrentUser user, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        List<ByOrganization> stats = byOrganization(user, from, to);
        List<Line> lines = register(user, from, to);
        accessLog.record(
                AccessAction.EXPORT,
                "TRAINING_EVENT",
                null,
                user.organizationId(),
                "training statistics " + (from == null ? "" : from) + "…" + (to == null ? "" : to) + ": " + lines.size()
                        + " participants");
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table summary = workbook.table(
                    text("training.events.xlsx.sheet.organizations"),
                    new Column(text("person.field.organization"), 70),
                    new Column(text("training.events.xlsx.enrolled"), 16),
                    new Column(text("training.events.xlsx.attended"), 16),
                    new Column(text("training.events.xlsx.completed"), 16),
                    new Column(text("training.events.xlsx.certificates"), 16),
                    new Column(text("training.events.xlsx.newcomers"), 16),
                    new Column(text("training.events.xlsx.newcomersEnrolled"), 16),
                    new Column(text("training.events.xlsx.newcomersCompleted"), 16),
                    new Column(text("training.events.xlsx.coverage"), 16));
            for (ByOrganization s : stats) {
                summary.row(
                        "  ".repeat(Math.max(0, s.depth())) + s.organization(),
                        s.enrolled(),
                        s.attended(),
                        s.completed(),
                        s.certificates(),
                        s.newcomers(),
                        s.newcomersEnrolled(),
                        s.newcomersCompleted(),
                        s.coveragePercent());
            }
            Spreadsheet.Table register = workbook.table(
                    text("training.events.xlsx.sheet.participants"),
                    new Column(text("training.events.xlsx.event"), 40),
                    new Column(text("training.events.field.kind"), 14),
                    new Column(text("training.events.xlsx.start"), 14),
                    new Column(text("person.field.organization"), 40),
                    new Column(text("acts.employee"), 40),
                    new Column(text("person.field.post"), 40),
                    new Column(text("training.events.xlsx.enrolment"), 14),
                    new Column(text("training.events.xlsx.sessions"), 14),
                    new Column(text("training.events.xlsx.attendedSessions"), 14),
                    new Column(text("training.events.xlsx.testPassed"), 14),
                    new Column(text("training.events.xlsx.completedOne"), 14),
                    new Column(text("training.events.xlsx.certificate"), 14));
            for (Line l : lines) {
                register.row(
                        l.event(),
                        text("training.events.kind." + l.kind()),
                        l.firstStart() == null ? null : RussianFormats.DATE.format(l.firstStart()),
                        l.organization(),
                        l.employee(),
                        l.post(),
                        text(
                                l.status() == EnrolmentStatus.CANCELLED
                                        ? "training.events.xlsx.source.CANCELLED"
                                        : "training.events.xlsx.source." + l.source()),
                        l.sessions(),
                        l.attended(),
                        text(l.testPassed() ? "training.events.xlsx.yes" : "training.events.xlsx.no"),
                        l.completed() ? text("training.events.xlsx.yes") : null,
                        l.certificate() ? text("training.events.xlsx.issued") : null);
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.text(key);
    }
}
