package ru.probity.commission;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * The minutes of a meeting and the extract of one decision as DOCX, laid out as Указ №821
 * asks: the date, who was present and who was absent, the quorum; the agenda; for every question
 * what was heard (with the source of the information and the day it arrived), who spoke, who
 * declared an interest, whether the servant concerned attended, how they voted — secret ballot
 * totals, or each member's choice when the commission decided on an open vote — and what was decided
 * with its grounds; the invited persons; the signatures of the presiding member, the secretary and the
 * members who took part; the members' dissenting opinions attached to the minutes.
 */
final class CommissionDocuments {

    private static final String FONT = "Times New Roman";

    private CommissionDocuments() {}

    static void minutes(
            Messages m,
            Meeting meeting,
            List<Meetings.Attendance> attendance,
            Quorum quorum,
            List<AgendaItem> agenda,
            OutputStream out)
            throws IOException {
        Map<Long, Member> byId = attendance.stream()
                .map(Meetings.Attendance::member)
                .collect(Collectors.toMap(Member::id, Function.identity()));
        List<Member> present = attendance.stream()
                .filter(a -> Boolean.TRUE.equals(a.present()))
                .map(Meetings.Attendance::member)
                .toList();
        List<Member> absent = attendance.stream()
                .filter(a -> !Boolean.TRUE.equals(a.present()))
                .map(Meetings.Attendance::member)
                .toList();
        try (XWPFDocument document = new XWPFDocument()) {
            if (meeting.planned()) {
                text(document, m.text("commission.doc.draft"), true, ParagraphAlignment.RIGHT);
            }
            text(document, m.text("commission.doc.minutesTitle", meeting.number()), true, ParagraphAlignment.CENTER);
            text(
                    document,
                    m.text("commission.doc.ofMeeting", meeting.commissionName()),
                    true,
                    ParagraphAlignment.CENTER);
            text(document, meeting.organizationName(), false, ParagraphAlignment.CENTER);
            text(
                    document,
                    RussianFormats.date(meeting.heldOn())
                            + (meeting.startsAt() == null ? "" : ", " + meeting.startsAt())
                            + (meeting.place() == null ? "" : ", " + meeting.place()),
                    false,
                    ParagraphAlignment.RIGHT);

            Member presiding = quorum.presiding();
            Member secretary = present.stream()
                    .filter(member -> member.role() == MemberRole.SECRETARY)
                    .findFirst()
                    .orElse(null);
            if (presiding != null) {
                labelled(document, m.text("commission.doc.presiding"), person(presiding));
            }
            if (secretary != null) {
                labelled(document, m.text("commission.doc.secretary"), person(secretary));
            }
            labelled(document, m.text("commission.doc.present"), "");
            for (Member member : present) {
                if (!same(member, presiding) && !same(member, secretary)) {
                    text(document, "— " + person(member) + roleNote(m, member), false, ParagraphAlignment.LEFT);
                }
            }
            if (!absent.isEmpty()) {
                labelled(
                        document,
                        m.text("commission.doc.absent"),
                        absent.stream().map(Member::fullName).collect(Collectors.joining(", ")));
            }
            if (meeting.invitees() != null) {
                labelled(document, m.text("commission.doc.invitees"), meeting.invitees());
            }
            text(
                    document,
                    m.text(
                                    "commission.doc.quorum." + meeting.service(),
                                    quorum.present(),
                                    quorum.total(),
                                    quorum.independentPresent())
                            + " "
                            + m.text(quorum.met() ? "commission.doc.quorumMet" : "commission.doc.quorumNotMet"),
                    false,
                    ParagraphAlignment.BOTH);

            text(document, m.text("commission.doc.agenda"), true, ParagraphAlignment.LEFT);
            for (AgendaItem item : agenda) {
                text(document, item.position() + ". " + title(item.theCase()), false, ParagraphAlignment.BOTH);
            }

            for (AgendaItem item : agenda) {
                CommissionCase c = item.theCase();
                text(document, item.position() + ". " + title(c), true, ParagraphAlignment.LEFT);
                labelled(document, m.text("commission.doc.heard"), item.heard() == null ? c.summary() : item.heard());
                labelled(
                        document,
                        m.text("commission.doc.source"),
                        CaseTexts.kindLabel(c.kind())
                                + (c.sourceRef() == null ? "" : ", " + CaseTexts.reference(c.sourceRef()))
                                + m.text("commission.doc.received", RussianFormats.date(c.receivedOn())));
                if (c.materials() != null) {
                    labelled(document, m.text("commission.doc.materials"), c.materials());
                }
                if (item.speeches() != null) {
                    labelled(document, m.text("commission.doc.speeches"), item.speeches());
                }
                if (!item.recusals().isEmpty()) {
                    labelled(
                            document,
                            m.text("commission.doc.recusals"),
                            item.recusals().entrySet().stream()
                                    .map(e -> byId.containsKey(e.getKey())
                                            ? byId.get(e.getKey()).fullName()
                                                    + (e.getValue().isBlank() ? "" : " (" + e.getValue() + ")")
                                            : "")
                                    .collect(Collectors.joining(", ")));
                }
                if (item.servantPresence() != null && c.personName() != null) {
                    labelled(
                            document,
                            m.text("commission.doc.servant"),
                            m.text("commission.doc.presence." + item.servantPresence()));
                }
                if (item.adopted() == null) {
                    labelled(document, m.text("commission.doc.decided"), m.text("commission.doc.postponed"));
                    continue;
                }
                labelled(document, voted(m, item), totals(m, item));
                if (item.openVote() && !item.votes().isEmpty()) {
                    labelled(
                            document,
                            m.text("commission.doc.byName"),
                            item.votes().entrySet().stream()
                                            .map(e -> (byId.containsKey(e.getKey())
                                                            ? byId.get(e.getKey())
                                                                    .fullName()
                                                            : "")
                                                    + " — " + m.text("commission.doc.choice." + e.getValue()))
                                            .collect(Collectors.joining("; "))
                                    + ".");
                }
                labelled(
                        document,
                        m.text("commission.doc.decided"),
                        item.decided() ? item.decisionText() : m.text("commission.doc.notDecided"));
                if (item.decided() && item.lawEnforcement()) {
                    text(document, m.text("commission.doc.lawEnforcement"), false, ParagraphAlignment.BOTH);
                }
                if (!item.dissents().isEmpty()) {
                    labelled(
                            document,
                            m.text("commission.doc.dissents"),
                            item.dissents().keySet().stream()
                                    .map(id ->
                                            byId.containsKey(id) ? byId.get(id).fullName() : "")
                                    .collect(Collectors.joining(", ")));
                }
            }

            text(document, "", false, ParagraphAlignment.LEFT);
            if (presiding != null) {
                signature(document, m.text("commission.doc.signPresiding"), presiding);
            }
            if (secretary != null) {
                signature(document, m.text("commission.doc.signSecretary"), secretary);
            }
            boolean first = true;
            for (Member member : present) {
                if (!same(member, presiding) && !same(member, secretary)) {
                    signature(document, first ? m.text("commission.doc.signMembers") : "", member);
                    first = false;
                }
            }
            // the dissenting opinions attached to the minutes, each signed by its member
            int annex = 0;
            for (AgendaItem item : agenda) {
                for (Map.Entry<Long, String> dissent : item.dissents().entrySet()) {
                    Member member = byId.get(dissent.getKey());
                    if (member == null) {
                        continue;
                    }
                    annex++;
                    text(document, "", false, ParagraphAlignment.LEFT);
                    text(
                            document,
                            m.text("commission.doc.annex", annex, meeting.number()),
                            false,
                            ParagraphAlignment.RIGHT);
                    text(document, m.text("commission.doc.dissent"), true, ParagraphAlignment.CENTER);
                    text(
                            document,
                            m.text(
                                    "commission.doc.dissentOf",
                                    member.fullName(),
                                    item.position(),
                                    title(item.theCase())),
                            false,
                            ParagraphAlignment.CENTER);
                    text(document, dissent.getValue(), false, ParagraphAlignment.BOTH);
                    signature(document, m.text("commission.doc.signMember"), member);
                }
            }
            document.write(out);
        }
    }

