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
                text(document, "ПРОЕКТ", true, ParagraphAlignment.RIGHT);
            }
            text(document, "ПРОТОКОЛ № " + meeting.number(), true, ParagraphAlignment.CENTER);
            text(document, "заседания комиссии: " + meeting.commissionName(), true, ParagraphAlignment.CENTER);
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
                    .filter(m -> m.role() == MemberRole.SECRETARY)
                    .findFirst()
                    .orElse(null);
            if (presiding != null) {
                labelled(document, "Председательствующий: ", person(presiding));
            }
            if (secretary != null) {
                labelled(document, "Секретарь: ", person(secretary));
            }
            labelled(document, "Присутствовали члены комиссии: ", "");
            for (Member m : present) {
                if (!same(m, presiding) && !same(m, secretary)) {
                    text(document, "— " + person(m) + roleNote(m), false, ParagraphAlignment.LEFT);
                }
            }
            if (!absent.isEmpty()) {
                labelled(
                        document,
                        "Отсутствовали: ",
                        absent.stream().map(Member::fullName).collect(Collectors.joining(", ")));
            }
            if (meeting.invitees() != null) {
                labelled(document, "Приглашённые: ", meeting.invitees());
            }
            text(
                    document,
                    "Присутствуют " + quorum.present() + " из " + quorum.total() + " членов комиссии, в том числе "
                            + quorum.independentPresent() + " не замещающих должности муниципальной службы в органе."
                            + (quorum.met()
                                    ? " Кворум имеется (не менее двух третей), заседание правомочно."
                                    : " Кворума нет, заседание неправомочно."),
                    false,
                    ParagraphAlignment.BOTH);

            text(document, "ПОВЕСТКА ДНЯ:", true, ParagraphAlignment.LEFT);
            for (AgendaItem item : agenda) {
                text(document, item.position() + ". " + title(item.theCase()), false, ParagraphAlignment.BOTH);
            }

            for (AgendaItem item : agenda) {
                CommissionCase c = item.theCase();
                text(document, item.position() + ". " + title(c), true, ParagraphAlignment.LEFT);
                labelled(document, "СЛУШАЛИ: ", item.heard() == null ? c.summary() : item.heard());
                labelled(
                        document,
                        "Источник информации: ",
                        CaseTexts.kindLabel(c.kind())
                                + (c.sourceRef() == null ? "" : ", " + CaseTexts.reference(c.sourceRef()))
                                + ", поступило " + RussianFormats.date(c.receivedOn()) + ".");
                if (c.materials() != null) {
                    labelled(document, "Материалы: ", c.materials());
                }
                if (item.speeches() != null) {
                    labelled(document, "ВЫСТУПИЛИ: ", item.speeches());
                }
                if (!item.recusals().isEmpty()) {
                    labelled(
                            document,
                            "Заявили о личной заинтересованности и не участвовали в рассмотрении: ",
                            item.recusals().entrySet().stream()
                                    .map(e -> byId.containsKey(e.getKey())
                                            ? byId.get(e.getKey()).fullName()
                                                    + (e.getValue().isBlank() ? "" : " (" + e.getValue() + ")")
                                            : "")
                                    .collect(Collectors.joining(", ")));
                }
                if (item.servantPresence() != null && c.personName() != null) {
                    labelled(document, "Служащий, в отношении которого рассматривается вопрос: ", presence(item));
                }
                if (item.adopted() == null) {
                    labelled(document, "РЕШИЛИ: ", "вопрос не рассмотрен, перенесён на следующее заседание.");
                    continue;
                }
                labelled(document, "ГОЛОСОВАЛИ " + ballot(item) + ": ", totals(item));
                if (item.openVote() && !item.votes().isEmpty()) {
                    labelled(
                            document,
                            "Поимённо: ",
                            item.votes().entrySet().stream()
                                            .map(e -> (byId.containsKey(e.getKey())
                                                            ? byId.get(e.getKey())
                                                                    .fullName()
                                                            : "")
                                                    + " — " + CHOICES.getOrDefault(e.getValue(), e.getValue()))
                                            .collect(Collectors.joining("; "))
                                    + ".");
                }
                labelled(
                        document,
                        "РЕШИЛИ: ",
                        item.decided()
                                ? item.decisionText()
                                : "решение не принято (не набрано большинство голосов присутствующих членов"
                                        + " комиссии).");
                if (item.decided() && item.lawEnforcement()) {
                    text(
                            document,
                            "Информацию о совершении действия (бездействия), содержащего признаки административного"
                                    + " правонарушения или состава преступления, и подтверждающие документы передать"
                                    + " в правоохранительные органы.",
                            false,
                            ParagraphAlignment.BOTH);
                }
                if (!item.dissents().isEmpty()) {
                    labelled(
                            document,
                            "Особое мнение (прилагается к протоколу): ",
                            item.dissents().keySet().stream()
                                    .map(id ->
                                            byId.containsKey(id) ? byId.get(id).fullName() : "")
                                    .collect(Collectors.joining(", ")));
                }
            }

            text(document, "", false, ParagraphAlignment.LEFT);
            if (presiding != null) {
                signature(document, "Председательствующий", presiding);
            }
            if (secretary != null) {
                signature(document, "Секретарь комиссии", secretary);
            }
            boolean first = true;
            for (Member m : present) {
                if (!same(m, presiding) && !same(m, secretary)) {
                    signature(document, first ? "Члены комиссии:" : "", m);
                    first = false;
                }
            }
            // the dissenting opinions attached to the minutes, each signed by its member
            int annex = 0;
            for (AgendaItem item : agenda) {
                for (Map.Entry<Long, String> dissent : item.dissents().entrySet()) {
                    Member m = byId.get(dissent.getKey());
                    if (m == null) {
                        continue;
                    }
                    annex++;
                    text(document, "", false, ParagraphAlignment.LEFT);
                    text(
                            document,
                            "Приложение № " + annex + " к протоколу № " + meeting.number(),
                            false,
                            ParagraphAlignment.RIGHT);
                    text(document, "ОСОБОЕ МНЕНИЕ", true, ParagraphAlignment.CENTER);
                    text(
                            document,
                            "члена комиссии " + m.fullName() + " по вопросу " + item.position() + " повестки дня: "
                                    + title(item.theCase()),
                            false,
                            ParagraphAlignment.CENTER);
                    text(document, dissent.getValue(), false, ParagraphAlignment.BOTH);
                    signature(document, "Член комиссии", m);
                }
            }
            document.write(out);
        }
    }

    /** The extract of one question for the employee and the employer (Указ №821). */
    static void extract(Meeting meeting, AgendaItem item, Member secretary, OutputStream out) throws IOException {
        CommissionCase c = item.theCase();
        try (XWPFDocument document = new XWPFDocument()) {
            text(document, "ВЫПИСКА", true, ParagraphAlignment.CENTER);
            text(
                    document,
                    "из протокола № " + meeting.number() + " от " + RussianFormats.date(meeting.heldOn())
                            + " заседания комиссии: " + meeting.commissionName(),
                    true,
                    ParagraphAlignment.CENTER);
            text(document, meeting.organizationName(), false, ParagraphAlignment.CENTER);
            text(document, item.position() + ". " + title(c), true, ParagraphAlignment.LEFT);
            labelled(document, "СЛУШАЛИ: ", item.heard() == null ? c.summary() : item.heard());
            labelled(document, "ГОЛОСОВАЛИ " + ballot(item) + ": ", totals(item));
            labelled(document, "РЕШИЛИ: ", item.decisionText());
            text(document, "", false, ParagraphAlignment.LEFT);
            text(
                    document,
                    "Выписка верна. Секретарь комиссии ____________ "
                            + (secretary == null ? "" : secretary.initialsName()),
                    false,
                    ParagraphAlignment.LEFT);
            text(document, "«___» ____________ 20__ г.", false, ParagraphAlignment.LEFT);
            document.write(out);
        }
    }

    private static final Map<String, String> CHOICES =
            Map.of("FOR", "за", "AGAINST", "против", "ABSTAIN", "воздержался");

    /** How the question was voted on: secret unless the commission decided on an open vote. */
    private static String ballot(AgendaItem item) {
        return item.openVote() ? "(открытое голосование по решению комиссии)" : "(тайное голосование)";
    }

    private static String totals(AgendaItem item) {
        return "«за» — " + item.votesFor() + ", «против» — " + item.votesAgainst() + ", «воздержались» — "
                + item.votesAbstained() + ".";
    }

    /** The servant's presence as the minutes word it (Указ №821 пп.19–20 model). */
    private static String presence(AgendaItem item) {
        return switch (item.servantPresence()) {
            case PRESENT -> "присутствовал.";
            case ABSENT_BY_REQUEST -> "отсутствовал; вопрос рассмотрен в его отсутствие по его письменной просьбе.";
            case ABSENT_NO_REASON ->
                "надлежащим образом извещён, не явился без уважительной причины; вопрос рассмотрен в его отсутствие.";
            case ABSENT_GOOD_REASON -> "отсутствовал по уважительной причине.";
        };
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

    private static String roleNote(Member m) {
        return switch (m.role()) {
            case DEPUTY_CHAIR -> " (заместитель председателя)";
            case INDEPENDENT -> " (независимый эксперт)";
            case REGIONAL -> " (представитель органа по профилактике коррупционных правонарушений)";
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
