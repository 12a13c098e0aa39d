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
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.ProcurementLaw;
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
    private final List<String> okpd2 = new ArrayList<>(4);
    private String groundCode;
    private String groundName;
    private int versionNumber;
    private LocalDate publishDate;
    private boolean modified;
    private String modificationReason;
    private String modificationInfo;
    private LocalDate modificationDate;
    private ContractChange change;
    private final Unknown unknown;

    /** Counts elements not expected where a known choice is (lenient reading); null reads strictly. */
    interface Unknown {
        void count(String element);
    }

    private int problemLine;
    private String problemRu;
    private String problemEn;

    private ContractXml(String fileName, int index, int startLine, Unknown unknown) {
        this.fileName = fileName;
        this.index = index;
        this.startLine = startLine;
        this.unknown = unknown;
    }

    static Contract read(XMLStreamReader r, String fileName, int index) throws XMLStreamException {
        return parse(r, fileName, index, null).contract;
    }

    /** The contract and, for a version with a {@code modification}, its amendment. */
    record Read(Contract contract, ContractChange change) {}

    static Read parse(XMLStreamReader r, String fileName, int index, Unknown unknown) throws XMLStreamException {
        ContractXml c = new ContractXml(fileName, index, Xml.line(r), unknown);
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
                        Contract contract = c.build();
                        return new Read(contract, c.change(contract));
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
        if ("modification".equals(local) && path.length() == local.length()) {
            modified = true;
        }
        if (path.length() > SUPPLIER_PREFIX
                && startsWith(path, "suppliers/supplier/")
                && supplier != null
                && supplier.kindElement() == null) {
            if ("participantType".equals(local)) {
                supplier.legacy();
            } else if (!supplier.kind(local)) {
                if (unknown != null) {
                    unknown.count(local);
                    supplier.drop();
                } else {
                    add(line, "неизвестный вид поставщика «" + local + "»", "unknown supplier kind <" + local + ">");
                }
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
                String code = supplier == null ? null : supplier.unknownLegacyCode();
                if (code != null) {
                    if (unknown != null) {
                        unknown.count("participantType=" + code);
                        supplier.guessKind();
                    } else {
                        add(
                                line,
                                "неизвестный вид поставщика participantType «" + code + "»",
                                "unknown supplier participantType " + code);
                    }
                }
                Supplier s = supplier == null ? null : supplier.build(this);
                if (s != null) {
                    suppliers.add(s);
                }
                supplier = null;
            } else if (supplier != null && supplier.isLegacy()) {
                supplier.leaf(path.substring(SUPPLIER_PREFIX), value, line);
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
            } else if (path.endsWith("singleCustomer/reason/code")) {
                groundCode = value;
            } else if (path.endsWith("singleCustomer/reason/name")) {
                groundName = value;
            }
            return;
        }
        if (path.startsWith("products/")) {
            if (("code".equals(local) || "OKPDCode".equals(local))
                    && (path.endsWith("OKPD2/" + local) || path.endsWith("OKPD/" + local))
                    && !okpd2.contains(value)
                    && !Placeholders.OKPD2.equals(value)) {
                okpd2.add(value);
            } else if ("products/product/name".equals(path) && productName == null) {
                productName = value;
            }
            return;
        }
        if (path.startsWith("modification/")) {
            if ("name".equals(local) && path.endsWith("reason/name")) {
                modificationReason = modificationReason == null ? value : modificationReason;
            } else if (("info".equals(local) || "base".equals(local) || "description".equals(local))
                    && modificationInfo == null) {
                modificationInfo = value;
            } else if (("documentDate".equals(local) || "signDate".equals(local)) && modificationDate == null) {
                modificationDate = date(value, line);
            }
            return;
        }
        switch (path) {
            case "versionNumber" -> versionNumber = integer(value);
            case "publishDate" -> publishDate = date(value, line);
            case "price" -> price = price == null ? money(value, line) : price;
            case "currency/code" -> currency = currency == null ? value : currency;
            case "singleCustomerReason/name" -> groundName = value;
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
                List.copyOf(suppliers),
                ProcurementLaw.FZ44,
                okpd2,
                singleCustomer || purchaseNumber == null ? ground(groundCode, groundName) : null,
                versionNumber);
    }

    private ContractChange change(Contract contract) {
        if (!modified) {
            return null;
        }
        return new ContractChange(
                contract.regNum(),
                ContractChange.Kind.AMENDMENT,
                versionNumber,
                modificationDate != null ? modificationDate : publishDate != null ? publishDate : signDate,
                price,
                modificationReason != null ? modificationReason : modificationInfo,
                "contract");
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
            "(?:пункт[а-я]*|п\\.)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:части|ч\\.)\\s*1\\s*(?:статьи|ст\\.)\\s*93",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,2}(?:\\.\\d)?");

    /**
     * The point of 44-ФЗ ст.93 ч.1: from the reason's name («… пункт 4 части 1 статьи 93 …», «п. 5 ч. 1
     * ст. 93»), else the reason's code when it is a plain point number («4», «25.1»); null otherwise.
     */
    static String ground(String code, String name) {
        if (name != null) {
            java.util.regex.Matcher m = POINT.matcher(name);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (code != null && NUMBER.matcher(code).matches()) {
            return code;
        }
        return null;
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
