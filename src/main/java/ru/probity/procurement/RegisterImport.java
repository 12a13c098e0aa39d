package ru.probity.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.procurement.fns.FnsCsvReader;
import ru.probity.procurement.fns.FnsRegisterReader;
import ru.probity.procurement.fns.ReadSummary;
import ru.probity.procurement.fns.RegisterFileException;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;

/**
 * Imports register files (ЕГРЮЛ/ЕГРИП XML, the registers CSV) all or nothing: the whole file is
 * read and checked first, then stored in one transaction. Every extract is kept, with the file it
 * came from (who, when, from which source and organization, the file's SHA-256).
 *
 * <p>Files of the regional administrator and of the configured official feed accounts
 * ({@code probity.registers.official-feed-accounts}) are region-wide at once: the newest of their
 * extracts of an INN is the region-wide current record. A file uploaded by anyone else (a
 * municipality, an institution) is pending: its extracts count only for the checks of the
 * uploader's organization subtree, and there only for companies the region-wide registers do not
 * hold, until the regional administrator accepts the file ({@link RegisterReview}). Re-importing
 * the same extract changes nothing. Every change of a record is written to register_change.
 */
@Service
public class RegisterImport {

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    /** Where a file came from, most trusted first. */
    public enum Source {
        /** The configured official feed (or the demo). */
        OFFICIAL,
        /** Loaded by the regional administrator. */
        REGIONAL,
        /** Uploaded by a municipality or an institution: pending until accepted. */
        MUNICIPAL
    }

    /** Who loaded a file, from which source, for which organization's subtree. */
    record Provenance(Source source, Long organizationId, String sha256, String actor) {
        boolean pending() {
            return source == Source.MUNICIPAL;
        }
    }

    private final RegisterImportStore store;
    private final Set<String> officialFeeds;

    RegisterImport(RegisterImportStore store, RegisterSettings settings) {
        this.store = store;
        this.officialFeeds = settings.officialFeeds();
    }

