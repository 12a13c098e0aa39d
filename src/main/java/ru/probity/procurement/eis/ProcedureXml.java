package ru.probity.procurement.eis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.procurement.model.ContractChange;

/**
 * Contract execution and termination (zfcs_contractProcedure2015Type, zfcs_contractCancel2015Type):
 *
 * <ul>
 *   <li>{@code contractProcedure}: each {@code executions/execution} is an EXECUTION with its {@code
 *       paid} amount, dated by the first {@code documentDate} of its {@code payDoc}, else of its
 *       {@code docAcceptance}/{@code docExecution}, else the document's {@code publishDate}; {@code
 *       termination} is a TERMINATION ({@code terminationDate}, {@code paid}, reason: {@code reason/name}
 *       else {@code reasonInfo}); {@code contractInvalidation} too ({@code invalidationDate}, {@code
 *       invalidationReason});
 *   <li>{@code contractCancel}: a TERMINATION dated {@code cancelDate} (else {@code publishDate}), the
 *       reason {@code documentBase}.
 * </ul>
 *
 * The contract is {@code regNum}; a document without it is a problem.
 */
final class ProcedureXml extends DocXml {

    private final String kind;
    private String regNum;
    private LocalDate published;
    private final List<ContractChange> changes = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private Pending current;
    private LocalDate cancelDate;
    private String documentBase;

    /** A change whose contract number may come later in the document. */
    private static final class Pending {
        ContractChange.Kind kind;
        LocalDate date;
        LocalDate payDate;
        LocalDate otherDate;
        BigDecimal amount;
        String reason;
        String reasonInfo;
    }

    private ProcedureXml(String fileName, int index, int startLine, String kind) {
        super(fileName, index, startLine);
        this.kind = kind;
    }

    static List<ContractChange> read(XMLStreamReader r, String fileName, int index) throws XMLStreamException {
        ProcedureXml p = new ProcedureXml(fileName, index, Xml.line(r), r.getLocalName());
        p.walk(r);
        return p.build();
    }

    @Override
    void start(String local) {
        if (depth == 2 && "execution".equals(local) && "executions".equals(names[0])
                || depth == 1 && ("termination".equals(local) || "contractInvalidation".equals(local))) {
            current = new Pending();
            current.kind = "execution".equals(local) ? ContractChange.Kind.EXECUTION : ContractChange.Kind.TERMINATION;
        }
    }

    @Override
    void end(String local, String value, int line) {
        if (current != null) {
            boolean closing = depth == 2 && "execution".equals(local) && "executions".equals(names[0])
                    || depth == 1 && ("termination".equals(local) || "contractInvalidation".equals(local));
            if (closing) {
                pending.add(current);
                current = null;
            } else if (value != null) {
                changeLeaf(local, value, line);
            }
            return;
        }
        if (value == null || depth != 1) {
            return;
        }
        switch (local) {
            case "regNum" -> regNum = value;
            case "publishDate" -> published = date(value, line);
            case "cancelDate" -> cancelDate = date(value, line);
            case "documentBase" -> documentBase = value;
            default -> {
                // the rest of the schema is not needed
            }
        }
    }

    private void changeLeaf(String local, String value, int line) {
        String parent = up(1);
        switch (local) {
            case "paid" -> {
                if (current.amount == null) {
                    current.amount = money(value, line);
                }
            }
            case "terminationDate", "invalidationDate" -> current.date = date(value, line);
            case "documentDate" -> {
                if ("payDoc".equals(parent) && current.payDate == null) {
                    current.payDate = date(value, line);
                } else if (current.otherDate == null
                        && ("docAcceptance".equals(parent) || "docExecution".equals(parent))) {
                    current.otherDate = date(value, line);
                }
            }
            case "name" -> {
                if ("reason".equals(parent) && current.reason == null) {
                    current.reason = value;
                }
            }
            case "reasonInfo", "invalidationReason" -> current.reasonInfo = value;
            default -> {
                // documents, products, currencies
            }
        }
    }

    private List<ContractChange> build() {
        if (regNum == null) {
            add(startLine, "не указан реестровый номер контракта", "contract registry number (regNum) is missing");
        }
        finish();
        if ("contractCancel".equals(kind)) {
            changes.add(new ContractChange(
                    regNum,
                    ContractChange.Kind.TERMINATION,
                    0,
                    cancelDate != null ? cancelDate : published,
                    null,
                    documentBase,
                    kind));
        }
        for (Pending p : pending) {
            LocalDate date = p.date != null ? p.date : p.payDate != null ? p.payDate : p.otherDate;
            changes.add(new ContractChange(
                    regNum,
                    p.kind,
                    0,
                    date != null ? date : published,
                    p.amount,
                    p.reason != null ? p.reason : p.reasonInfo,
                    kind));
        }
        return changes;
    }
}
