package ru.probity.reports;

/** A file of a report without its content: the name is opened only for who may read the report. */
public record ReportFile(long id, String kind, String name, String contentType, int size) {

    /** Without the name, which the reporter chose (ReportLogSecrecyTest). */
    @Override
    public String toString() {
        return "ReportFile[id=" + id + ", kind=" + kind + ", size=" + size + "]";
    }
}
