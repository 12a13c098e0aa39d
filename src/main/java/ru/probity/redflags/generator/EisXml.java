package ru.probity.redflags.generator;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/**
 * Writes the generated documents in the shapes of the ЕИС 44-ФЗ export (fcsExport.xsd 11.0, as the
 * files of {@code /work/shared/samples/eis44/} show them), many documents under one {@code
 * ns2:export}: {@code fcsNotificationEF}/{@code OK}/{@code ZK}/{@code EP} (purchase number,
 * publication, responsible organization with its INN, placing way, collecting dates, lot with the
 * НМЦК and the ОКПД2 of the objects); for a competitive purchase two protocols in the shape of
 * the 7.2 sample files ({@code protocolLot/applications/application}) — {@code
 * fcsProtocolEF2} (the last price offer of each bid by journal number) and {@code fcsProtocolEF3}
 * (participants with INN, name, address, e-mail and phone, admission, ground of rejection, rating)
 * — or {@code fcsProtocolEFSingleApp} for one bid; {@code contract} (each version, with {@code
 * versionNumber}, the ст.93 point under {@code foundation/fcsOrder/…/singleCustomer/reason}, the
 * ОКПД2 of the products, and {@code modification} on an amendment); {@code contractProcedure} with
 * the amount paid. Strings are built by hand (fast: 1,000,000 contracts), escaped. Contracts, {@code
 * fcsNotificationEF}, the three protocol kinds and {@code contractProcedure} validate against
 * fcsExport.xsd 11.0 (RedFlagFilesTest); the tender, quotation and single-supplier notices follow the
 * same shape and are not validated. A rejected bid carries {@code appRejectedReason} and no {@code
 * admitted} (whose only value in the schema is {@code true}), as ЕИС writes it.
 */
final class EisXml {

    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<ns2:export xmlns=\"http://zakupki.gov.ru/oos/types/1\" xmlns:ns2=\"http://zakupki.gov.ru/oos/export/1\">\n";
    static final String FOOTER = "</ns2:export>\n";
    private static final String SCHEME = "11.0";
    /** Protocols as the real files of /work/shared/samples/eis44 (7.2): protocolLot/applications/application. */
    private static final String PROTOCOL_SCHEME = "7.2";

    private static final String TZ = "+03:00";

    private final StringBuilder b = new StringBuilder(4096);
    private long id = 1_000_000;

    /** Appends one notice to {@code w}. */
    void notice(Writer w, Notice n) throws IOException {
        b.setLength(0);
        String kind = n.documentKind();
        b.append("<ns2:")
                .append(kind)
                .append(" schemeVersion=\"")
                .append(SCHEME)
                .append("\">");
        leaf("id", Long.toString(++id));
        leaf("purchaseNumber", n.purchaseNumber());
        leaf("docPublishDate", dateTime(n.published()));
        leaf("purchaseObjectInfo", n.subject());
        b.append("<purchaseResponsible><responsibleOrg>");
        leaf("regNum", "0" + n.customerInn());
        leaf("fullName", n.customerName());
        leaf("INN", n.customerInn());
        leaf("KPP", n.customerInn().substring(0, 4) + "01001");
        b.append("</responsibleOrg><responsibleRole>CU</responsibleRole><responsibleInfo>"
                + "<orgPostAddress>г. Калуга</orgPostAddress><orgFactAddress>г. Калуга</orgFactAddress>"
                + "<contactPerson><lastName>Сидоров</lastName><firstName>Пётр</firstName></contactPerson>"
                + "<contactEMail>zakupki@example.ru</contactEMail><contactPhone>+7 (4842) 00-00-00</contactPhone>"
                + "</responsibleInfo></purchaseResponsible>");
        b.append("<placingWay>");
        leaf("code", n.placingWayCode());
        b.append("</placingWay>");
        if (kind.equals("fcsNotificationEF")) {
            b.append(
                    "<ETP><code>ETP_SBAST</code><name>АО «Сбербанк-АСТ»</name><url>http://www.sberbank-ast.ru</url></ETP>");
        }
        if (n.submissionEnd() != null) {
            b.append("<procedureInfo><collecting>");
            leaf("startDate", dateTime(n.published()));
            leaf("place", "Электронная площадка");
            leaf("order", "В соответствии с документацией");
            leaf("endDate", dateTime(n.submissionEnd()));
            b.append("</collecting>");
            if (kind.equals("fcsNotificationEF")) {
                b.append("<bidding>");
                leaf("date", dateTime(n.submissionEnd().plusDays(3)));
                b.append("</bidding>");
            }
            b.append("</procedureInfo>");
        }
        b.append("<lot>");
        leaf("maxPrice", money(n.maxPrice()));
        b.append("<currency><code>")
                .append(n.currency() == null ? "RUB" : n.currency())
                .append("</code></currency>");
        b.append("<financeSource>Бюджет</financeSource><quantityUndefined>false</quantityUndefined>"
                + "<customerRequirements><customerRequirement><customer>");
        leaf("regNum", "0" + n.customerInn());
        leaf("fullName", n.customerName());
        b.append("</customer>");
        leaf("maxPrice", money(n.maxPrice()));
        leaf("deliveryPlace", "г. Калуга");
        leaf("deliveryTerm", "В соответствии с контрактом");
        b.append("</customerRequirement></customerRequirements><purchaseObjects>");
        for (String code : n.okpd2()) {
            b.append("<purchaseObject><OKPD2>");
            leaf("code", code);
            b.append("</OKPD2>");
            leaf("name", n.subject());
            leaf("price", money(n.maxPrice()));
            b.append("<quantity><value>1</value></quantity>");
            leaf("sum", money(n.maxPrice()));
            b.append("</purchaseObject>");
        }
        leaf("totalSum", money(n.maxPrice()));
        b.append("</purchaseObjects>");
        b.append("</lot><attachments><attachment><fileName>Документация.docx</fileName>"
                        + "<docDescription>Документация о закупке</docDescription>"
                        + "<url>https://zakupki.gov.ru/44fz/filestore/public/1.0/download/priz/file.html</url>"
                        + "</attachment></attachments></ns2:")
                .append(kind)
                .append(">\n");
        w.append(b);
    }

