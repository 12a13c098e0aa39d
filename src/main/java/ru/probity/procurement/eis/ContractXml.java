package ru.probity.procurement.eis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;

/**
 * Reads one {@code contract} element (zfcs_contract2015Type) from a stream positioned on its start
 * tag, to its end tag. Elements are matched by local name and path within the contract, so any
 * namespace prefix ЕИС uses is accepted.
 */
final class ContractXml implements SupplierXml.Problems {

    private static final int SUPPLIER_PREFIX = "suppliers/supplier/".length();

    private final String fileName;
    private final int index;
    private final int startLine;

    private String regNum;
    private String number;
    private LocalDate signDate;
    private String customerInn;
    private int customerInnLine;
    private String customerKpp;
    private String customerName;
    private String customerShortName;
    private BigDecimal price;
    private String currency;
    private String contractSubject;
    private String productName;
    private String purchaseNumber;
    private boolean singleCustomer;
    private final List<Supplier> suppliers = new ArrayList<>();
    private SupplierXml supplier;

    private int problemLine;
    private String problemRu;
    private String problemEn;

    private ContractXml(String fileName, int index, int startLine) {
        this.fileName = fileName;
        this.index = index;
        this.startLine = startLine;
    }

    static Contract read(XMLStreamReader r, String fileName, int index) throws XMLStreamException {
        ContractXml c = new ContractXml(fileName, index, Xml.line(r));
        StringBuilder path = new StringBuilder(128);
        StringBuilder text = new StringBuilder(256);
        int[] lengths = new int[64];
        int depth = 0;
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth == lengths.length) {
                        lengths = java.util.Arrays.copyOf(lengths, depth * 2);
                    }
                    lengths[depth++] = path.length();
                    if (!path.isEmpty()) {
                        path.append('/');
                    }
                    path.append(r.getLocalName());
                    text.setLength(0);
                    c.start(path, r.getLocalName(), Xml.line(r));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return c.build();
                    }
                    c.end(path.toString(), r.getLocalName(), Xml.clean(text), Xml.line(r));
                    text.setLength(0);
                    path.setLength(lengths[--depth]);
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw c.error(
                            Xml.line(r), "файл оборвался внутри контракта", "unexpected end of file inside a contract");
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private void start(CharSequence path, String local, int line) {
        if (path.length() > SUPPLIER_PREFIX
                && startsWith(path, "suppliers/supplier/")
                && supplier != null
                && supplier.kindElement() == null) {
            if (!supplier.kind(local)) {
                add(line, "неизвестный вид поставщика «" + local + "»", "unknown supplier kind <" + local + ">");
            }
        } else if ("supplier".equals(local) && pathEquals(path, "suppliers/supplier")) {
            supplier = new SupplierXml(line);
        } else if ("singleCustomer".equals(local) && startsWith(path, "foundation/")) {
            singleCustomer = true;
        }
    }

    private void end(String path, String local, String value, int line) {
        if (path.startsWith("suppliers/supplier")) {
            if (path.length() == "suppliers/supplier".length()) {
                Supplier s = supplier == null ? null : supplier.build(this);
                if (s != null) {
                    suppliers.add(s);
                }
                supplier = null;
            } else if (supplier != null && supplier.kindElement() != null) {
                int kindEnd = SUPPLIER_PREFIX + supplier.kindElement().length() + 1;
                if (path.length() > kindEnd) {
                    supplier.leaf(path.substring(kindEnd), value, line);
                }
            }
            return;
        }
        if (value == null) {
            return;
        }
        if (path.startsWith("foundation/")) {
            if (("notificationNumber".equals(local) || "purchaseNumber".equals(local)) && purchaseNumber == null) {
                purchaseNumber = value;
            }
            return;
        }
        switch (path) {
            case "regNum" -> regNum = value;
            case "number" -> number = value;
            case "signDate" -> signDate = date(value, line);
            case "contractSubject" -> contractSubject = value;
            case "customer/inn" -> {
                customerInn = value;
                customerInnLine = line;
            }
            case "customer/kpp" -> customerKpp = value;
            case "customer/fullName" -> customerName = value;
            case "customer/shortName" -> customerShortName = value;
            case "priceInfo/price" -> price = money(value, line);
            case "priceInfo/currency/code" -> currency = value;
            case "products/product/name" -> productName = productName == null ? value : productName;
            default -> {
                // the rest of the schema is not needed
            }
        }
    }

    private Contract build() {
        if (regNum == null) {
            add(startLine, "не указан реестровый номер", "registry number (regNum) is missing");
        }
        if (customerInn != null) {
            (customerInn.length() == 12
                            ? Identifiers.checkPersonInn(customerInn)
                            : Identifiers.checkOrganizationInn(customerInn))
                    .ifPresent(reason -> add(
                            customerInnLine,
                            "ИНН заказчика «" + customerInn + "»: " + reason,
                            "invalid customer INN " + customerInn));
        }
        if (problemRu != null) {
            throw error(problemLine, problemRu, problemEn);
        }
        return new Contract(
                regNum,
                number,
                signDate,
                customerInn,
                customerKpp,
                customerName != null ? customerName : customerShortName,
                price,
                currency,
                contractSubject != null ? contractSubject : productName,
                purchaseNumber,
                singleCustomer || purchaseNumber == null,
                List.copyOf(suppliers));
    }

    @Override
    public void add(int line, String russian, String english) {
        if (problemRu == null) { // the first problem is reported; the rest are usually its consequences
            problemLine = line;
            problemRu = russian;
            problemEn = english;
        }
    }

    EisFileException error(int line, String russian, String english) {
        return new EisFileException(fileName, line, index, russian, english);
    }

    private LocalDate date(String value, int line) {
        try {
            return Xml.date(value);
        } catch (DateTimeParseException e) {
            add(line, "неверная дата «" + value + "»", "invalid date '" + value + "'");
            return null;
        }
    }

    private BigDecimal money(String value, int line) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            add(line, "неверная цена контракта «" + value + "»", "invalid contract price '" + value + "'");
            return null;
        }
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        if (s.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pathEquals(CharSequence s, String value) {
        return s.length() == value.length() && startsWith(s, value);
    }
}
