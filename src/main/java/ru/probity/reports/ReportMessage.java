package ru.probity.reports;

import java.time.LocalDate;
import java.util.List;

/** A message of the channel with the reporter, an internal comment or a notice, opened. */
public record ReportMessage(
        long id, String kind, String author, String text, LocalDate createdOn, List<ReportFile> files) {

    /** Without the text (ReportLogSecrecyTest). */
    @Override
    public String toString() {
        return "ReportMessage[id=" + id + ", kind=" + kind + ", files=" + files.size() + "]";
    }
}
