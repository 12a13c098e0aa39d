package ru.probity.declarations;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.probity.ProbityApplication;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/**
 * The batch import of «Справки БК» packages (issue 17: 500 packages in ≤ 60 s): the application
 * started in this JVM with {@code --demo} on a fresh data directory (no web server), 500 employees
 * created in УГХ (each in his own institution, obliged in УГХ's campaign of the sample's year, his
 * spouse and children in the registry), 500 packages made from the sample with their names and
 * СНИЛС, zipped, and the ZIP imported as ugh.officer through {@link SpravkiBatches} — what the
 * campaign page's upload calls: stored whole as a batch, then filed file by file (here in this
 * thread; the ZIP held in memory: the HTTP upload is not on the clock). Only the import is on the
 * clock; the data directory is deleted at the end. See docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.probity.declarations.SpravkiImportBenchmark [-Dexec.args="500 family-three.xml"]
 * </pre>
 */
public final class SpravkiImportBenchmark {

    private static final String[] LAST = {
        "Абрамов", "Белов", "Воронов", "Гусев", "Давыдов", "Ершов", "Жуков", "Зайцев", "Ильин", "Козлов",
        "Лебедев", "Медведев", "Носов", "Осипов", "Панов", "Рябов", "Соколов", "Титов", "Уваров", "Фролов",
        "Харитонов", "Цветков", "Чернов", "Шилов", "Щукин"
    };
    private static final String[] FIRST = {
        "Алексей", "Борис", "Василий", "Глеб", "Денис", "Евгений", "Захар", "Игорь", "Кирилл", "Леонид",
        "Максим", "Никита", "Олег", "Пётр", "Роман", "Семён", "Тимур", "Фёдор", "Юрий", "Ярослав"
    };

    private SpravkiImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        String sample = args.length > 1 ? args[1] : "family-three.xml";
        if (count > LAST.length * FIRST.length) {
            throw new IllegalArgumentException("at most " + LAST.length * FIRST.length + " packages");
        }
        Path dataDir = Files.createTempDirectory("spravki-bench-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ProbityApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.ru.probity=WARN")
                .run("--demo", "--probity.data-dir=" + dataDir)) {
            System.out.printf(Locale.ROOT, "application with the demo region started in %.1f s%n", seconds(start));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long ugh = jdbc.sql("select organization_id from app_user where username = 'ugh.officer'")
                    .query(Long.class)
                    .single();

            long prepare = System.nanoTime();
            Map<String, byte[]> entries = new LinkedHashMap<>();
            long campaign = 0;
            for (int i = 0; i < count; i++) {
                String last = LAST[i % LAST.length];
                String first = FIRST[i / LAST.length];
                byte[] pkg = SpravkiFixture.vary(sample, last, first, 50_000 + i);
                String name = String.format(Locale.ROOT, "spravka-%03d.xsb", i);
                campaign = SpravkiFixture.place(jdbc, ugh, SpravkiFixture.read(name, pkg), true)
                        .campaign();
                entries.put(name, pkg);
            }
            byte[] zip = SpravkiFixture.zip(entries);
            System.out.printf(
                    Locale.ROOT,
                    "%d employees and packages made in %.1f s; ZIP %.1f MB (%.1f MB unpacked)%n",
                    count,
                    seconds(prepare),
                    zip.length / 1e6,
                    entries.values().stream().mapToLong(b -> b.length).sum() / 1e6);

            UserDetails account = context.getBean(UserDetailsService.class).loadUserByUsername("ugh.officer");
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
            CurrentUser officer = ((CurrentUserHolder) account).currentUser();
            SpravkiBatches batches = context.getBean(SpravkiBatches.class);

            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long clock = System.nanoTime();
            long batch = batches.store(
                    officer,
                    campaign,
                    List.of(new SpravkiImport.Upload("spravki.zip", zip.length, null, new ByteArrayResource(zip))));
            double stored = seconds(clock);
            batches.process(batch);
            List<SpravkiImport.FileResult> results =
                    batches.view(officer, batch).results();
            double took = seconds(clock);
            Map<SpravkiImport.Outcome, Integer> outcomes = new EnumMap<>(SpravkiImport.Outcome.class);
            results.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
            System.out.printf(
                    Locale.ROOT,
                    "imported %d packages in %.1f s (stored as a batch in %.1f s; %.1f packages/s); outcomes %s;"
                            + " load average %.1f before, %.1f after%n",
                    results.size(),
                    took,
                    stored,
                    results.size() / took,
                    outcomes,
                    load,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            results.stream()
                    .filter(r -> r.outcome() != SpravkiImport.Outcome.IMPORTED)
                    .limit(5)
                    .forEach(r -> System.out.println("  " + r.file() + ": " + r.outcome() + " " + r.reason()));
            System.out.printf(
                    Locale.ROOT,
                    "declarations %d, files %d%n",
                    jdbc.sql("select count(*) from declaration")
                            .query(Long.class)
                            .single(),
                    jdbc.sql("select count(*) from declaration_file")
                            .query(Long.class)
                            .single());
        } finally {
            SecurityContextHolder.clearContext();
            // the database has stopped with the context: its files go with the directory
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
