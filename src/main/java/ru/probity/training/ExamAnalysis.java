package ru.probity.training;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Messages;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.training.bank.Question;
import ru.probity.training.exam.ItemAnalysis;
import ru.probity.training.model.ExamineeStatus;

/**
 * The results of a test over a period, as its keepers read them: per organization of the viewer's
 * subtree (each with its subtree), per examinee, and the item analysis of its questions — facility
 * and upper-lower discrimination over the first finished attempt of every examinee — with the
 * same three tables as an XLSX workbook.
 *
 * <p>An attempt belongs to the period by the day it was finished (an unfinished one by the day it
 * was started), in the region's time zone (platform.RegionTime).
 */
@Service
@Transactional(readOnly = true)
class ExamAnalysis {

    static final double HARD = 0.2;
    static final double EASY = 0.9;
    static final double WEAK = 0.2;

    private final ExamAnalysisStore store;
    private final Exams exams;
    private final QuestionBank bank;
    private final Messages messages;
    private final RegionTime regionTime;

    ExamAnalysis(ExamAnalysisStore store, Exams exams, QuestionBank bank, Messages messages, RegionTime regionTime) {
        this.store = store;
        this.exams = exams;
        this.bank = bank;
        this.messages = messages;
        this.regionTime = regionTime;
    }

    /** Days of the period, both included; either may be open. */
    public record Period(LocalDate from, LocalDate to) {}

    /** An organization with its subtree: examinees assigned, who started, finished, passed. */
    public record ByOrganization(
            long organizationId,
            String organization,
            int depth,
            int assigned,
            int started,
            int finished,
            int passed,
            Double meanBest) {
        /** The share of those who finished that passed, %; null when nobody finished. */
        public Integer passRate() {
            return finished == 0 ? null : (int) Math.round(passed * 100.0 / finished);
        }
    }

    /** One examinee: assigned to the test or having taken it; his attempts of the period. */
    public record Examinee(
            String organization,
            String employee,
            String post,
            boolean assigned,
            int attempts,
            boolean finished,
            Double best,
            boolean passed,
            Instant finishedAt) {}

    /** A question with its indices; the number is its place in the analysis (and in the charts). */
    public record Item(
            int number,
            long questionId,
            String text,
            String category,
            int answered,
            double facility,
            Double discrimination) {
        public boolean tooHard() {
            return facility < HARD;
        }

        public boolean tooEasy() {
            return facility > EASY;
        }

        public boolean weak() {
            return discrimination != null && discrimination < WEAK;
        }

        public boolean flagged() {
            return tooHard() || tooEasy() || weak();
        }

        public String shortText() {
            return text.length() <= 120 ? text : text.substring(0, 117).strip() + "…";
        }
    }

    /** Everything the analysis page shows. */
    public record Analysis(
            Exams.Test test,
            Period period,
            List<ByOrganization> organizations,
            ByOrganization total,
            List<Examinee> examinees,
            List<Item> items,
            int analysed) {}

    public Analysis analyse(CurrentUser user, long testId, Period period) {
        QuestionBank.requireReader(user);
        Exams.Test test = exams.test(user, testId);
        long scope = user.organizationId();
        List<ByOrganization> rows = store.byOrganization(testId, scope, period);
        ByOrganization total = rows.stream()
                .filter(r -> r.organizationId() == scope)
                .findFirst()
                .orElse(new ByOrganization(scope, "", -1, 0, 0, 0, 0, null));
        List<ByOrganization> below = rows.stream().filter(r -> r != total).toList();
        List<ItemAnalysis.Examinee> first = store.firstAttempts(testId, scope, period);
        return new Analysis(
                test, period, below, total, store.examinees(testId, scope, period), items(first), first.size());
    }

