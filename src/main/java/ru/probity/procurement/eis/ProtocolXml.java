package ru.probity.procurement.eis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/**
 * One protocol element, from its start tag to its end tag. Both families are read by local names:
 *
 * <ul>
 *   <li>purchase number: {@code purchaseNumber} (fcs) or {@code commonInfo/purchaseNumber} (ep);
 *   <li>protocol number: {@code protocolNumber} (fcs) or {@code commonInfo/docNumber} (ep);
 *   <li>date: the first of {@code protocolDate}, {@code commonInfo/procedureDT}, {@code signDate},
 *       {@code commonInfo/signDT}, {@code publishDate}, {@code commonInfo/publishDTInEIS} — the calendar
 *       date as written (offset ignored);
 *   <li>customer/organizer: {@code INN} and {@code fullName} of the {@code publisherOrg}
 *       ({@code protocolPublisher} or {@code protocolPublisherInfo}), else of a {@code customer} or
 *       {@code responsibleOrg}; older fcs protocols carry no INN there;
 *   <li>commission: {@code commission} or {@code commissionInfo} with {@code commissionName} and
 *       {@code commissionMembers/commissionMember} — {@code lastName}, {@code firstName},
 *       {@code middleName} directly or under {@code nameInfo}, and {@code role/name};
 *   <li>bids: every {@code application} (fcs: {@code protocolLot/applications/application}, or the one
 *       {@code protocolLot/application} of a single-bid protocol) and {@code applicationInfo} (ep) — see
 *       {@link BidXml}.
 * </ul>
 */
final class ProtocolXml extends DocXml {

    private static final String[] DATES = {
        "protocolDate", "procedureDT", "signDate", "signDT", "publishDate", "publishDTInEIS"
    };

    private final String kind;
    private String purchaseNumber;
    private String protocolNumber;
    private final String[] dates = new String[DATES.length];
    private final int[] dateLines = new int[DATES.length];
    private String customerInn;
    private String customerName;
    private String commissionName;
    private final List<CommissionMember> members = new ArrayList<>();
    private String lastName;
    private String firstName;
    private String middleName;
    private String role;
    private final List<Bid> bids = new ArrayList<>();
    private BidXml bid;
    private int bidDepth;
    private final ContractXml.Unknown unknown;

    private ProtocolXml(String fileName, int index, int startLine, String kind, ContractXml.Unknown unknown) {
        super(fileName, index, startLine);
        this.kind = kind;
        this.unknown = unknown;
    }

    static Protocol read(XMLStreamReader r, String fileName) throws XMLStreamException {
        return read(r, fileName, 0, null);
    }

    static Protocol read(XMLStreamReader r, String fileName, int index, ContractXml.Unknown unknown)
            throws XMLStreamException {
        ProtocolXml p = new ProtocolXml(fileName, index, Xml.line(r), r.getLocalName(), unknown);
        p.walk(r);
        return p.build();
    }

    @Override
    void start(String local) {
        if (bid == null) {
            if (("application".equals(local) || "applicationInfo".equals(local)) && !within("commissionMembers")) {
                bid = new BidXml();
                bidDepth = depth;
            }
        } else {
            bid.start(local);
        }
    }

    @Override
    void end(String local, String value, int line) {
        if (bid != null) {
            if (depth == bidDepth) {
                String code = bid.unknownCode();
                if (code != null && unknown != null) {
                    unknown.count("participantType=" + code);
                }
                bids.add(bid.build(this, line));
                bid = null;
            } else {
                bid.leaf(this, local, value, line);
            }
            return;
        }
        if (within("commissionMember") && within("commissionMembers")) {
            member(local, value);
            return;
        }
        if (value == null || within("protocolLot") || within("applications")) {
            return; // participants' data are not the protocol's own
        }
        String parent = up(1);
        boolean top = depth == 1 || depth == 2 && "commonInfo".equals(parent);
        if (top) {
            for (int i = 0; i < DATES.length; i++) {
                if (DATES[i].equals(local) && (depth == 1) == (i % 2 == 0)) {
                    dates[i] = value;
                    dateLines[i] = line;
                    return;
                }
            }
        }
        switch (local) {
            case "purchaseNumber" -> {
                if (top) {
                    purchaseNumber = value;
                }
            }
            case "protocolNumber", "docNumber" -> {
                if (depth == 1 && "protocolNumber".equals(local) || depth == 2 && "commonInfo".equals(parent)) {
                    protocolNumber = value;
                }
            }
            case "commissionName" -> {
                if ("commission".equals(parent) || "commissionInfo".equals(parent)) {
                    commissionName = value;
                }
            }
            case "INN", "inn", "fullName" -> organizer(local, value);
            default -> {
                // the rest of the schema is not needed
            }
        }
    }

