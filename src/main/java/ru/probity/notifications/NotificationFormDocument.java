package ru.probity.notifications;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import ru.probity.platform.Messages;

/**
 * The blank form of a notification (application, request, petition) as DOCX, to fill by hand or on
 * a computer: the addressee with the organization's name, blanks for the person's name and post, the
 * paper's name and subject, its legal basis, each detail of the kind with lines to fill, the date and
 * signature, and the registration block the officer fills on receipt.
 */
final class NotificationFormDocument {

    private static final String FONT = "Times New Roman";
    private static final String LINE = "_".repeat(62);
    private static final String SHORT_LINE = "_".repeat(36);

    private NotificationFormDocument() {}

    static void write(Messages m, NotificationKind kind, String organizationName, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            String addressee = m.text("notifications.forms.addressee." + kind.name());
            if (addressee.startsWith("notifications.forms.addressee.")) {
                addressee = m.text("notifications.forms.addressee");
            }
            text(document, addressee, false, false, ParagraphAlignment.RIGHT);
            text(document, organizationName, true, false, ParagraphAlignment.RIGHT);
            text(
                    document,
                    m.text("notifications.forms.from") + " " + SHORT_LINE,
                    false,
                    false,
                    ParagraphAlignment.RIGHT);
            text(document, m.text("notifications.forms.fromName"), false, true, ParagraphAlignment.RIGHT);
            text(document, SHORT_LINE, false, false, ParagraphAlignment.RIGHT);
            text(document, m.text("notifications.forms.fromPost"), false, true, ParagraphAlignment.RIGHT);
            text(document, "", false, false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text("notifications.doc." + kind.document().name())
                            .toUpperCase(ru.probity.platform.RussianFormats.LOCALE),
                    true,
                    false,
                    ParagraphAlignment.CENTER);
            text(
                    document,
                    m.text("notifications.forms.subject." + kind.name()),
                    true,
                    false,
                    ParagraphAlignment.CENTER);
            text(document, "", false, false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.forms.intro." + kind.name()), false, false, ParagraphAlignment.BOTH);
            int n = 1;
            for (String field : kind.fields()) {
                text(
                        document,
                        n++ + ". " + m.text("notifications.field." + field) + ":",
                        false,
                        false,
                        ParagraphAlignment.LEFT);
                text(document, LINE, false, false, ParagraphAlignment.LEFT);
                text(document, LINE, false, false, ParagraphAlignment.LEFT);
            }
            if (kind.conductCommission()) {
                text(document, m.text("notifications.forms.attend"), false, false, ParagraphAlignment.BOTH);
            }
            text(document, "", false, false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.forms.signature"), false, false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.forms.signatureHint"), false, true, ParagraphAlignment.LEFT);
            text(document, "", false, false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.forms.registration"), false, false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.forms.registeredOn"), false, false, ParagraphAlignment.LEFT);
            text(document, m.text("notifications.forms.registeredBy"), false, false, ParagraphAlignment.LEFT);
            text(document, "", false, false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text("notifications.forms.basis", m.text("notifications.law." + kind.name())),
                    false,
                    true,
                    ParagraphAlignment.BOTH);
            document.write(out);
        }
    }

    private static void text(
            XWPFDocument document, String text, boolean bold, boolean small, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(small ? 120 : 60);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(small ? 10 : 12);
        run.setBold(bold);
        run.setItalic(small);
        run.setText(text);
    }
}
