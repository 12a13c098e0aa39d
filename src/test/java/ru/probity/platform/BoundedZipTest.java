package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class BoundedZipTest {

    private static final BoundedZip.Limits LIMITS = new BoundedZip.Limits(3, 4 << 20, 6 << 20, 100, 1 << 20);

    private static byte[] zip(byte[]... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i++) {
                zip.putNextEntry(new ZipEntry("file" + i + ".xml"));
                zip.write(entries[i]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static List<String> read(byte[] archive) throws IOException {
        List<String> names = new ArrayList<>();
        BoundedZip.forEachEntry(
                new ByteArrayInputStream(archive), StandardCharsets.UTF_8, LIMITS, "a.zip", (name, in) -> {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                    names.add(name);
                });
        return names;
    }

    @Test
    void anArchiveWithinTheLimitsIsReadEntryByEntry() throws IOException {
        assertThat(read(zip(random(1000), "<a/>".repeat(10_000).getBytes(StandardCharsets.UTF_8))))
                .containsExactly("file0.xml", "file1.xml");
    }

    @Test
    void eachLimitRefusesWithItsKey() {
        assertThatThrownBy(() -> read(zip(new byte[1], new byte[1], new byte[1], new byte[1])))
                .isInstanceOfSatisfying(
                        UploadRefused.class, e -> assertThat(e.key()).isEqualTo("upload.limit.entries"));
        assertThatThrownBy(() -> read(zip(random(5 << 20))))
                .isInstanceOfSatisfying(
                        UploadRefused.class, e -> assertThat(e.key()).isEqualTo("upload.limit.entry"));
        assertThatThrownBy(() -> read(zip(random(3 << 20), random(3 << 20) /* 6 MB + */, random(1 << 10))))
                .isInstanceOfSatisfying(
                        UploadRefused.class, e -> assertThat(e.key()).isEqualTo("upload.limit.expanded"));
        assertThatThrownBy(() -> read(zip(new byte[3 << 20])))
                .isInstanceOfSatisfying(
                        UploadRefused.class, e -> assertThat(e.key()).isEqualTo("upload.limit.ratio"));
    }

    @Test
    void aStreamIsCutAtItsLimit() throws IOException {
        assertThat(BoundedZip.readAll(new ByteArrayInputStream(new byte[100]), 100, "f"))
                .hasSize(100);
        assertThatThrownBy(() -> BoundedZip.readAll(new ByteArrayInputStream(new byte[101]), 100, "f"))
                .isInstanceOf(UploadRefused.class);
        assertThatThrownBy(() -> BoundedZip.limited(new ByteArrayInputStream(new byte[101]), 100, "f")
                        .readAllBytes())
                .isInstanceOfSatisfying(
                        UploadRefused.class, e -> assertThat(e.key()).isEqualTo("upload.limit.file"));
    }
}
