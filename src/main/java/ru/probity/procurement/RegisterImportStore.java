package ru.probity.procurement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.procurement.RegisterImport.Provenance;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.ExtractStatus;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.RegisterFileStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements of a register import ({@link RegisterImport}): the file's record, the extracts
 * the registers hold of its INNs, the demotion of the current records it supersedes, its new
 * extracts written with COPY on the transaction's connection, and their {@code register_change}
 * rows — one statement per file and table.
 */
@Repository
class RegisterImportStore {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String[] COMPANY_COLUMNS = {
        "inn",
        "kpp",
        "ogrn",
        "full_name",
        "short_name",
        "address",
        "email",
        "phone",
        "registered_on",
        "terminated_on",
        "extract_date",
        "people",
        "founders",
        "managing_organizations",
        "import_id",
        "is_current",
        "search_name",
        "person_inns",
        "status",
        "scope_id",
        "unreliable_data"
    };

    private static final String[] ENTREPRENEUR_COLUMNS = {
        "inn",
        "ogrnip",
        "last_name",
        "first_name",
        "middle_name",
        "email",
        "address",
        "registered_on",
        "terminated_on",
        "extract_date",
        "import_id",
        "is_current",
        "search_name",
        "status",
        "scope_id"
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    RegisterImportStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** An extract the registers hold: region-wide, or pending for the uploader's organization. */
    record Known(long id, String inn, LocalDate extractDate, boolean current, boolean region) {}

    /**
     * The text names are searched by, stored with every extract and applied to the query: lower
     * case, ё as е, runs of spaces as one.
     */
    static String searchText(String name) {
        return WHITESPACE
                .matcher(name.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .replaceAll(" ");
    }

    /** Records a loaded file; a pending one waits for the regional administrator. */
    long newImport(
            Provenance provenance,
            String fileName,
            String kind,
            int companies,
            int entrepreneurs,
            int skipped,
            long bytes) {
        return jdbc.sql("""
                insert into register_import (file_name, kind, companies, entrepreneurs, skipped, bytes, imported_by,
                  source, organization_id, sha256, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        fileName,
                        kind,
                        companies,
                        entrepreneurs,
                        skipped,
                        bytes,
                        provenance.actor(),
                        provenance.source().name(),
                        provenance.organizationId(),
                        provenance.sha256(),
                        (provenance.pending() ? RegisterFileStatus.PENDING : RegisterFileStatus.REGION).name())
                .query(Long.class)
                .single();
    }

    /**
     * The extracts of the INNs held region-wide and, for a pending file ({@code pendingScope} its
     * organization, else null), those pending for the same organization.
     */
    void known(RegisterTable table, String[] inns, Long pendingScope, Consumer<Known> extract) {
        jdbc.sql(
                        "select id, inn, extract_date, is_current, status, scope_id from " + table.table()
                                + " where inn = any(:inns) and (status = 'REGION' or (status = 'PENDING' and scope_id = :scope))")
                .param("inns", inns)
                .param("scope", pendingScope != null ? pendingScope : -1L)
                .query((rs, n) -> {
                    extract.accept(new Known(
                            rs.getLong("id"),
                            rs.getString("inn"),
                            rs.getDate("extract_date").toLocalDate(),
                            rs.getBoolean("is_current"),
                            ExtractStatus.REGION.name().equals(rs.getString("status"))));
                    return n;
                })
                .list();
    }

    /** No longer the current records of their INNs. */
    void demote(RegisterTable table, Collection<Long> ids) {
        jdbc.sql("update " + table.table() + " set is_current = false where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .update();
    }

    /** Writes new company extracts of the file; {@code current} tells those that become current. */
    int copyCompanies(List<Company> companies, long importId, Predicate<Company> current, Provenance provenance) {
        return copy(
                companies,
                RegisterTable.COMPANY,
                COMPANY_COLUMNS,
                (rows, c) -> rows.text(c.inn())
                        .text(c.kpp())
                        .text(c.ogrn())
                        .text(c.fullName())
                        .text(c.shortName())
                        .text(c.address())
                        .text(c.email())
                        .text(c.phone())
                        .date(c.registeredOn())
                        .date(c.terminatedOn())
                        .date(c.extractDate())
                        .text(toJson(c.people()))
                        .text(toJson(c.founders()))
                        .text(toJson(c.managingOrganizations()))
                        .number(importId)
                        .bool(current.test(c))
                        .text(searchText(c.shortName() != null ? c.shortName() : c.fullName()))
                        .plainArray(c.people().stream()
                                .map(PersonLink::inn)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                        .text(status(provenance))
                        .text(scope(provenance))
                        .plainArray(c.unreliableData().stream()
                                .filter(code -> code.matches("[A-Z_]+"))
                                .distinct()
                                .toList()));
    }

    /** Writes new entrepreneur extracts of the file; {@code current} tells those that become current. */
    int copyEntrepreneurs(
            List<Entrepreneur> entrepreneurs, long importId, Predicate<Entrepreneur> current, Provenance provenance) {
        return copy(
                entrepreneurs,
                RegisterTable.ENTREPRENEUR,
                ENTREPRENEUR_COLUMNS,
                (rows, e) -> rows.text(e.inn())
                        .text(e.ogrnip())
                        .text(e.name().lastName())
                        .text(e.name().firstName())
                        .text(e.name().middleName())
                        .text(e.email())
                        .text(e.address())
                        .date(e.registeredOn())
                        .date(e.terminatedOn())
                        .date(e.extractDate())
                        .number(importId)
                        .bool(current.test(e))
                        .text(searchText(e.name().lastName() + " "
                                + e.name().firstName() + " "
                                + (e.name().middleName() == null ? "" : e.name().middleName())))
                        .text(status(provenance))
                        .text(scope(provenance)));
    }

    /**
     * A pending file: a PENDING change for each of its new extracts, with the region-wide record it
     * would contradict.
     */
    void recordPending(RegisterTable table, long importId, Provenance provenance) {
        jdbc.sql("insert into register_change (actor, kind, inn, action, import_id, extract_id, previous_id, scope_id)"
                        + " select :actor, :kind, t.inn, 'PENDING', :import, t.id, r.id, :scope from "
                        + table.table()
                        + " t left join " + table.table() + " r on r.inn = t.inn and r.is_current"
                        + " where t.import_id = :import order by t.id")
                .param("actor", provenance.actor())
                .param("kind", table.name())
                .param("import", importId)
                .param("scope", provenance.organizationId())
                .update();
    }

    /**
     * A region-wide file: a CURRENT change for every INN whose current record it replaced, with the
     * one before ({@code superseded}: INN → extract id).
     */
    void recordCurrent(RegisterTable table, long importId, String actor, Map<String, Long> superseded) {
        jdbc.sql("insert into register_change (actor, kind, inn, action, import_id, extract_id, previous_id)"
                        + " select :actor, :kind, t.inn, 'CURRENT', :import, t.id, p.previous from " + table.table()
                        + " t"
                        + " left join unnest(cast(:inns as text[]), cast(:previous as bigint[])) p(inn, previous)"
                        + " on p.inn = t.inn where t.import_id = :import and t.is_current order by t.id")
                .param("actor", actor)
                .param("kind", table.name())
                .param("import", importId)
                .param("inns", superseded.keySet().toArray(String[]::new))
                .param("previous", superseded.values().toArray(Long[]::new))
                .update();
    }

    /** Writes the rows with COPY on the transaction's connection. */
    private <T> int copy(List<T> extracts, RegisterTable table, String[] columns, BiConsumer<CopyRows, T> row) {
        if (extracts.isEmpty()) {
            return 0;
        }
        Long written = template.execute((ConnectionCallback<Long>) connection -> {
            try (CopyRows rows = new CopyRows(connection, table.table(), columns)) {
                for (T extract : extracts) {
                    row.accept(rows, extract);
                    rows.endRow();
                }
                return rows.finish();
            }
        });
        return written == null ? 0 : written.intValue();
    }

    private static String status(Provenance provenance) {
        return (provenance.pending() ? ExtractStatus.PENDING : ExtractStatus.REGION).name();
    }

    /** The organization a pending extract counts for, as COPY text; none for a region-wide one. */
    private static String scope(Provenance provenance) {
        return provenance.pending() ? String.valueOf(provenance.organizationId()) : null;
    }

    private String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
