package ru.probity.procurement.eis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;

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
 *       {@code middleName} directly or under {@code nameInfo}, and {@code role/name}.
 * </ul>
 */
final class ProtocolXml {

    private static final List<String> DATE_PATHS = List.of(
            "protocolDate",
            "commonInfo/procedureDT",
            "signDate",
            "commonInfo/signDT",
            "publishDate",
            "commonInfo/publishDTInEIS");

    private final String fileName;
    private final int startLine;
    private String purchaseNumber;
    private String protocolNumber;
    private final String[] dates = new String[DATE_PATHS.size()];
    private final int[] dateLines = new int[DATE_PATHS.size()];
    private String customerInn;
    private String customerName;
    private String commissionName;
    private final List<CommissionMember> members = new ArrayList<>();
    private String lastName;
    private String firstName;
    private String middleName;
    private String role;

    private ProtocolXml(String fileName, int startLine) {
        this.fileName = fileName;
        this.startLine = startLine;
    }

    static Protocol read(XMLStreamReader r, String fileName) throws XMLStreamException {
        ProtocolXml p = new ProtocolXml(fileName, Xml.line(r));
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    path.add(r.getLocalName());
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (path.isEmpty()) {
                        return p.build();
                    }
                    p.end(path, Xml.clean(text), Xml.line(r));
                    text.setLength(0);
                    path.removeLast();
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new EisFileException(
                            fileName, Xml.line(r), 0, "файл оборвался внутри протокола", "unexpected end of file");
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private void end(List<String> path, String value, int line) {
        String local = path.getLast();
        int member = path.indexOf("commissionMember");
        if (member >= 0 && path.contains("commissionMembers")) {
            if (member == path.size() - 1) {
                if (lastName != null || firstName != null) {
                    members.add(new CommissionMember(new PersonName(lastName, firstName, middleName), role));
                }
                lastName = firstName = middleName = role = null;
            } else if (value != null) {
                String rest = String.join("/", path.subList(member + 1, path.size()));
                switch (rest) {
                    case "lastName", "nameInfo/lastName" -> lastName = value;
                    case "firstName", "nameInfo/firstName" -> firstName = value;
                    case "middleName", "nameInfo/middleName" -> middleName = value;
                    case "role/name" -> role = value;
                    default -> {
                        // member number, role id, right to vote
                    }
                }
            }
            return;
        }
        if (value == null || path.contains("protocolLot") || path.contains("applications")) {
            return; // participants' data are not the protocol's own
        }
        String joined = String.join("/", path);
        int dateIndex = DATE_PATHS.indexOf(joined);
        if (dateIndex >= 0) {
            dates[dateIndex] = value;
            dateLines[dateIndex] = line;
            return;
        }
        switch (joined) {
            case "purchaseNumber", "commonInfo/purchaseNumber" -> purchaseNumber = value;
            case "protocolNumber", "commonInfo/docNumber" -> protocolNumber = value;
            case "commission/commissionName", "commissionInfo/commissionName" -> commissionName = value;
            default -> organizer(path, local, value);
        }
    }

    private void organizer(List<String> path, String local, String value) {
        boolean publisher = path.contains("publisherOrg");
        boolean other = path.contains("customer") || path.contains("responsibleOrg");
        if (!publisher && !other || path.size() > 4) {
            return;
        }
        if (("INN".equals(local) || "inn".equals(local)) && (customerInn == null || publisher)) {
            customerInn = value;
        } else if ("fullName".equals(local) && (customerName == null || publisher)) {
            customerName = value;
        }
    }

    private Protocol build() {
        if (purchaseNumber == null) {
            throw new EisFileException(
                    fileName,
                    startLine,
                    0,
                    "в протоколе не указан номер закупки",
                    "protocol without a purchase number");
        }
        LocalDate date = null;
        for (int i = 0; i < dates.length && date == null; i++) {
            if (dates[i] != null) {
                try {
                    date = Xml.date(dates[i]);
                } catch (DateTimeParseException e) {
                    throw new EisFileException(
                            fileName,
                            dateLines[i],
                            0,
                            "неверная дата протокола «" + dates[i] + "»",
                            "invalid protocol date '" + dates[i] + "'");
                }
            }
        }
        return new Protocol(
                purchaseNumber, protocolNumber, date, customerInn, customerName, commissionName, List.copyOf(members));
    }
}