    /**
     * Appends the protocol's documents: for one bid {@code fcsProtocolEFSingleApp}; else {@code
     * fcsProtocolEF2} with the offers and {@code fcsProtocolEF3} with the participants and decisions.
     */
    void protocol(Writer w, Protocol p) throws IOException {
        if (p.bids().size() > 1) {
            b.setLength(0);
            open("fcsProtocolEF2", p, p.date().minusDays(1), "-2");
            b.append("<protocolLot><applications>");
            for (Bid bid : p.bids()) {
                b.append("<application>");
                leaf("journalNumber", bid.journalNumber());
                if (bid.offer() != null) {
                    b.append("<priceOffers><lastOffer>");
                    leaf("price", money(bid.offer()));
                    leaf("date", p.date().minusDays(1) + "T10:00:00" + TZ);
                    b.append("</lastOffer><offersQuantity>1</offersQuantity></priceOffers>");
                }
                b.append("</application>");
            }
            b.append("</applications></protocolLot></ns2:fcsProtocolEF2>\n");
            w.append(b);
        }
        String kind = p.bids().size() == 1 ? "fcsProtocolEFSingleApp" : "fcsProtocolEF3";
        b.setLength(0);
        boolean single = p.bids().size() == 1;
        open(kind, p, p.date(), single ? "-1" : "-3");
        // the single-application protocol holds protocolLot/application (as the 7.2 sample), the others
        // protocolLot/applications/application
        b.append(single ? "<protocolLot>" : "<protocolLot><applications>");
        for (Bid bid : p.bids()) {
            b.append("<application>");
            leaf("journalNumber", bid.journalNumber());
            b.append("<appParticipant>");
            leaf("participantType", participantType(bid.kind()));
            leaf("inn", bid.inn());
            leaf("kpp", bid.kpp());
            leaf("organizationName", bid.name());
            b.append(
                    "<country><countryCode>643</countryCode><countryFullName>Российская Федерация</countryFullName></country>");
            leaf("postAddress", bid.address());
            leaf("contactEMail", bid.email());
            leaf("contactPhone", bid.phone());
            b.append("</appParticipant>");
            if (single) {
                leaf("appDate", p.date().minusDays(3) + "T10:00:00" + TZ);
            }
            // as ЕИС: an admitted bid has admitted=true (fixed value), a rejected one appRejectedReason instead
            if (Boolean.TRUE.equals(bid.admitted())) {
                leaf("admitted", "true");
            } else if (Boolean.FALSE.equals(bid.admitted())) {
                b.append("<appRejectedReason><nsiRejectReason><id>8446065</id>"
                        + "<reason>Несоответствие заявки требованиям</reason></nsiRejectReason>");
                leaf("explanation", bid.rejectionReason() == null ? "Заявка отклонена" : bid.rejectionReason());
                b.append("</appRejectedReason>");
            }
            if (single) {
                leaf("winnerPrice", money(bid.offer()));
            } else if (bid.rating() != null) {
                leaf("appRating", bid.rating().toString());
            }
            b.append("</application>");
        }
        b.append(single ? "</protocolLot></ns2:" : "</applications></protocolLot></ns2:")
                .append(kind)
                .append(">\n");
        w.append(b);
    }