    /**
     * The item analysis over the first finished attempt of the period of every examinee of the
     * scope (later attempts follow a review of the answers); a question drawn but not answered
     * counts as answered wrongly.
     */
    private List<Item> items(List<ItemAnalysis.Examinee> examinees) {
        List<ItemAnalysis.Item> analysis = ItemAnalysis.analyse(examinees);
        if (analysis.isEmpty()) {
            return List.of();
        }
        Map<Long, Question> questions =
                bank.byIds(analysis.stream().map(ItemAnalysis.Item::questionId).toList());
        List<Item> items = new ArrayList<>();
        for (ItemAnalysis.Item i : analysis) {
            Question q = questions.get(i.questionId());
            items.add(new Item(
                    items.size() + 1,
                    i.questionId(),
                    q == null ? "" : q.text(),
                    q == null ? "" : q.category(),
                    i.answered(),
                    i.facility(),
                    i.discrimination()));
        }
        return items;
    }

    // ---- XLSX --------------------------------------------------------------------------------

    /** The three tables of the analysis: by organization, per examinee, per question. */
    void writeXlsx(Analysis analysis, OutputStream out) throws IOException {
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table byOrganization = workbook.table(
                    text("training.analysis.sheet.organizations"),
                    column("person.field.organization", 70),
                    column("training.analysis.assigned", 14),
                    column("training.analysis.started", 14),
                    column("training.analysis.finished", 14),
                    column("training.analysis.passedCount", 14),
                    column("training.analysis.passRate", 14),
                    column("training.analysis.meanBest", 14));
            for (ByOrganization o : analysis.organizations()) {
                byOrganization.row(organizationRow("  ".repeat(Math.max(0, o.depth())) + o.organization(), o));
            }
            byOrganization.boldRow(organizationRow(text("training.analysis.total"), analysis.total()));

            Spreadsheet.Table people = workbook.table(
                    text("training.analysis.sheet.examinees"),
                    column("person.field.organization", 40),
                    column("acts.employee", 40),
                    column("person.field.post", 40),
                    column("training.analysis.assignedShort", 14),
                    column("training.analysis.attempts", 14),
                    column("training.analysis.best", 14),
                    column("training.analysis.status", 14),
                    column("training.analysis.finishedOn", 14));
            for (Examinee e : analysis.examinees()) {
                people.row(
                        e.organization(),
                        e.employee(),
                        e.post(),
                        e.assigned() ? text("training.analysis.yes") : null,
                        e.attempts(),
                        e.best(),
                        text(status(e)),
                        e.finishedAt() == null ? null : RussianFormats.DATE.format(regionTime.at(e.finishedAt())));
            }

            Spreadsheet.Table questions = workbook.table(
                    text("training.analysis.sheet.items"),
                    column("training.analysis.number", 8),
                    column("training.analysis.question", 80),
                    column("training.analysis.category", 40),
                    column("training.analysis.answered", 12),
                    column("training.analysis.facility", 12),
                    column("training.analysis.discrimination", 12),
                    column("training.analysis.flags", 40));
            for (Item i : analysis.items()) {
                questions.row(
                        i.number(),
                        i.text(),
                        i.category(),
                        i.answered(),
                        round(i.facility()),
                        i.discrimination() == null ? null : round(i.discrimination()),
                        flags(i));
            }
            workbook.write(out);
        }
    }

    static String status(Examinee e) {
        return ExamineeStatus.of(e.passed(), e.finished(), e.attempts()).messageKey();
    }

    private String flags(Item i) {
        List<String> flags = new ArrayList<>();
        if (i.tooHard()) {
            flags.add(text("training.analysis.flag.hard"));
        }
        if (i.tooEasy()) {
            flags.add(text("training.analysis.flag.easy"));
        }
        if (i.weak()) {
            flags.add(text("training.analysis.flag.weak"));
        }
        return String.join("; ", flags);
    }

    private static Object[] organizationRow(String name, ByOrganization o) {
        return new Object[] {
            name,
            o.assigned(),
            o.started(),
            o.finished(),
            o.passed(),
            o.passRate(),
            o.meanBest() == null ? null : Math.round(o.meanBest() * 10) / 10.0
        };
    }

    private Spreadsheet.Column column(String key, int width) {
        return new Spreadsheet.Column(text(key), width);
    }

    private String text(String key) {
        return messages.text(key);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