    /**
     * What one file brought: counts, or the reason it was refused. {@code pending}: the file is a
     * municipal one, waiting for the regional administrator; {@code outranked}: of its new
     * extracts, those that do not count even for the uploader's checks, since the region-wide
     * registers hold the company from a better source.
     */
    public record Outcome(
            String fileName,
            int companies,
            int entrepreneurs,
            int newExtracts,
            String problem,
            boolean pending,
            int outranked) {
        public Outcome(String fileName, int companies, int entrepreneurs, int newExtracts, String problem) {
            this(fileName, companies, entrepreneurs, newExtracts, problem, false, 0);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** What storing a file did. */
    record Stored(int added, int outranked) {}

    @Transactional
    public Outcome importFile(CurrentUser user, String fileName, InputStream content) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not import registers");
        }
        List<Company> companies = new ArrayList<>();
        List<Entrepreneur> entrepreneurs = new ArrayList<>();
        ReadSummary summary;
        String kind;
        MessageDigest sha256 = sha256();
        // the readers may close what they read; the rest of the file is still to be hashed
        try (DigestInputStream in = new DigestInputStream(content, sha256) {
            @Override
            public void close() {
                // closed by the caller
            }
        }) {
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                kind = "CSV";
                summary = FnsCsvReader.read(in, fileName, companies::add, entrepreneurs::add);
            } else {
                kind = "FNS_XML";
                summary = FnsRegisterReader.read(in, fileName, companies::add, entrepreneurs::add);
            }
            // the hash is of the whole file, also of what follows the last document
            in.transferTo(OutputStream.nullOutputStream());
        } catch (RegisterFileException e) {
            return new Outcome(fileName, 0, 0, 0, e.userMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a file without dates (the CSV carries none) states the companies as of the day it is loaded
        LocalDate today = LocalDate.now(); // the region's zone is the JVM's default
        companies.replaceAll(c -> c.extractDate() != null ? c : c.asOf(today, c.people()));
        entrepreneurs.replaceAll(e -> e.extractDate() != null ? e : e.asOf(today));
        Source source = officialFeeds.contains(user.username().toLowerCase(Locale.ROOT))
                ? Source.OFFICIAL
                : user.role() == Role.REGIONAL_ADMIN ? Source.REGIONAL : Source.MUNICIPAL;
        Provenance provenance = new Provenance(
                source, user.organizationId(), HexFormat.of().formatHex(sha256.digest()), user.username());
        Stored stored =
                store(provenance, fileName, kind, companies, entrepreneurs, summary.bytes(), summary.skippedFounders());
        return new Outcome(
                fileName,
                companies.size(),
                entrepreneurs.size(),
                stored.added(),
                null,
                provenance.pending(),
                stored.outranked());
    }

    /**
     * Stores extracts read elsewhere (the demo) as the official source, region-wide, in the
     * caller's transaction; returns how many were new.
     */
    @Transactional
    public int store(
            String source,
            String kind,
            List<Company> companies,
            List<Entrepreneur> entrepreneurs,
            long bytes,
            int skipped,
            String actor) {
        return store(
                        new Provenance(Source.OFFICIAL, null, null, actor),
                        source,
                        kind,
                        companies,
                        entrepreneurs,
                        bytes,
                        skipped)
                .added();
    }

    private Stored store(
            Provenance provenance,
            String source,
            String kind,
            List<Company> companies,
            List<Entrepreneur> entrepreneurs,
            long bytes,
            int skipped) {
        long importId =
                store.newImport(provenance, source, kind, companies.size(), entrepreneurs.size(), skipped, bytes);
        long start = System.nanoTime();
        Stored first = storeCompanies(companies, importId, provenance);
        Stored second = storeEntrepreneurs(entrepreneurs, importId, provenance);
        int added = first.added() + second.added();
        log.info(
                "Stored {} new of {} companies and {} entrepreneurs of {} ({}, {}) in {} ms",
                added,
                companies.size(),
                entrepreneurs.size(),
                source,
                provenance.source(),
                provenance.actor(),
                (System.nanoTime() - start) / 1_000_000);
        return new Stored(added, first.outranked() + second.outranked());
    }

    private Stored storeCompanies(List<Company> companies, long importId, Provenance provenance) {
        Plan<Company> plan = plan(RegisterTable.COMPANY, companies, Company::inn, Company::extractDate, provenance);
        int added = plan.rows().isEmpty() ? 0 : store.copyCompanies(plan.rows(), importId, plan::current, provenance);
        recordChanges(RegisterTable.COMPANY, importId, provenance, plan);
        return new Stored(added, plan.outranked());
    }

    private Stored storeEntrepreneurs(List<Entrepreneur> entrepreneurs, long importId, Provenance provenance) {
        Plan<Entrepreneur> plan = plan(
                RegisterTable.ENTREPRENEUR, entrepreneurs, Entrepreneur::inn, Entrepreneur::extractDate, provenance);
        int added =
                plan.rows().isEmpty() ? 0 : store.copyEntrepreneurs(plan.rows(), importId, plan::current, provenance);
        recordChanges(RegisterTable.ENTREPRENEUR, importId, provenance, plan);
        return new Stored(added, plan.outranked());
    }

    /**
     * One statement per file and table: a region-wide file writes a CURRENT change for every INN
     * whose region-wide current record it replaced (with the one before); a pending file a PENDING
     * change for each of its new extracts (with the region-wide record it would contradict).
     */
    private void recordChanges(RegisterTable table, long importId, Provenance provenance, Plan<?> plan) {
        if (plan.rows().isEmpty()) {
            return;
        }
        if (provenance.pending()) {
            store.recordPending(table, importId, provenance);
        } else {
            store.recordCurrent(table, importId, provenance.actor(), plan.superseded());
        }
    }

    /**
     * What a file changes, decided before anything is written: the extracts not yet stored (an
     * extract is an INN and a date — among the region-wide ones, and for a municipal file also among
     * its organization's pending ones; a file may repeat one), and, for a
     * region-wide file, which of them become current — the newest of its INN, when newer than the
     * INN's region-wide current one. Those are demoted first, so that every row is written once,
     * with its flag, and nothing is rewritten. A pending file's extracts are never the region-wide
     * current record; those of INNs the region holds are counted as outranked.
     */
    private <T> Plan<T> plan(
            RegisterTable table,
            List<T> extracts,
            Function<T, String> inn,
            Function<T, LocalDate> extractDate,
            Provenance provenance) {
        Map<String, Set<LocalDate>> stored = new HashMap<>();
        Map<String, LocalDate> current = new HashMap<>();
        Map<String, Long> currentId = new HashMap<>();
        Set<String> regionHolds = new HashSet<>();
        String[] inns = extracts.stream().map(inn).distinct().toArray(String[]::new);
        store.known(table, inns, provenance.pending() ? provenance.organizationId() : null, known -> {
            String key = known.inn();
            LocalDate date = known.extractDate();
            if (known.region()) {
                regionHolds.add(key);
            }
            // a pending file also skips what the region already holds of that date
            stored.computeIfAbsent(key, k -> new HashSet<>()).add(date);
            if (known.current()) {
                current.put(key, date);
                currentId.put(key, known.id());
            }
        });
        List<T> rows = new ArrayList<>();
        Map<String, T> newest = new HashMap<>();
        int outranked = 0;
        for (T extract : extracts) {
            String key = inn.apply(extract);
            LocalDate date = extractDate.apply(extract);
            if (stored.computeIfAbsent(key, k -> new HashSet<>()).add(date)) {
                rows.add(extract);
                if (provenance.pending()) {
                    outranked += regionHolds.contains(key) ? 1 : 0;
                    continue;
                }
                T before = newest.get(key);
                LocalDate inDatabase = current.get(key);
                if ((before == null || extractDate.apply(before).isBefore(date))
                        && (inDatabase == null || inDatabase.isBefore(date))) {
                    newest.put(key, extract);
                }
            }
        }
        Map<String, Long> superseded = new HashMap<>();
        newest.keySet().stream().filter(currentId::containsKey).forEach(key -> superseded.put(key, currentId.get(key)));
        if (!superseded.isEmpty()) {
            store.demote(table, superseded.values());
        }
        Set<T> becomeCurrent = Collections.newSetFromMap(new IdentityHashMap<>());
        becomeCurrent.addAll(newest.values());
        return new Plan<>(rows, becomeCurrent, superseded, outranked);
    }

    /**
     * The new extracts of a file, those of them that become current, the region-wide current
     * records they replace (INN → extract id), and the pending ones the region outranks.
     */
    private record Plan<T>(List<T> rows, Set<T> becomeCurrent, Map<String, Long> superseded, int outranked) {
        boolean current(T extract) {
            return becomeCurrent.contains(extract);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
