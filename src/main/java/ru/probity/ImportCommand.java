package ru.probity;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.org.PeopleImport;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.StartupProblem;
import ru.probity.procurement.ContractChecks;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.RegisterImport;
import ru.probity.procurement.UploadJob;
import ru.probity.procurement.UploadJobs;
import ru.probity.procurement.batch.BatchInputException;
import ru.probity.procurement.batch.InputFiles;

/**
 * {@code java -jar probity.jar import --as USER [--people …] [--registry …] [--contracts …]}: the
 * uploads of the web pages from the command line, into the product's database (the same data
 * directory or external database options as {@code run}). Each file is all or nothing, attributed
 * to the named user and limited by his rights; the imported contracts, and those the new people or
 * registers made stale, are checked at the end.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Загрузка файлов в базу Probity из командной строки — как загрузка на страницах, от имени пользователя.",
            "Остальные параметры (--probity.data-dir=…, --spring.datasource.url=…) — как у запуска сервера."
        })
final class ImportCommand implements Callable<Integer> {

    @Option(
            names = "--as",
            required = true,
            paramLabel = "ПОЛЬЗОВАТЕЛЬ",
            description = "Пользователь Probity, от имени которого загружаются файлы; нужны его права на загрузку")
    String username;

    @Option(
            names = "--people",
            arity = "1..*",
            description = "Сотрудники и родственники: XLSX или CSV формата «Импорт сотрудников»")
    List<Path> people = List.of();

    @Option(
            names = "--registry",
            arity = "1..*",
            description = "Выписки ЕГРЮЛ/ЕГРИП (XML), реестры в CSV, архивы ZIP с ними; файлы или каталоги")
    List<Path> registry = List.of();

    @Option(
            names = {"--contracts", "--protocols", "--notices"},
            arity = "1..*",
            description = "Документы ЕИС (XML): контракты, извещения, протоколы, исполнение и изменения контрактов;"
                    + " таблицы контрактов (CSV, XLSX); архивы ZIP")
    List<Path> contracts = List.of();

    @Option(names = "--no-check", description = "Не проверять контракты после загрузки")
    boolean noCheck;

    /** Options of the application ({@code --probity.data-dir=…}), set apart by {@link BatchCommands}. */
    List<String> springOptions = new ArrayList<>();

    private final PrintStream console = System.out;

    @Override
    public Integer call() {
        List<Path> peopleFiles;
        List<Path> registryFiles;
        List<Path> contractFiles;
        try {
            peopleFiles = InputFiles.expand(people, ".xlsx", ".csv");
            registryFiles = InputFiles.expand(registry, ".xml", ".csv", ".zip");
            contractFiles = InputFiles.expand(contracts, ".xml", ".csv", ".xlsx", ".zip");
        } catch (BatchInputException e) {
            System.err.println("Ошибка: " + e.russian());
            return 2;
        }
        if (peopleFiles.isEmpty() && registryFiles.isEmpty() && contractFiles.isEmpty()) {
            System.err.println("Ошибка: не названо ни одного файла (--people, --registry, --contracts)");
            return 2;
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ProbityApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties("logging.level.root=WARN", "logging.level.ru.probity=WARN")
                    .run(springOptions.toArray(String[]::new));
        } catch (Throwable failure) {
            StartupProblem.report(failure);
            return 3;
        }
        try (context) {
            return run(context, peopleFiles, registryFiles, contractFiles);
        } catch (IOException e) {
            // the path is the one the user typed; the system's reason stays in English in the log
            org.slf4j.LoggerFactory.getLogger(ImportCommand.class).warn("Import: cannot read a file", e);
            System.err.println("Ошибка чтения файла"
                    + (e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                            ? " «" + f.getFile() + "»: нет такого файла или нет доступа к нему"
                            : ": файл недоступен"));
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int run(
            ConfigurableApplicationContext context,
            List<Path> peopleFiles,
            List<Path> registryFiles,
            List<Path> contractFiles)
            throws IOException {
        UserDetails account;
        try {
            account = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            System.err.println("Ошибка: пользователь «" + username + "» не найден");
            return 2;
        }
        if (!account.isEnabled() || !account.isAccountNonLocked()) {
            System.err.println("Ошибка: пользователь «" + username + "» отключён или заблокирован");
            return 2;
        }
        CurrentUser user = ((CurrentUserHolder) account).currentUser();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        if (!user.role().managesRegistry()) {
            System.err.println("Ошибка: у пользователя «" + username + "» нет права загружать файлы");
            return 2;
        }
        MessageSource messages = context.getBean(MessageSource.class);
        Locale ru = RussianFormats.LOCALE;
        boolean allOk = true;

        PeopleImport peopleImport = context.getBean(PeopleImport.class);
        for (Path file : peopleFiles) {
            PeopleImport.Report report;
            try (InputStream in = Files.newInputStream(file)) {
                report = peopleImport.importFile(user, file.getFileName().toString(), in);
            }
            if (report.ok()) {
                console.println(file + ": "
                        + messages.getMessage(
                                "import.counts",
                                new Object[] {report.added(), report.updated(), report.relatives()},
                                ru));
            } else {
                allOk = false;
                console.println(messages.getMessage(
                        "import.rejected", new Object[] {file, report.errors().size()}, ru));
                report.problems().stream().limit(50).forEach(problem -> console.println("  " + problem));
            }
        }

        UploadJobs uploads = context.getBean(UploadJobs.class);
        if (!registryFiles.isEmpty()) {
            UploadJob job = uploads.prepare(user, UploadJob.Kind.REGISTERS, registryFiles);
            runShowingProgress(uploads, user, job, registryFiles);
            for (RegisterImport.Outcome o : job.registerOutcomes()) {
                allOk &= o.ok();
                console.println(
                        o.ok()
                                ? messages.getMessage(
                                        "registers.imported",
                                        new Object[] {o.fileName(), o.companies(), o.entrepreneurs(), o.newExtracts()},
                                        ru)
                                : messages.getMessage("registers.refused", new Object[] {o.problem()}, ru));
                if (o.ok() && o.pending()) {
                    console.println(messages.getMessage("registers.imported.pending", null, ru));
                }
                if (o.ok() && o.outranked() > 0) {
                    console.println(
                            messages.getMessage("registers.imported.outranked", new Object[] {o.outranked()}, ru));
                }
            }
            printSpeed(job);
        }
        if (!contractFiles.isEmpty()) {
            UploadJob job = uploads.prepare(user, UploadJob.Kind.CONTRACTS, contractFiles);
            runShowingProgress(uploads, user, job, contractFiles);
            for (ContractImport.Outcome o : job.contractOutcomes()) {
                allOk &= o.ok();
                console.println(
                        o.ok()
                                ? messages.getMessage(
                                        "procurement.imported.documents",
                                        new Object[] {
                                            o.fileName(), o.contracts(), o.notices(), o.protocols(), o.changes()
                                        },
                                        ru)
                                : messages.getMessage("registers.refused", new Object[] {o.problem()}, ru));
                if (o.ok() && o.skipped() > 0) {
                    console.println(
                            messages.getMessage("procurement.imported.skipped", new Object[] {o.skipped()}, ru));
                }
            }
            if (job.run() != null) {
                console.println(describe(messages, ru, job.run()));
            }
        }
        if (!noCheck) {
            ContractChecks checks = context.getBean(ContractChecks.class);
            List<Long> stale = checks.stale();
            if (!stale.isEmpty()) {
                console.println(describe(messages, ru, checks.check(stale)));
            }
        }
        return allOk ? 0 : 1;
    }

    /** Runs the job here and prints its progress on stderr every few seconds. */
    private void runShowingProgress(UploadJobs uploads, CurrentUser user, UploadJob job, List<Path> files) {
        Thread reporter = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!job.done()) {
                    Thread.sleep(3000);
                    if (!job.done()) {
                        System.err.printf(
                                Locale.ROOT,
                                "... %d %% (%.1f of %.1f MB)%n",
                                job.percent(),
                                job.readBytes() / 1048576.0,
                                job.totalBytes() / 1048576.0);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        uploads.runNow(user, job, files);
        reporter.interrupt();
    }

    /** Read, parsed and stored in the database: the figure of the import benchmark. */
    private void printSpeed(UploadJob job) {
        double seconds =
                java.time.Duration.between(job.started(), job.finished()).toMillis() / 1000.0;
        double megabytes = job.totalBytes() / 1_000_000.0;
        console.printf(
                Locale.ROOT,
                "Загружено %.1f МБ за %.1f с (%.1f МБ/с)%n",
                megabytes,
                seconds,
                seconds > 0 ? megabytes / seconds : 0);
    }

    private static String describe(MessageSource messages, Locale ru, ContractChecks.Run run) {
        return messages.getMessage(
                "procurement.run",
                new Object[] {
                    run.contracts(),
                    run.checked(),
                    run.notChecked(),
                    run.findings(),
                    run.took().toMillis()
                },
                ru);
    }
}
