package ru.probity.council;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import ru.probity.council.model.CouncilRole;
import ru.probity.council.model.Presence;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * The minutes of a council's meeting as DOCX in the customary structure: «ПРОТОКОЛ заседания
 * межведомственного совета…», the date and place, the presiding member and the secretary, who was
 * present (and who replaced an absent member), who was absent; the agenda; for every question «СЛУШАЛИ»
 * (the speaker and what he reported) and «РЕШИЛИ» with the decision and its assignments (executor,
 * term, result expected); the signatures of the presiding member and the secretary.
 */
final class CouncilMinutes {

    private static final String FONT = "Times New Roman";

    /** What the minutes show. */
    record Data(Meeting meeting, List<Attendance> attendance, List<AgendaItem> agenda, List<Assignment> assignments) {}

    private CouncilMinutes() {}

    static void write(Messages m, Data data, OutputStream out) throws IOException {
        Meeting meeting = data.meeting();
        List<Attendance> counted = data.attendance().stream()
                .filter(a -> a.presence() != null && a.presence().counted())
                .toList();
        List<Attendance> absent = data.attendance().stream()
                .filter(a -> a.presence() == Presence.ABSENT)
                .toList();
        Member chair = presiding(counted);
        Member secretary = counted.stream()
                .map(Attendance::member)
                .filter(x -> x.role() == CouncilRole.SECRETARY)
                .findFirst()
                .orElse(null);
        try (XWPFDocument document = new XWPFDocument()) {
            if (!meeting.held()) {
                text(document, m.text("council.doc.draft"), true, ParagraphAlignment.RIGHT);
            }
            text(document, m.text("council.doc.title"), true, ParagraphAlignment.CENTER);
            text(document, m.text("council.doc.ofMeeting"), true, ParagraphAlignment.CENTER);
            text(document, meeting.councilName(), false, ParagraphAlignment.CENTER);
            text(
                    document,
                    RussianFormats.date(meeting.heldOn())
                            + (meeting.startsAt() == null ? "" : ", " + meeting.startsAt())
                            + ", " + meeting.place(),
                    false,
                    ParagraphAlignment.RIGHT);
            if (chair != null) {
                labelled(document, m.text("council.doc.presiding"), person(chair));
            }
            if (secretary != null) {
                labelled(document, m.text("council.doc.secretary"), person(secretary));
            }
            labelled(document, m.text("council.doc.present"), "");
            for (Attendance a : counted) {
                Member member = a.member();
                if (same(member, chair) || same(member, secretary)) {
                    continue;
                }
                String line = a.presence() == Presence.REPLACED
                        ? m.text("council.doc.replaced", a.replacedBy(), person(member))
                        : person(member);
                text(document, "— " + line, false, ParagraphAlignment.LEFT);
            }
            if (!absent.isEmpty()) {
                labelled(
                        document,
                        m.text("council.doc.absent"),
                        absent.stream().map(a -> a.member().fullName()).collect(Collectors.joining(", ")));
            }

            text(document, m.text("council.doc.agenda"), true, ParagraphAlignment.LEFT);
            for (AgendaItem item : data.agenda()) {
                text(
                        document,
                        item.position() + ". " + item.title()
                                + (item.speaker().isBlank()
                                        ? ""
                                        : " (" + m.text("council.doc.speaker", item.speaker()) + ")"),
                        false,
                        ParagraphAlignment.BOTH);
            }

            for (AgendaItem item : data.agenda()) {
                text(document, item.position() + ". " + item.title(), true, ParagraphAlignment.LEFT);
                labelled(
                        document,
                        m.text("council.doc.heard"),
                        (item.speaker().isBlank() ? "" : item.speaker() + ". ")
                                + (item.heard() == null ? "" : item.heard()));
                labelled(
                        document,
                        m.text("council.doc.decided"),
                        item.decided() == null ? m.text("council.doc.notDecided") : item.decided());
                int n = 0;
                for (Assignment a : data.assignments()) {
                    if (a.agendaItemId() != null && a.agendaItemId() == item.id()) {
                        n++;
                        assignment(m, document, item.position() + "." + n + ". ", a);
                    }
                }
            }
            List<Assignment> general = data.assignments().stream()
                    .filter(a -> a.agendaItemId() == null)
                    .toList();
            if (!general.isEmpty()) {
                text(document, m.text("council.doc.general"), true, ParagraphAlignment.LEFT);
                int n = 0;
                for (Assignment a : general) {
                    assignment(m, document, ++n + ". ", a);
                }
            }

            text(document, "", false, ParagraphAlignment.LEFT);
            if (chair != null) {
                signature(document, m.text("council.doc.signPresiding"), chair);
            }
            if (secretary != null) {
                signature(document, m.text("council.doc.signSecretary"), secretary);
            }
            document.write(out);
        }
    }

    /** The chair if present, else his deputy, else nobody named. */
    private static Member presiding(List<Attendance> counted) {
        for (CouncilRole role : new CouncilRole[] {CouncilRole.CHAIR, CouncilRole.DEPUTY_CHAIR}) {
            for (Attendance a : counted) {
                if (a.member().role() == role && a.presence() == Presence.PRESENT) {
                    return a.member();
                }
            }
        }
        return null;
    }

    private static void assignment(Messages m, XWPFDocument document, String number, Assignment a) {
        text(
                document,
                number
                        + m.text("council.doc.assignment", a.executorName(), a.text(), RussianFormats.date(a.dueOn()))
                        + (a.expectedResult().isBlank()
                                ? ""
                                : " " + m.text("council.doc.expected", a.expectedResult())),
                false,
                ParagraphAlignment.BOTH);
    }

    private static boolean same(Member member, Member other) {
        return other != null && member.id() == other.id();
    }

    private static String person(Member m) {
        return m.fullName() + " — " + m.post() + ", " + m.body();
    }

    private static void signature(XWPFDocument document, String label, Member m) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, label + " ____________ " + m.initialsName(), false);
    }

    private static void text(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    private static void labelled(XWPFDocument document, String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        run(paragraph, label, true);
        run(paragraph, text, false);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setBold(bold);
        run.setText(text);
    }
}
