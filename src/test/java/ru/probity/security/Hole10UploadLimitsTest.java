package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 14, hole 10: uploads exhausted the server — a 1.9 MB ZIP with a 1.9 GB entry ended in an
 * OutOfMemoryError, a huge people file filled the heap, a small PDF with a huge stream cost minutes
 * of CPU. Every input is now read within limits and refused with a Russian message naming the
 * limit. The test data is generated as streams (the ZIP of a gigabyte of zeros is about a
 * megabyte), so the test itself stays small.
 */
@Tag("security")
class Hole10UploadLimitsTest extends SecurityTest {

    private static final String TABLE_HEADER = "Код организации;Фамилия;Имя;Отчество;Дата рождения;Должность\n";

    @LocalServerPort
    int port;

    /** A ZIP of one entry of {@code gigabytes} GB of zeros, deflated as it is written. */
    private static byte[] zipBomb(String entryName, int megabytes) throws IOException {
        Path file = Files.createTempFile("bomb", ".zip");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry(entryName));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < megabytes; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] gigabyteBomb;

    private static synchronized byte[] gigabyteBomb() throws IOException {
        if (gigabyteBomb == null) {
            gigabyteBomb = zipBomb("data.csv", 1024);
        }
        return gigabyteBomb;
    }

    /** Posts the files and follows the background upload's page to its end. */
    private String upload(String path, MockMultipartFile file) throws Exception {
        MvcResult posted = mvc.perform(multipart(path).file(file).with(csrf()).with(as("region.admin")))
                .andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        String page = posted.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/uploads/");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            String html = mvc.perform(get(page).with(as("region.admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!html.contains("hx-trigger=\"every 1s\"")) {
                return html;
            }
            assertThat(System.nanoTime()).as("the upload finishes").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void aZipBombToTheRegistersIsRefusedWithARussianMessage() throws Exception {
        byte[] bomb = gigabyteBomb();
        assertThat(bomb.length).isLessThan(5 << 20);
        int imports = count("register_import");

        String page = upload("/registers/import", new MockMultipartFile("files", "egrul.zip", "application/zip", bomb));

        assertThat(page)
                .contains("Не загружен")
                .contains("egrul.zip")
                .contains("сжат сильнее чем в 100 раз")
                .contains("zip-бомбу")
                .doesNotContain("OutOfMemoryError");
        assertThat(count("register_import")).isEqualTo(imports);
    }

    @Test
    void aZipBombToTheContractsIsRefusedWithARussianMessage() throws Exception {
        int imports = count("procurement_import");

        String page = upload(
                "/procurement/import",
                new MockMultipartFile("files", "contracts.zip", "application/zip", gigabyteBomb()));

        assertThat(page).contains("Не загружен").contains("contracts.zip").contains("zip-бомбу");
        assertThat(count("procurement_import")).isEqualTo(imports);
    }

    @Test
    void anXlsxZipBombToThePeopleImportIsRefused() throws Exception {
        // an «XLSX» whose sheet is 64 MB of zeros (about 64 KB compressed)
        byte[] bomb = zipBomb("xl/worksheets/sheet1.xml", 64);

        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "people.xlsx", "application/octet-stream", bomb))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.allOf(
                                Matchers.containsString("сжат сильнее чем в 100 раз"),
                                Matchers.not(Matchers.containsString("Zip bomb")))));
    }

    @Test
    void aPeopleCsvOverTheRowLimitIsRefusedAndNothingIsImported() throws Exception {
        long obninsk = organizationId(OBNINSK);
        ByteArrayOutputStream csv = new ByteArrayOutputStream(12 << 20);
        csv.write(TABLE_HEADER.getBytes(StandardCharsets.UTF_8));
        byte[] row = (obninsk + ";Строкин;Пётр;Иванович;01.01.1980;Специалист\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i <= 200_000; i++) {
            csv.write(row);
        }
        int before = jdbc.sql("select count(*) from employee where last_name = 'Строкин'")
                .query(Integer.class)
                .single();

        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "people.csv", "text/csv", csv.toByteArray()))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("строк — файл не загружен")));

        assertThat(jdbc.sql("select count(*) from employee where last_name = 'Строкин'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aPdfWithAHugeCompressedStreamIsRefusedAsAnActFile() throws Exception {
        long act = createAct();
        byte[] pdf = pdfWithHugeContent(80);
        assertThat(pdf.length).isLessThan(2 << 20);

        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile("file", "akt.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problem",
                                Matchers.containsString("содержимое страниц после распаковки больше 64 МБ")));
        assertThat(jdbc.sql("select count(*) from act_version where act_id = ?")
                        .param(act)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUploadOverItsFormsLimitIsRefusedWithTheLimitNamed() throws Exception {
        // the question bank takes at most 20 MB
        byte[] big = new byte[21 << 20];
        mvc.perform(multipart("/training/questions/import")
                        .file(new MockMultipartFile("file", "voprosy.xml", "application/xml", big))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "imported",
                                Matchers.hasToString(Matchers.containsString("для этой формы — не более 20 МБ"))));
    }

    @Test
    void aRequestOverTheGlobalMaximumIsRefusedBeforeItIsReadWithARussianPage() throws Exception {
        // a real request to the server: 600 MB announced, nothing sent — refused at once
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /registers/import HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                            + "Content-Length: 600000000\r\n\r\n--xyz\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (!received.toString(StandardCharsets.UTF_8).contains("</html>") && (n = in.read(buffer)) > 0) {
                received.write(buffer, 0, n);
            }
            String response = received.toString(StandardCharsets.UTF_8);
            assertThat(response)
                    .startsWith("HTTP/1.1 413")
                    .contains("не более 512 МБ")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void theAnonymousReceptionTakesNoMoreThanAReportsWorth() throws Exception {
        // 70 MB announced to the public report form (a report and five files of 10 MB fit in 60 MB)
        assertThat(rawPost("/public/reports", "Content-Length: 70000000\r\n"))
                .startsWith("HTTP/1.1 413")
                .contains("не более 60 МБ");
        // a chunked body could not be checked before it is read: refused
        assertThat(rawPost("/public/reports", "Transfer-Encoding: chunked\r\n")).startsWith("HTTP/1.1 411");
        // a chunked body could not be checked before it is read: refused
        assertThat(rawPost("/public/reports", "Transfer-Encoding: chunked\r\n")).startsWith("HTTP/1.1 411");
    }

    /** A multipart POST announced by its headers, nothing of its body sent; the answer as text. */
    private String rawPost(String path, String lengthHeader) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: multipart/form-data; boundary=xyz\r\n" + lengthHeader + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while (!received.toString(StandardCharsets.UTF_8).contains("</html>") && (n = in.read(buffer)) > 0) {
                    received.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                throw new AssertionError(
                        "No full answer in 30 s, received: " + received.toString(StandardCharsets.UTF_8), e);
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private long createAct() throws Exception {
        String location = mvc.perform(post("/acts")
                        .param("kind", "LOCAL_ACT")
                        .param("number", "10-б")
                        .param("adoptedOn", "2026-10-01")
                        .param("title", "Акт с тяжёлым PDF")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A one-page PDF whose content stream is {@code megabytes} MB of «q Q» operators, deflated. */
    private static byte[] pdfWithHugeContent(int megabytes) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            byte[] chunk = "q Q\n".repeat(1 << 18).getBytes(StandardCharsets.US_ASCII); // 1 MB
            try (OutputStream content = stream.createOutputStream(COSName.FLATE_DECODE)) {
                for (int i = 0; i < megabytes; i++) {
                    content.write(chunk);
                }
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            document.save(out);
            return out.toByteArray();
        }
    }
}
