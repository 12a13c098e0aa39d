package ru.probity.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * The act of acceptance of a gift for safekeeping (ПП РФ №10 of 09.01.2014 п.7), as DOCX, filled from
 * the notification: who hands the gift over, the gift with its description, quantity and value as
 * the notification states them; the receiving official's lines and the act's number and date are
 * left to fill by hand unless the act is already recorded.
 */
final class GiftHandoverAct {

    private static final String FONT = "Times New Roman";

    private GiftHandoverAct() {}

    static void write(Messages m, Notification n, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            text(document, m.text("notifications.act.title"), true, ParagraphAlignment.CENTER);
            text(
                    document,
                    n.giftHandoverOn() == null
                            ? m.text("notifications.act.numberBlank")
                            : m.text(
                                    "notifications.act.number",
                                    n.giftHandoverAct(),
                                    RussianFormats.date(n.giftHandoverOn())),
                    false,
                    ParagraphAlignment.CENTER);
            text(document, n.organizationName(), false, ParagraphAlignment.CENTER);
            text(document, "", false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text(
                            "notifications.act.body",
                            n.personName() == null ? "" : n.personName(),
                            n.personPost() == null ? "" : n.personPost(),
                            n.registrationNumber() == null ? "—" : n.registrationNumber(),
                            n.registeredOn() == null ? "—" : RussianFormats.date(n.registeredOn())),
                    false,
                    ParagraphAlignment.BOTH);
            XWPFTable table = document.createTable(2, 5);
            table.setWidth("100%");
            String[] heads = {
                m.text("notifications.act.col.number"),
                m.text("notifications.act.col.gift"),
                m.text("notifications.act.col.description"),
                m.text("notifications.act.col.quantity"),
                m.text("notifications.act.col.value")
            };
            String[] cells = {
                "1",
                detail(n, "gift"),
                detail(n, "description"),
                detail(n, "quantity"),
                n.details().getOrDefault("value", "").isBlank()
                        ? m.text("notifications.act.valueUnknown")
                        : n.details().get("value")
            };
            fill(table.getRow(0), heads, true);
            fill(table.getRow(1), cells, false);
            text(document, "", false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text("notifications.act.documents", detail(n, "documents")),
                    false,
                    ParagraphAlignment.BOTH);
            text(document, m.text("notifications.act.event", detail(n, "event")), false, ParagraphAlignment.BOTH);
            text(document, "", false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text("notifications.act.handedOver", n.personName() == null ? "" : n.personName()),
                    false,
                    ParagraphAlignment.LEFT);
            text(document, m.text("notifications.act.accepted"), false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.act.recorded"), false, ParagraphAlignment.LEFT);
            text(document, "", false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.act.basis"), false, ParagraphAlignment.BOTH);
            document.write(out);
        }
    }

    private static String detail(Notification n, String key) {
        String value = n.details().get(key);
        return value == null || value.isBlank() ? "—" : value;
    }

    private static void fill(XWPFTableRow row, String[] texts, boolean bold) {
        for (int i = 0; i < texts.length; i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().getFirst();
            run(paragraph, texts[i], bold);
            row.getCell(i).setWidth(BigInteger.valueOf(i == 0 ? 500 : 2000).toString());
        }
    }

    private static void text(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setBold(bold);
        run.setText(text);
    }
}