    private void member(String local, String value) {
        if ("commissionMember".equals(local)) {
            if (lastName != null || firstName != null) {
                members.add(new CommissionMember(new PersonName(lastName, firstName, middleName), role));
            }
            lastName = firstName = middleName = role = null;
            return;
        }
        if (value == null) {
            return;
        }
        String parent = up(1);
        boolean person = "commissionMember".equals(parent) || "nameInfo".equals(parent);
        switch (local) {
            case "lastName" -> lastName = person ? value : lastName;
            case "firstName" -> firstName = person ? value : firstName;
            case "middleName" -> middleName = person ? value : middleName;
            case "name" -> role = "role".equals(parent) ? value : role;
            default -> {
                // member number, role id, right to vote
            }
        }
    }

    private void organizer(String local, String value) {
        boolean publisher = within("publisherOrg");
        boolean other = within("customer") || within("responsibleOrg");
        if (!publisher && !other || depth > 4) {
            return;
        }
        if (!"fullName".equals(local) && (customerInn == null || publisher)) {
            customerInn = value;
        } else if ("fullName".equals(local) && (customerName == null || publisher)) {
            customerName = value;
        }
    }

    private Protocol build() {
        if (purchaseNumber == null) {
            add(startLine, "в протоколе не указан номер закупки", "protocol without a purchase number");
        }
        LocalDate date = null;
        for (int i = 0; i < dates.length && date == null; i++) {
            if (dates[i] != null) {
                date = date(dates[i], dateLines[i]);
            }
        }
        finish();
        List<Bid> result = bids;
        if (single()
                && bids.size() == 1
                && !Boolean.FALSE.equals(bids.getFirst().admitted())) {
            Bid b = bids.getFirst();
            result = List.of(new Bid(
                    b.journalNumber(),
                    b.inn(),
                    b.kpp(),
                    b.name(),
                    b.kind(),
                    b.offer(),
                    b.admitted(),
                    b.rejectionReason(),
                    b.rating(),
                    true,
                    b.address(),
                    b.phone(),
                    b.email()));
        }
        return new Protocol(
                purchaseNumber,
                protocolNumber,
                date,
                customerInn,
                customerName,
                commissionName,
                List.copyOf(members),
                kind,
                result);
    }

    /** A protocol of a purchase with one bid (fcsProtocol…SingleApp, …SinglePart, epProtocol…Single…). */
    private boolean single() {
        return kind.contains("Single");
    }

    /** One bid while it is read. */
    static final class BidXml {
        private String journal;
        private String inn;
        private String kpp;
        private String fullName;
        private String shortName;
        private String lastName;
        private String firstName;
        private String middleName;
        private Supplier.Kind kind;
        private boolean ip;
        private String legacyCode;
        private String lastOffer;
        private String otherOffer;
        private int offerLine;
        private Boolean admitted;
        private boolean rejected;
        private String explanation;
        private String reason;
        private Integer rating;
        private String address;
        private String phone;
        private String email;

        void start(String local) {
            switch (local) {
                case "legalEntityRFInfo", "legalEntityRF" -> kind = Supplier.Kind.LEGAL_ENTITY;
                case "individualPersonRFInfo", "individualPersonRF" -> kind = Supplier.Kind.INDIVIDUAL;
                case "individualBusinessmanRFInfo", "individualBusinessmanRF" -> kind = Supplier.Kind.ENTREPRENEUR;
                case "legalEntityForeignStateInfo",
                        "individualPersonForeignStateInfo",
                        "legalEntityForeignState",
                        "individualPersonForeignState" -> kind = Supplier.Kind.FOREIGN;
                case "appNotAdmittedInfo", "appRejectedReason", "appRejectedReasonsInfo" -> rejected = true;
                default -> {
                    // other elements carry no choice
                }
            }
        }