    /** The extract of one question for the employee and the employer (Указ №821). */
    static void extract(Messages m, Meeting meeting, AgendaItem item, Member secretary, OutputStream out)
            throws IOException {
        CommissionCase c = item.theCase();
        try (XWPFDocument document = new XWPFDocument()) {
            text(document, m.text("commission.doc.extract"), true, ParagraphAlignment.CENTER);
            text(
                    document,
                    m.text(
                            "commission.doc.extractOf",
                            meeting.number(),
                            RussianFormats.date(meeting.heldOn()),
                            meeting.commissionName()),
                    true,
                    ParagraphAlignment.CENTER);
            text(document, meeting.organizationName(), false, ParagraphAlignment.CENTER);
            text(document, item.position() + ". " + title(c), true, ParagraphAlignment.LEFT);
            labelled(document, m.text("commission.doc.heard"), item.heard() == null ? c.summary() : item.heard());
            labelled(document, voted(m, item), totals(m, item));
            labelled(document, "РЕШИЛИ: ", item.decisionText());
            text(document, "", false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text("commission.doc.extractCertified", secretary == null ? "" : secretary.initialsName()),
                    false,
                    ParagraphAlignment.LEFT);
            text(document, m.text("commission.doc.blankDate"), false, ParagraphAlignment.LEFT);
            document.write(out);
        }
    }

    /** «ГОЛОСОВАЛИ» and how: secret ballot unless the commission decided on an open vote. */
    private static String voted(Messages m, AgendaItem item) {
        return m.text(item.openVote() ? "commission.doc.votedOpen" : "commission.doc.votedSecret");
    }

    private static String totals(Messages m, AgendaItem item) {
        return m.text("commission.doc.totals", item.votesFor(), item.votesAgainst(), item.votesAbstained());
    }

    static String title(CommissionCase c) {
        String kind = CaseTexts.kindLabel(c.kind());
        String text = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        return text + (c.personName() == null ? "" : ": " + c.person()) + ".";
    }

    /** The same member (records of one member read twice are equal, not identical). */
    private static boolean same(Member m, Member other) {
        return other != null && m.id() == other.id();
    }

    private static String person(Member m) {
        return m.fullName() + (m.position() == null ? "" : " — " + m.position());
    }

    private static String roleNote(Messages m, Member member) {
        return switch (member.role()) {
            case DEPUTY_CHAIR, INDEPENDENT, REGIONAL -> " " + m.text("commission.doc.role." + member.role());
            default -> "";
        };
    }

    private static void signature(XWPFDocument document, String label, Member m) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, (label.isEmpty() ? "" : label + " ") + "____________ " + m.initialsName(), false);
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
