package ru.probity.reports;

/** A file as received from a form, before checks. */
public record Upload(String name, byte[] content) {

    /** Never the name or the content: a stray log line must not carry them (ReportLogSecrecyTest). */
    @Override
    public String toString() {
        return "Upload[" + (content == null ? 0 : content.length) + " bytes]";
    }
}