    private void open(String kind, Protocol p, LocalDate date, String suffix) {
        b.append("<ns2:")
                .append(kind)
                .append(" schemeVersion=\"")
                .append(SCHEME)
                .append("\">");
        leaf("id", Long.toString(++id));
        leaf("purchaseNumber", p.purchaseNumber());
        leaf("protocolNumber", p.purchaseNumber() + suffix);
        leaf("place", "в соответствии с документацией");
        leaf("protocolDate", date + "T10:00:00" + TZ);
        leaf("signDate", date + "T10:00:00" + TZ);
        leaf("publishDate", date + "T10:30:00" + TZ);
        b.append("<commission>");
        leaf("commissionName", p.commissionName());
        b.append("<commissionMembers>");
        int n = 0;
        for (CommissionMember m : p.members()) {
            b.append("<commissionMember>");
            leaf("memberNumber", Integer.toString(++n));
            leaf("lastName", m.name().lastName());
            leaf("firstName", m.name().firstName());
            leaf("middleName", m.name().middleName());
            b.append("<role><id>")
                    .append(n == 1 ? 27 : 28)
                    .append("</id><name>")
                    .append(escape(m.role()))
                    .append("</name><rightVote>true</rightVote></role></commissionMember>");
        }
        b.append("</commissionMembers><competent>true</competent></commission>"
                + "<href>https://zakupki.gov.ru/epz/order/notice/ea44/view/common-info.html?regNumber=");
        b.append(p.purchaseNumber()).append("</href><printForm><url>https://zakupki.gov.ru/</url></printForm>");
    }

    private static String participantType(Supplier.Kind kind) {
        if (kind == null) {
            return "U";
        }
        return switch (kind) {
            case LEGAL_ENTITY -> "U";
            case ENTREPRENEUR -> "P";
            case INDIVIDUAL -> "F";
            case FOREIGN -> "UF";
        };
    }

    /**
     * Appends one version of a contract; {@code change} is the amendment that made this version (null
     * for the version as signed).
     */
    void contract(Writer w, Contract c, ContractChange change) throws IOException {
        b.setLength(0);
        b.append("<ns2:contract schemeVersion=\"").append(SCHEME).append("\">");
        leaf("id", Long.toString(++id));
        leaf("publishDate", (change != null ? change.date() : c.signDate()) + "T12:00:00" + TZ);
        leaf("versionNumber", Integer.toString(c.versionNumber()));
        b.append("<foundation><fcsOrder>");
        if (c.purchaseNumber() != null) {
            b.append("<order>");
            leaf("notificationNumber", c.purchaseNumber());
            leaf("lotNumber", "1");
            if (c.singleSupplier()) {
                reason(c.singleSupplierGround());
            }
            b.append("</order>");
        } else {
            reason(c.singleSupplierGround());
        }
        b.append("</fcsOrder></foundation><customer>");
        leaf("regNum", "0" + c.customerInn());
        leaf("fullName", c.customerName());
        leaf("registrationDate", "2000-01-01");
        leaf("inn", c.customerInn());
        leaf("kpp", c.customerKpp());
        b.append("</customer><finances/>");
        leaf("signDate", c.signDate().toString());
        leaf("regNum", c.regNum());
        leaf("number", c.number());
        leaf("contractSubject", c.subject());
        b.append("<priceInfo>");
        leaf("price", money(c.price()));
        b.append("<priceType>P</priceType><currency><code>")
                .append(c.currency() == null ? "RUB" : c.currency())
                .append("</code></currency></priceInfo>");
        String end = LocalDate.of(c.signDate().getYear(), 12, 31).toString();
        b.append("<executionPeriod>");
        leaf("startDate", c.signDate().toString());
        b.append("<stages><endDate>")
                .append(end)
                .append("</endDate></stages><endDate>")
                .append(end)
                .append("</endDate></executionPeriod><products>");
        List<String> codes = c.okpd2().isEmpty() ? List.of("00.00.00.000") : c.okpd2();
        for (String code : codes) {
            b.append("<product><OKPD2>");
            leaf("code", code);
            b.append("</OKPD2>");
            leaf("name", c.subject());
            leaf("price", money(c.price()));
            b.append("<quantity>1</quantity>");
            leaf("sum", money(c.price()));
            b.append("</product>");
        }
        b.append("</products><suppliers>");
        for (Supplier s : c.suppliers()) {
            supplier(s);
        }
        b.append("</suppliers>");
        if (change != null) {
            b.append("<modification><contractChange><reason><code>1</code>");
            leaf("name", change.reason());
            b.append("</reason><document><code>1</code><name>Дополнительное соглашение</name>");
            leaf("base", change.reason() == null ? "Дополнительное соглашение" : change.reason());
            leaf("documentDate", change.date().toString());
            b.append("</document></contractChange></modification>");
        }
        b.append("</ns2:contract>\n");
        w.append(b);
    }

