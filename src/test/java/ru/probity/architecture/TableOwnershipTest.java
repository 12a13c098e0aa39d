package ru.probity.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every module's SQL touches only its own tables (those its migrations under
 * {@code db/migration/<module>/} create) and the read-only surface other modules publish
 * ({@link #PUBLISHED}); nobody outside org looks at the tree's storage ({@code path like}). Reads the
 * sources, because the statements are text blocks (docs/architecture.md, "Tables and their owners").
 */
class TableOwnershipTest {

    /** What a module lets others read (never write): module → its tables and views. */
    static final Map<String, Set<String>> PUBLISHED = Map.of(
            "org", Set.of("organization", "employee", "employee_post_period", "relative", "org_subtree"),
            "accounts", Set.of("app_user"),
            "platform", Set.of("event_publication"));

    /**
     * Tables a module may also read and write: Spring Session's, owned by platform, whose sessions
     * accounts ends when an account is disabled or its password changed.
     */
    static final Map<String, Set<String>> SHARED_WRITES =
            Map.of("accounts", Set.of("spring_session", "spring_session_attributes"));

    private static final Path SOURCES = Path.of("src/main/java/ru/probity");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern CREATED = Pattern.compile(
            "create\\s+(?:unlogged\\s+)?(?:table|(?:or\\s+replace\\s+)?view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|copy)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH_LIKE = Pattern.compile("path\\s+like", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> OWNER = new TreeMap<>();

    @BeforeAll
    static void readMigrations() throws IOException {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String module = MIGRATIONS.relativize(file).getName(0).toString();
                Matcher m = CREATED.matcher(Files.readString(file));
                while (m.find()) {
                    OWNER.putIfAbsent(m.group(1).toLowerCase(), module);
                }
            }
        }
    }

    @Test
    void migrationsAreFoundAndOwned() {
        assertThat(OWNER).containsEntry("organization", "org").containsEntry("app_user", "accounts");
        assertThat(OWNER).hasSizeGreaterThan(50);
    }

    @Test
    void everyModuleReadsOnlyItsOwnTablesAndThePublishedOnes() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachSource((module, file, sql) -> {
            Matcher m = READ.matcher(sql);
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                String owner = OWNER.get(table);
                if (owner != null
                        && !owner.equals(module)
                        && !PUBLISHED.getOrDefault(owner, Set.of()).contains(table)
                        && !SHARED_WRITES.getOrDefault(module, Set.of()).contains(table)) {
                    violations.add(module + " reads " + owner + "'s " + table + " in " + file);
                }
            }
        });
        assertThat(violations).as("reads of other modules' private tables").isEmpty();
    }

    @Test
    void everyModuleWritesOnlyItsOwnTables() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachSource((module, file, sql) -> {
            Matcher m = WRITTEN.matcher(sql);
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                String owner = OWNER.get(table);
                if (owner != null
                        && !owner.equals(module)
                        && !SHARED_WRITES.getOrDefault(module, Set.of()).contains(table)) {
                    violations.add(module + " writes " + owner + "'s " + table + " in " + file);
                }
            }
        });
        assertThat(violations).as("writes to other modules' tables").isEmpty();
    }

    @Test
    void onlyOrgLooksAtTheTreesPaths() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachSource((module, file, sql) -> {
            if (!module.equals("org") && PATH_LIKE.matcher(sql).find()) {
                violations.add(file.toString());
            }
        });
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql"))
                    .filter(f -> !MIGRATIONS.relativize(f).getName(0).toString().equals("org"))
                    .filter(f -> {
                        try {
                            return PATH_LIKE.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .forEach(f -> violations.add(f.toString()));
        }
        assertThat(violations)
                .as("'path like' outside org: use the org_subtree view (docs/architecture.md)")
                .isEmpty();
    }

    interface SourceVisitor {
        void visit(String module, Path file, String code);
    }

    /** Each main source file with its module, comments removed (they may say "update" or "from"). */
    private static void forEachSource(SourceVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class and the commands: no SQL
                }
                visitor.visit(relative.getName(0).toString(), relative, withoutComments(Files.readString(file)));
            }
        }
    }

    private static String withoutComments(String source) {
        StringBuilder kept = new StringBuilder(source.length());
        boolean inBlock = false;
        for (String line : source.split("\n", -1)) {
            String trimmed = line.strip();
            if (inBlock) {
                if (trimmed.contains("*/")) {
                    inBlock = false;
                }
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inBlock = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.startsWith("//") || trimmed.startsWith("--")) {
                continue;
            }
            kept.append(line).append('\n');
        }
        return kept.toString();
    }
}
