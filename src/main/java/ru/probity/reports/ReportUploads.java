package ru.probity.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;

/**
 * The files of a report, a message or an answer: read bounded from the form, then checked before
 * anything is written — type by content, size, name, and no active content (platform's {@link
 * AttachedFile#checkInert}: issue 14, item 13), at most {@value #MAX_FILES} at once.
 */
@Component
class ReportUploads {

    static final int MAX_FILES = 5;

    private final long maxFileBytes;

    ReportUploads(ReportSettings settings) {
        this.maxFileBytes = settings.maxFileBytes();
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    /** The largest file in MB, for the forms. */
    long maxFileMb() {
        return maxFileBytes / 1048576;
    }

    /** A file that passed the checks. */
    record Checked(String name, AttachedFile.Type type, byte[] content) {
        @Override
        public String toString() {
            return "Checked[" + type + ", " + content.length + " bytes]";
        }
    }

    /** The form's files, each read at most to the limit + 1 byte (the check refuses a longer one). */
    List<Upload> read(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                try {
                    uploads.add(new Upload(f.getOriginalFilename(), UploadLimits.bytes(f, maxFileBytes)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    List<Checked> check(List<Upload> uploads) {
        List<Checked> checked = new ArrayList<>();
        for (Upload u : uploads == null ? List.<Upload>of() : uploads) {
            if (u == null
                    || (u.content().length == 0 && (u.name() == null || u.name().isBlank()))) {
                continue; // an empty file input
            }
            try {
                AttachedFile file = AttachedFile.checkInert(u.name(), u.content(), maxFileBytes);
                checked.add(new Checked(file.name(), file.type(), u.content()));
            } catch (AttachedFile.Refused e) {
                throw Refusal.invalid("reports.file." + e.reason(), e.fileName(), maxFileMb());
            }
        }
        if (checked.size() > MAX_FILES) {
            throw Refusal.invalid("reports.file.tooMany", MAX_FILES);
        }
        return checked;
    }
}
