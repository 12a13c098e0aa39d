package ru.probity.procurement.eis;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Procedure;

/**
 * One purchase notice: {@code fcsNotification*} (schemas 4.x–11.x), {@code epNotification*} (since
 * 2022) or {@code fcs_notificationEFDateChange}. What is read, by local names within the document:
 *
 * <ul>
 *   <li>purchase number: {@code purchaseNumber} or {@code commonInfo/purchaseNumber};
 *   <li>published: {@code docPublishDate} or {@code commonInfo/publishDTInEIS};
 *   <li>{@code placingWay/code} (either level); the procedure from the document kind ({@link
 *       #procedure});
 *   <li>customer INN and name: of the first {@code customer} within a {@code customerRequirement(Info)},
 *       else of {@code responsibleOrg} ({@code INN}/{@code inn}, {@code fullName});
 *   <li>submission end: {@code endDate} of {@code collecting} (fcs), {@code endDT} of {@code
 *       collectingInfo} (ep);
 *   <li>maximum price: {@code maxPrice} of each {@code lot} summed (fcs), or {@code maxPriceInfo/maxPrice}
 *       of {@code contractConditionsInfo} (ep); currency: {@code currency/code} beside it;
 *   <li>ОКПД2: {@code code} or {@code OKPDCode} of every {@code OKPD2} (or old {@code OKPD}), in order
 *       without repeats; subject: {@code purchaseObjectInfo}.
 * </ul>
 */
final class NoticeXml extends DocXml {

    private final String kind;
    private final String schemeVersion;
    private String purchaseNumber;
    private String placingWay;
    private String customerInn;
    private String customerName;
    private String responsibleInn;
    private String responsibleName;
    private LocalDateTime published;
    private LocalDateTime submissionEnd;
    private BigDecimal lotsPrice;
    private BigDecimal maxPrice;
    private String currency;
    private final List<String> okpd2 = new ArrayList<>(4);
    private String subject;

    private NoticeXml(String fileName, int index, int startLine, String kind, String schemeVersion) {
        super(fileName, index, startLine);
        this.kind = kind;
        this.schemeVersion = schemeVersion;
    }

    static Notice read(XMLStreamReader r, String fileName, int index, String kind) throws XMLStreamException {
        NoticeXml n = new NoticeXml(fileName, index, Xml.line(r), kind, r.getAttributeValue(null, "schemeVersion"));
        n.walk(r);
        return n.build();
    }

    @Override
    void end(String local, String value, int line) {
        if (value == null) {
            return;
        }
        String parent = up(1);
        switch (local) {
            case "purchaseNumber" -> {
                if (depth == 1 || depth == 2 && "commonInfo".equals(parent)) {
                    purchaseNumber = value;
                }
            }
            case "docPublishDate" -> {
                if (depth == 1) {
                    published = dateTime(value, line);
                }
            }
            case "publishDTInEIS" -> {
                if (depth == 2 && "commonInfo".equals(parent)) {
                    published = dateTime(value, line);
                }
            }
            case "purchaseObjectInfo" -> {
                if (subject == null && depth <= 2) {
                    subject = value;
                }
            }
            case "code", "OKPDCode" -> code(local, parent, value);
            case "INN", "inn" -> {
                if ("customer".equals(parent) && customerInn == null && requirement()) {
                    customerInn = value;
                } else if ("responsibleOrg".equals(parent) && responsibleInn == null) {
                    responsibleInn = value;
                }
            }
            case "fullName" -> {
                if ("customer".equals(parent) && customerName == null && requirement()) {
                    customerName = value;
                } else if ("responsibleOrg".equals(parent) && responsibleName == null) {
                    responsibleName = value;
                }
            }
            case "endDate", "endDT" -> {
                if (submissionEnd == null && ("collecting".equals(parent) || "collectingInfo".equals(parent))) {
                    submissionEnd = dateTime(value, line);
                }
            }
            case "maxPrice" -> {
                if ("lot".equals(parent)) {
                    BigDecimal price = money(value, line);
                    if (price != null) {
                        lotsPrice = lotsPrice == null ? price : lotsPrice.add(price);
                    }
                } else if ("maxPriceInfo".equals(parent)
                        && "contractConditionsInfo".equals(up(2))
                        && maxPrice == null) {
                    maxPrice = money(value, line);
                }
            }
            default -> {
                // the rest of the schema is not needed
            }
        }
    }

    private void code(String local, String parent, String value) {
        if ("OKPD2".equals(parent) || "OKPD".equals(parent)) {
            if (!okpd2.contains(value)) {
                okpd2.add(value);
            }
        } else if ("code".equals(local) && "placingWay".equals(parent) && placingWay == null) {
            placingWay = value;
        } else if ("code".equals(local) && "currency".equals(parent) && currency == null) {
            String holder = up(2);
            if ("lot".equals(holder) || "maxPriceInfo".equals(holder)) {
                currency = value;
            }
        }
    }

    private boolean requirement() {
        return within("customerRequirement") || within("customerRequirementInfo");
    }

    private Notice build() {
        if (purchaseNumber == null) {
            add(startLine, "в извещении не указан номер закупки", "notice without a purchase number");
        }
        finish();
        boolean customer = customerInn != null || responsibleInn == null && customerName != null;
        return new Notice(
                purchaseNumber,
                kind,
                schemeVersion,
                procedure(kind),
                placingWay,
                customer ? customerInn : responsibleInn,
                customer ? customerName : responsibleName,
                published,
                submissionEnd,
                maxPrice != null ? maxPrice : lotsPrice,
                currency,
                okpd2,
                subject);
    }

    /**
     * The procedure of a notice kind: the part after {@code fcsNotification}, {@code epNotification} or
     * {@code fcs_notification} — EF/EA/EEF… auction, OKU/EOKU limited tender, OKD/EOKD two-stage, OK/EOK
     * open tender, ZK/EZK quotations, ZP/EZP proposals, EP single supplier, anything else other.
     */
    static Procedure procedure(String kind) {
        String k = kind;
        for (String prefix : new String[] {"fcsNotification", "epNotification", "fcs_notification"}) {
            if (k.startsWith(prefix)) {
                k = k.substring(prefix.length());
                break;
            }
        }
        if (k.startsWith("E") && !k.startsWith("EF") && !k.startsWith("EP") && !k.startsWith("EA")) {
            k = k.substring(1); // EOK, EOKU, EOKD, EZK, EZP: the electronic forms of the same ways
        }
        if (k.startsWith("EF") || k.startsWith("EA")) {
            return Procedure.ELECTRONIC_AUCTION;
        }
        if (k.startsWith("OKU") || k.startsWith("OKOU")) {
            return Procedure.LIMITED_TENDER;
        }
        if (k.startsWith("OKD")) {
            return Procedure.TWO_STAGE_TENDER;
        }
        if (k.startsWith("OK")) {
            return Procedure.OPEN_TENDER;
        }
        if (k.startsWith("ZK")) {
            return Procedure.QUOTATION_REQUEST;
        }
        if (k.startsWith("ZP")) {
            return Procedure.PROPOSAL_REQUEST;
        }
        if (k.startsWith("EP")) {
            return Procedure.SINGLE_SUPPLIER;
        }
        return Procedure.OTHER;
    }
}
