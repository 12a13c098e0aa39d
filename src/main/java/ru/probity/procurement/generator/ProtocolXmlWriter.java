package ru.probity.procurement.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Protocol;

/**
 * Writes protocols in the shape of the ЕИС export that {@code EisProtocolReader} reads: {@code
 * export/fcsProtocolEF3} with {@code purchaseNumber}, {@code protocolNumber}, {@code protocolDate},
 * {@code purchaseInfo/customer/INN} and {@code commission/commissionMembers/commissionMember}
 * ({@code lastName}, {@code firstName}, {@code middleName}, {@code role/name}). Many protocols per file.
 */
final class ProtocolXmlWriter {

    private static final String EXPORT_NS = "http://zakupki.gov.ru/oos/export/1";
    private static final String TYPES_NS = "http://zakupki.gov.ru/oos/types/1";

    private ProtocolXmlWriter() {}

    static void write(Path file, Iterable<Protocol> protocols) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<ns2:export xmlns=\"" + TYPES_NS
                    + "\" xmlns:ns2=\"" + EXPORT_NS + "\">\n");
            for (Protocol p : protocols) {
                w.write("  <ns2:fcsProtocolEF3 schemeVersion=\"10.2\">\n");
                leaf(w, "purchaseNumber", p.purchaseNumber());
                leaf(w, "protocolNumber", p.protocolNumber());
                leaf(w, "protocolDate", p.date() + "T10:00:00+03:00");
                w.write("    <commission>\n");
                leaf(w, "commissionName", p.commissionName());
                w.write("      <commissionMembers>\n");
                for (CommissionMember m : p.members()) {
                    w.write("        <commissionMember>");
                    leaf(w, "lastName", m.name().lastName());
                    leaf(w, "firstName", m.name().firstName());
                    leaf(w, "middleName", m.name().middleName());
                    w.write("<role><name>" + escape(m.role()) + "</name></role></commissionMember>\n");
                }
                w.write("      </commissionMembers>\n    </commission>\n  </ns2:fcsProtocolEF3>\n");
            }
            w.write("</ns2:export>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void leaf(Writer w, String name, String value) throws IOException {
        if (value != null) {
            w.write("<" + name + ">" + escape(value) + "</" + name + ">");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
