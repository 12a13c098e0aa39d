package ru.probity.declarations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import ru.probity.declarations.spravki.NotAPackageException;
import ru.probity.declarations.spravki.ReadWarning;
import ru.probity.declarations.spravki.Spravka;
import ru.probity.declarations.spravki.SpravkiPackage;
import ru.probity.declarations.spravki.SpravkiReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar probity.jar declarations read FILE...}: reads «Справки БК» packages ({@code .xsb}
 * or decoded XML) without a database and prints one JSON document (issue 17, item 5). Exit codes:
 * 0 every file read, 1 some file refused (the reasons on stderr, in Russian), 2 bad arguments.
 */
@Command(
        name = "declarations",
        mixinStandardHelpOptions = true,
        description = "Справки о доходах из файлов «Справки БК» без базы данных.",
        subcommands = {DeclarationsCommand.Read.class})
public final class DeclarationsCommand implements Callable<Integer> {

    /** Where the JSON goes (UTF-8) and where the refusals go; the launcher's are the console's. */
    public OutputStream out = System.out;

    public PrintStream err = System.err;

    @Override
    public Integer call() {
        new CommandLine(this)
                .setCommandName("java -jar probity.jar declarations")
                .usage(err);
        return 2;
    }

    /** Bad arguments: the reason, the usage of the (sub)command, exit code 2. */
    public static int badArguments(CommandLine.ParameterException e, String[] args) {
        PrintStream err = e.getCommandLine().getCommand() instanceof Read read
                ? read.parent.err
                : e.getCommandLine().getCommand() instanceof DeclarationsCommand d ? d.err : System.err;
        err.println("Неверные аргументы: " + e.getMessage());
        e.getCommandLine().usage(err);
        return 2;
    }

    @Command(
            name = "read",
            mixinStandardHelpOptions = true,
            description = "Прочитать пакеты (.xsb или XML) и вывести один документ JSON: лица, число строк"
                    + " каждого раздела, сумма доходов, предупреждения.")
    static final class Read implements Callable<Integer> {

        @CommandLine.ParentCommand
        DeclarationsCommand parent;

        @Parameters(arity = "1..*", paramLabel = "ФАЙЛ", description = "Файлы пакетов (.xsb или .xml)")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            SpravkiReader reader = new SpravkiReader();
            List<Object> read = new ArrayList<>();
            boolean refused = false;
            for (Path file : files) {
                try {
                    SpravkiPackage p = reader.read(file);
                    read.add(json(file.toString(), p));
                    for (ReadWarning w : p.warnings()) {
                        parent.err.println("Файл «" + file + "»: " + w);
                    }
                } catch (NotAPackageException e) {
                    refused = true;
                    parent.err.println(e.getMessage().replace("«" + e.file() + "»", "«" + file + "»"));
                } catch (NoSuchFileException e) {
                    refused = true;
                    parent.err.println("Файл «" + file + "» не найден.");
                } catch (IOException e) {
                    refused = true;
                    parent.err.println("Файл «" + file + "» не удалось прочитать: " + e.getMessage());
                }
            }
            JsonMapper mapper = JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();
            byte[] json = mapper.writeValueAsBytes(Map.of("files", read));
            parent.out.write(json);
            parent.out.write('\n');
            parent.out.flush();
            return refused ? 1 : 0;
        }
    }

    /** The layout of issue 17, item 5, field by field in that order. */
    static Map<String, Object> json(String file, SpravkiPackage p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", file);
        f.put("program", p.program());
        List<Object> declarations = new ArrayList<>();
        for (Spravka s : p.declarations()) {
            Map<String, Object> d = new LinkedHashMap<>();
            Spravka.Person person = s.person();
            d.put("filed_for", s.filedFor() == null ? null : s.filedFor().code());
            d.put("last_name", person == null ? null : person.lastName());
            d.put("first_name", person == null ? null : person.firstName());
            d.put("middle_name", person == null ? null : person.middleName());
            d.put(
                    "birth_date",
                    person == null || person.birthDate() == null
                            ? null
                            : person.birthDate().toString());
            d.put(
                    "period_start",
                    s.periodStart() == null ? null : s.periodStart().toString());
            d.put("period_end", s.periodEnd() == null ? null : s.periodEnd().toString());
            d.put("income_total", s.incomeTotal().toPlainString());
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("income", s.income().size());
            counts.put("expenses", s.expenses().size());
            counts.put("real_estate", s.realEstate().size());
            counts.put("vehicles", s.vehicles().size());
            counts.put("digital_assets", s.digitalAssets().size());
            counts.put("utility_digital_rights", s.utilityDigitalRights().size());
            counts.put("digital_currency", s.digitalCurrency().size());
            counts.put("accounts", s.accounts().size());
            counts.put("shares", s.shares().size());
            counts.put("other_securities", s.otherSecurities().size());
            counts.put("estate_in_use", s.estateInUse().size());
            counts.put("obligations", s.obligations().size());
            counts.put("gifts", s.gifts().size());
            d.put("counts", counts);
            d.put("warnings", s.warnings().stream().map(ReadWarning::toString).toList());
            declarations.add(d);
        }
        f.put("declarations", declarations);
        return f;
    }
}
