package ru.probity.procurement.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.probity.procurement.affiliation.CompanyHistory;
import ru.probity.procurement.affiliation.Conflict;
import ru.probity.procurement.affiliation.ContractChecker;
import ru.probity.procurement.affiliation.Finding;
import ru.probity.procurement.affiliation.FindingsJsonWriter;
import ru.probity.procurement.affiliation.RegistryBuilder;
import ru.probity.procurement.affiliation.RegistryIndex;
import ru.probity.procurement.affiliation.Staff;
import ru.probity.procurement.affiliation.StaffCsvReader;
import ru.probity.procurement.affiliation.StaffFileException;
import ru.probity.procurement.eis.ContractTableReader;
import ru.probity.procurement.eis.EisContractReader;
import ru.probity.procurement.eis.EisFileException;
import ru.probity.procurement.eis.EisProtocolReader;
import ru.probity.procurement.fns.FnsCsvReader;
import ru.probity.procurement.fns.FnsRegisterReader;
import ru.probity.procurement.fns.RegisterFileException;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.names.Confidence;

/**
 * {@code java -jar probity.jar check --registry … --contracts … --people people.csv [--protocols …]
 * --out findings.jsonl}: reads the files, checks every contract against the registers and the
 * customers' people, writes one JSON line per finding and prints a summary. Stateless: nothing is
 * stored, for auditors and for measurement.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Проверка контрактов на аффилированность и конфликт интересов (44-ФЗ ст.31 ч.1 п.9, 273-ФЗ ст.10).")
public final class CheckCommand implements Callable<Integer> {

    @Option(
            names = "--registry",
            arity = "1..*",
            required = true,
            description = "Файлы или каталоги ЕГРЮЛ/ЕГРИП (XML) и реестров в CSV")
    List<Path> registry;

    @Option(
            names = "--contracts",
            arity = "1..*",
            required = true,
            description = "Файлы или каталоги контрактов ЕИС (XML) или таблиц (CSV, XLSX)")
    List<Path> contracts;

    @Option(names = "--people", required = true, description = "Сотрудники и родственники (CSV)")
    Path people;

    @Option(names = "--protocols", arity = "0..*", description = "Файлы или каталоги протоколов ЕИС (XML)")
    List<Path> protocols = List.of();

    @Option(names = "--out", required = true, description = "Куда записать находки (JSON Lines)")
    Path out;

    @Option(
            names = "--former-tie-years",
            defaultValue = "3",
            description = "Сколько лет учитывать прежние связи (по умолчанию ${DEFAULT-VALUE})")
    int formerTieYears;

    @Option(names = "--threads", defaultValue = "0", description = "Потоков проверки (0 — по числу ядер)")
    int threads;

    private final PrintStream console = System.out;

    @Override
    public Integer call() throws IOException {
        try {
            return run();
        } catch (RegisterFileException e) {
            return fail(e.userMessage(), e.getMessage());
        } catch (EisFileException e) {
            return fail(e.userMessage(), e.getMessage());
        } catch (StaffFileException e) {
            return fail(e.getMessage(), e.getMessage());
        } catch (BatchInputException e) {
            return fail(e.russian(), e.getMessage());
        }
    }

    private int run() throws IOException {
        long start = System.nanoTime();
        RegistryIndex index = readRegisters();
        long registersRead = System.nanoTime();
        Staff staff = StaffCsvReader.read(people);
        List<Protocol> protocolList = readProtocols();
        List<Contract> contractList = readContracts();
        long inputRead = System.nanoTime();
        long cpuBefore = processCpuNanos();

        ContractChecker checker = new ContractChecker(protocolList, formerTieYears);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<Finding> findings = checker.checkAll(contractList, staff, index, workers);
        long checked = System.nanoTime();
        long cpuChecked = processCpuNanos();

        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new FindingsJsonWriter(writer).writeAll(findings);
        }
        long written = System.nanoTime();

        console.printf(
                "Реестры: компаний %d, лиц %d, связей %d (%.1f с)%n",
                index.companyCount(), index.personCount(), index.tieCount(), seconds(start, registersRead));
        console.printf(
                "Сотрудники и родственники: %d; протоколов: %d; контрактов: %d (%.1f с)%n",
                staff.people().size(), protocolList.size(), contractList.size(), seconds(registersRead, inputRead));
        console.printf(
                "Проверено контрактов: %d за %.2f с (процессорное время %.2f с, потоков %d, нагрузка %.1f)%n",
                contractList.size(),
                seconds(inputRead, checked),
                seconds(cpuBefore, cpuChecked),
                workers,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        console.printf(
                "Находок: %d — %s; конфликтов (контракт, должностное лицо, лицо) %d%n",
                findings.size(), breakdown(findings), Conflict.of(findings).size());
        console.printf(
                "Записано в %s (%.1f с). Всего %.1f с%n", out, seconds(checked, written), seconds(start, written));
        return 0;
    }

    /** Several extracts of a company (in one or several files) make one record with its ended ties. */
    private RegistryIndex readRegisters() throws IOException {
        RegistryBuilder builder = RegistryIndex.builder();
        Map<String, Object> companies = new java.util.HashMap<>();
        java.util.function.Consumer<Company> collect = company -> companies.merge(company.inn(), company, (a, b) -> {
            List<Company> extracts = a instanceof Company single ? new ArrayList<>(List.of(single)) : extracts(a);
            extracts.add((Company) b);
            return extracts;
        });
        for (Path file : InputFiles.expand(registry, ".xml", ".csv")) {
            try (InputStream in = Files.newInputStream(file)) {
                if (InputFiles.hasExtension(file, ".csv")) {
                    FnsCsvReader.read(in, file.getFileName().toString(), collect, builder::add);
                } else {
                    FnsRegisterReader.read(in, file.getFileName().toString(), collect, builder::add);
                }
            }
        }
        companies
                .values()
                .forEach(v -> builder.add(v instanceof Company single ? single : CompanyHistory.current(extracts(v))));
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static List<Company> extracts(Object value) {
        return (List<Company>) value;
    }

    private List<Protocol> readProtocols() {
        List<Protocol> list = new ArrayList<>();
        EisProtocolReader reader = new EisProtocolReader();
        for (Path file : InputFiles.expand(protocols, ".xml")) {
            list.addAll(reader.read(file));
        }
        return list;
    }

    private List<Contract> readContracts() {
        List<Contract> list = new ArrayList<>();
        EisContractReader xml = new EisContractReader();
        ContractTableReader table = new ContractTableReader();
        for (Path file : InputFiles.expand(contracts, ".xml", ".csv", ".xlsx")) {
            if (InputFiles.hasExtension(file, ".xml")) {
                xml.read(file, list::add);
            } else {
                var result = table.read(file);
                if (!result.ok()) {
                    throw new BatchInputException(
                            "Файл " + file.getFileName() + ": "
                                    + result.errors().getFirst(),
                            "File " + file.getFileName() + ": "
                                    + result.errors().size() + " bad rows");
                }
                list.addAll(result.contracts());
            }
        }
        return list;
    }

    private static String breakdown(List<Finding> findings) {
        Map<Confidence, Integer> byConfidence = new EnumMap<>(Confidence.class);
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        for (Finding f : findings) {
            byConfidence.merge(f.confidence(), 1, Integer::sum);
            byRule.merge(f.rule().code(), 1, Integer::sum);
        }
        return "по правилам " + byRule + ", по уверенности " + byConfidence;
    }

    private int fail(String russian, String english) {
        System.err.println("Ошибка: " + russian);
        System.err.println("Error: " + english);
        return 2;
    }

    /**
     * The CPU time of the whole process (all threads, the JIT compiler and GC included): on a shared
     * machine a steadier measure of the check's cost than the wall-clock time; -1 if unknown.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
