package ru.probity.procurement.eis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;

/**
 * Writes contracts as an ЕИС export: {@code <ns2:export>} (namespace
 * {@code http://zakupki.gov.ru/oos/export/1}) holding one {@code contract} per record, its content in
 * the types namespace {@code http://zakupki.gov.ru/oos/types/1}, element order as in
 * {@code zfcs_contract2015Type} of {@code fcsExport.xsd} 11.0, so that the document validates.
 *
 * <p>The schema requires elements the model does not hold; they get fixed plausible values (see
 * {@link Placeholders}): the customer's ЕИС code and registration date, empty {@code finances}, price
 * type «P», an execution period from the sign date to the end of that year, one product (OKPD2 code
 * placeholder, the subject as its name, the whole price), the supplier's legal form, OKPO, OKTMO and
 * registration date. A missing currency is written as «RUB». Values the schema requires of a supplier
 * that the record lacks (address, phone, e-mail, a legal entity's KPP) are left out: such a document is
 * well-formed but does not validate. A contract with a purchase number is written under
 * {@code foundation/fcsOrder/order} (with {@code singleCustomer} when it is single-supplier), one
 * without under {@code foundation/fcsOrder/singleCustomer}.
 *
 * <p>Use: {@code try (var w = new EisContractWriter(out)) { w.write(contract); … }}.
 */
public final class EisContractWriter implements AutoCloseable {

    static final String EXPORT_NS = "http://zakupki.gov.ru/oos/export/1";
    static final String TYPES_NS = "http://zakupki.gov.ru/oos/types/1";
    static final String SCHEME_VERSION = "11.0";

    /** The JDK's writer whatever StAX provider is on the class path (Woodstox is, for reading). */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final OutputStream out;
    private final XMLStreamWriter w;
    private int depth;
    private boolean closed;

    /** Starts the document; the stream is closed by {@link #close()}. */
    public EisContractWriter(OutputStream out) {
        this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
        try {
            w = FACTORY.createXMLStreamWriter(this.out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(TYPES_NS);
            w.setPrefix("ns2", EXPORT_NS);
            w.writeStartElement("ns2", "export", EXPORT_NS);
            w.writeDefaultNamespace(TYPES_NS);
            w.writeNamespace("ns2", EXPORT_NS);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Writes all contracts to a new file (replacing an existing one). */
    public static void write(Path file, Iterable<Contract> contracts) {
        try (EisContractWriter writer = new EisContractWriter(Files.newOutputStream(file))) {
            for (Contract contract : contracts) {
                writer.write(contract);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends one contract.
     *
     * @throws IllegalArgumentException without a registry number or sign date, or with a negative price
     */
    public void write(Contract c) {
        if (c.regNum() == null || c.signDate() == null) {
            throw new IllegalArgumentException("a contract needs regNum and signDate to be written: " + c.regNum());
        }
        if (c.price() != null && c.price().signum() < 0) {
            throw new IllegalArgumentException("negative price of contract " + c.regNum());
        }
        try {
            open("ns2", "contract", EXPORT_NS);
            w.writeAttribute("schemeVersion", SCHEME_VERSION);
            foundation(c);
            customer(c);
            open("finances");
            end();
            leaf("signDate", c.signDate().toString());
            leaf("regNum", c.regNum());
            leaf("number", c.number());
            leaf("contractSubject", c.subject());
            priceInfo(c);
            executionPeriod(c.signDate());
            products(c);
            open("suppliers");
            for (Supplier s : c.suppliers()) {
                open("supplier");
                SupplierWriter.write(this, s);
                end();
            }
            end();
            end();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private void foundation(Contract c) throws XMLStreamException {
        open("foundation");
        open("fcsOrder");
        if (c.purchaseNumber() != null) {
            open("order");
            leaf("notificationNumber", c.purchaseNumber());
            leaf("lotNumber", "1");
            if (c.singleSupplier()) {
                singleCustomerReason(
                        c.singleSupplierGround() != null
                                ? c.singleSupplierGround()
                                : Placeholders.SINGLE_SUPPLIER_AFTER_NOTICE);
            }
            end();
        } else {
            singleCustomerReason(
                    c.singleSupplierGround() != null
                            ? c.singleSupplierGround()
                            : Placeholders.SINGLE_SUPPLIER_WITHOUT_NOTICE);
        }
        end();
        end();
    }

    private void singleCustomerReason(String code) throws XMLStreamException {
        open("singleCustomer");
        open("reason");
        leaf("code", code);
        end();
        end();
    }

    private void customer(Contract c) throws XMLStreamException {
        open("customer");
        leaf("regNum", Placeholders.customerRegNum(c.customerInn()));
        leaf("fullName", c.customerName());
        leaf("registrationDate", Placeholders.REGISTRATION_DATE);
        leaf("inn", c.customerInn());
        leaf("kpp", c.customerKpp());
        end();
    }

    private void priceInfo(Contract c) throws XMLStreamException {
        open("priceInfo");
        leaf("price", money(c.price()));
        leaf("priceType", "P");
        open("currency");
        leaf("code", c.currency() == null ? "RUB" : c.currency());
        end();
        end();
    }

    private void executionPeriod(LocalDate signDate) throws XMLStreamException {
        String end = LocalDate.of(signDate.getYear(), 12, 31).toString();
        open("executionPeriod");
        leaf("startDate", signDate.toString());
        open("stages");
        leaf("endDate", end);
        end();
        leaf("endDate", end);
        end();
    }

    private void products(Contract c) throws XMLStreamException {
        open("products");
        open("product");
        open("OKPD2");
        leaf("code", c.okpd2().isEmpty() ? Placeholders.OKPD2 : c.okpd2().getFirst());
        end();
        leaf("name", c.subject());
        String price = money(c.price());
        leaf("price", price);
        leaf("quantity", "1");
        leaf("sum", price);
        end();
        end();
    }

    private static String money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    // --- low-level output with indentation, used by SupplierWriter too

    void open(String local) throws XMLStreamException {
        open(null, local, TYPES_NS);
    }

    private void open(String prefix, String local, String ns) throws XMLStreamException {
        indent();
        if (prefix == null) {
            w.writeStartElement(ns, local);
        } else {
            w.writeStartElement(prefix, local, ns);
        }
        depth++;
    }

    void end() throws XMLStreamException {
        depth--;
        indent();
        w.writeEndElement();
    }

    /** A leaf element; nothing when the value is null or blank. */
    void leaf(String local, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        indent();
        w.writeStartElement(TYPES_NS, local);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters(INDENTS[Math.min(depth, INDENTS.length - 1)]);
    }

    private static final String[] INDENTS = new String[16];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = "\n" + "  ".repeat(i);
        }
    }

    /** Ends the document and closes the stream. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            depth = 0;
            indent();
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            out.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