    private void reason(String ground) {
        b.append("<singleCustomer><reason>");
        leaf("code", ground == null ? "4" : ground);
        leaf("name", "п." + (ground == null ? "4" : ground) + " ч.1 ст.93 Федерального закона № 44-ФЗ");
        b.append("</reason></singleCustomer>");
    }

    private void supplier(Supplier s) {
        b.append("<supplier>");
        if (s.kind() == Supplier.Kind.LEGAL_ENTITY) {
            b.append("<legalEntityRF><legalForm><code>12300</code></legalForm>");
            leaf("fullName", s.name());
            leaf("OKPO", "00000000");
            leaf("INN", s.inn());
            leaf("KPP", s.kpp());
            leaf("registrationDate", "2000-01-01");
            b.append("<OKTMO><code>29701000001</code></OKTMO>");
            leaf("address", s.address());
            leaf("contactEMail", s.email());
            leaf("contactPhone", s.phone());
            b.append("</legalEntityRF>");
        } else {
            b.append("<individualPersonRF>");
            leaf("lastName", s.person() == null ? s.name() : s.person().lastName());
            leaf("firstName", s.person() == null ? null : s.person().firstName());
            leaf("middleName", s.person() == null ? null : s.person().middleName());
            leaf("INN", s.inn());
            if (s.kind() == Supplier.Kind.ENTREPRENEUR) {
                leaf("isIP", "true");
            }
            leaf("registrationDate", "2000-01-01");
            b.append("<OKTMO><code>29701000001</code></OKTMO>");
            leaf("address", s.address());
            leaf("contactEMail", s.email());
            leaf("contactPhone", s.phone());
            b.append("</individualPersonRF>");
        }
        b.append("</supplier>");
    }

    /** Appends a {@code contractProcedure} with the amount paid on the change's date. */
    void execution(Writer w, ContractChange e) throws IOException {
        b.setLength(0);
        b.append("<ns2:contractProcedure schemeVersion=\"").append(SCHEME).append("\">");
        leaf("id", Long.toString(++id));
        leaf("regNum", e.regNum());
        leaf("publishDate", e.date() + "T12:00:00" + TZ);
        leaf("versionNumber", "0");
        b.append("<executions><stage><sid>1</sid></stage><ordinalNumber>1</ordinalNumber>"
                + "<finalStageExecution>true</finalStageExecution><execution><payDoc>"
                + "<documentName>Платёжное поручение</documentName>");
        leaf("documentDate", e.date().toString());
        b.append("<documentNum>1</documentNum></payDoc><currency><code>RUB</code></currency>");
        leaf("paid", money(e.price()));
        b.append("</execution></executions></ns2:contractProcedure>\n");
        w.append(b);
    }

    private void leaf(String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        b.append('<').append(name).append('>');
        escapeInto(value);
        b.append("</").append(name).append('>');
    }

    private void escapeInto(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> b.append(ch);
            }
        }
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String dateTime(LocalDateTime t) {
        return t == null ? null : t + ":00" + TZ;
    }

    static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
