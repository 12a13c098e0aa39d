package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** ODT and RTF acts: the text a lawyer sees, Russian letters intact, within the upload limits. */
class DocumentTextFormatsTest {

    private static final String CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
              <office:body><office:text>
                <text:h text:outline-level="1">1. Общие положения</text:h>
                <text:p>2.3. Администрация<text:s/>вправе<text:s text:c="2"/>отказать<text:note><text:note-body>
                  <text:p>сноска</text:p></text:note-body></text:note> в выдаче разрешения.</text:p>
                <text:list><text:list-item><text:p>1) заявление;<text:line-break/>2) копия паспорта.</text:p></text:list-item></text:list>
              </office:text></office:body>
            </office:document-content>
            """;

    static byte[] odt(String contentXml) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            zip.putNextEntry(mimetype);
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void anOdtGivesItsParagraphsAndHeadingsWithoutFootnotes() throws Exception {
        DocumentText.Extracted e = DocumentText.extract("проект.odt", odt(CONTENT));

        assertThat(e.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(e.text())
                .isEqualTo("1. Общие положения\n2.3. Администрация вправе  отказать в выдаче разрешения.\n"
                        + "1) заявление;\n2) копия паспорта.");
    }

    @Test
    void anOdtCompressedLikeAZipBombIsRefusedInRussian() throws Exception {
        String huge = CONTENT.replace("сноска", "а".repeat(3_000_000));
        byte[] bomb = odt(huge);
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> DocumentText.extract("бомба.odt", bomb, UploadLimits.defaults()))
                .isInstanceOf(DocumentText.UnreadableFile.class)
                .hasMessageContaining("бомба.odt")
                .hasMessageContaining("не принимается");
    }

    @Test
    void aDamagedOdtIsUnreadable() {
        assertThatThrownBy(() -> DocumentText.extract("a.odt", "не архив".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentText.UnreadableFile.class)
                .hasMessageContaining("повреждён");
    }

    /** As Word writes Russian: code page 1251, fonts with charset 204, hex escapes and Unicode characters. */
    @Test
    void aRussianRtfFromWordKeepsItsLetters() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}"
                + "{\\f1\\fswiss\\fcharset0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}"
                + "{\\*\\generator Microsoft Word 16;}{\\info{\\title \\'cf\\'f0\\'ee\\'e5\\'ea\\'f2}}"
                + "\\pard\\f0\\fs28 2.3. \\'c0\\'e4\\'ec\\'e8\\'ed\\'e8\\'f1\\'f2\\'f0\\'e0\\'f6\\'e8\\'ff "
                + "\\'e2\\'ef\\'f0\\'e0\\'e2\\'e5 \\'ee\\'f2\\'ea\\'e0\\'e7\\'e0\\'f2\\'fc.\\par "
                + "\\uc1\\u1057?\\u1088?\\u1086?\\u1082? 30 \\u1076?\\u1085?\\u1077?\\u1081?\\tab\\u8212?"
                + "{\\f1 Total}\\par}";

        DocumentText.Extracted e = DocumentText.extract("акт.rtf", rtf.getBytes(StandardCharsets.US_ASCII));

        assertThat(e.contentType()).isEqualTo("application/rtf");
        assertThat(e.text()).isEqualTo("2.3. Администрация вправе отказать.\nСрок 30 дней\t—Total");
    }

    @Test
    void aRtfWithoutCodePageTakesTheFontsCharset() throws Exception {
        String rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0\\fcharset204 Times;}}\\f0 \\'cf\\'f0\\'ee\\'e5\\'ea\\'f2\\par}";
        assertThat(DocumentText.extract("a.rtf", rtf.getBytes(StandardCharsets.US_ASCII))
                        .text())
                .isEqualTo("Проект");
    }

    @Test
    void aFileCalledRtfThatIsNotRtfIsUnreadable() {
        assertThatThrownBy(() -> DocumentText.extract("a.rtf", "просто текст".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentText.UnreadableFile.class)
                .hasMessageContaining("повреждён");
    }
}