        void leaf(ProtocolXml p, String local, String value, int line) {
            if (value == null) {
                return;
            }
            String parent = p.up(1);
            if (p.within("admissionResult") || p.within("admissionResultInfo")) {
                return; // one commission member's vote, not the decision
            }
            boolean contactPerson =
                    "contactInfo".equals(parent) && p.within("appParticipant") || "contactPersonInfo".equals(parent);
            switch (local) {
                case "journalNumber", "appNumber" -> journal = journal == null ? value : journal;
                case "participantType" -> {
                    legacyCode = value;
                    kind = SupplierXml.legacyKind(value);
                }
                case "inn", "INN" -> inn = inn == null ? value : inn;
                case "kpp", "KPP" -> kpp = kpp == null ? value : kpp;
                case "organizationName", "fullName" -> fullName = fullName == null ? value : fullName;
                case "shortName", "firmName" -> shortName = shortName == null ? value : shortName;
                case "lastName" -> lastName = contactPerson || lastName != null ? lastName : value;
                case "firstName" -> firstName = contactPerson || firstName != null ? firstName : value;
                case "middleName" -> middleName = contactPerson || middleName != null ? middleName : value;
                case "isIP" -> ip = "true".equals(value) || "1".equals(value);
                case "postAddress", "factualAddress", "orgPostAddress", "orgFactAddress", "factAddress" ->
                    address = address == null ? value : address;
                case "contactPhone" -> phone = phone == null ? value : phone;
                case "contactEMail" -> email = email == null ? value : email;
                case "admitted" -> admitted = "true".equals(value) || "1".equals(value);
                case "appRating" -> rating = integer(value);
                case "explanation" -> explanation = explanation == null && rejected ? value : explanation;
                case "reason", "name" -> {
                    if (reason == null && (p.within("appRejectedReason") || p.within("appRejectedReasonInfo"))) {
                        reason = value;
                    }
                }
                case "price" -> {
                    if ("lastOffer".equals(parent) || "lastPriceOffer".equals(parent)) {
                        lastOffer = value;
                        offerLine = line;
                    } else if (otherOffer == null && (p.depth - 1 == p.bidDepth || "priceOffer".equals(parent))) {
                        otherOffer = value;
                        offerLine = line;
                    }
                }
                case "offerPrice", "finalPrice", "lastPriceOffer", "winnerPrice" -> {
                    if (otherOffer == null && !"firstOffer".equals(parent)) {
                        otherOffer = value;
                        offerLine = line;
                    }
                }
                default -> {
                    // dates, documents, votes, legal form
                }
            }
        }

        String unknownCode() {
            return legacyCode != null && kind == null ? legacyCode : null;
        }

        Bid build(ProtocolXml p, int line) {
            String offerText = lastOffer != null ? lastOffer : otherOffer;
            BigDecimal offer = offerText == null ? null : p.money(offerText, offerLine);
            Supplier.Kind k = kind == Supplier.Kind.INDIVIDUAL && ip ? Supplier.Kind.ENTREPRENEUR : kind;
            if (k == null && legacyCode != null && inn != null) {
                k = inn.length() == 10 ? Supplier.Kind.LEGAL_ENTITY : Supplier.Kind.INDIVIDUAL;
            }
            String name = fullName != null ? fullName : shortName;
            if (name == null && (lastName != null || firstName != null)) {
                name = new PersonName(lastName, firstName, middleName).toString();
            }
            Boolean decided = admitted != null ? admitted : rejected ? Boolean.FALSE : null;
            return new Bid(
                    journal,
                    inn,
                    kpp,
                    name,
                    k,
                    offer,
                    decided,
                    Boolean.FALSE.equals(decided) ? (explanation != null ? explanation : reason) : null,
                    rating,
                    rating != null && rating == 1,
                    address,
                    phone,
                    email);
        }
    }
}
