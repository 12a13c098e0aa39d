package ru.probity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import ru.probity.accounts.AccountsCommand;
import ru.probity.declarations.DeclarationsCommand;
import ru.probity.expertise.ExpertiseCommand;
import ru.probity.procurement.batch.CheckCommand;
import ru.probity.procurement.generator.EvaluateCommand;
import ru.probity.procurement.generator.GenerateCommand;
import ru.probity.redflags.batch.EvaluateRedFlagsCommand;
import ru.probity.redflags.batch.FlagsCommand;
import ru.probity.redflags.batch.GenerateRedFlagsCommand;

/**
 * Subcommands of the jar for batch work, run without the web server: {@code java -jar probity.jar
 * check …} (stateless), {@code import …} (into the product's database). Anything else starts the
 * web application.
 */
final class BatchCommands {

    private static final Map<String, Supplier<Callable<Integer>>> COMMANDS = Map.ofEntries(
            Map.entry("flags", FlagsCommand::new),
            Map.entry("redflags-generate", GenerateRedFlagsCommand::new),
            Map.entry("redflags-evaluate", EvaluateRedFlagsCommand::new),
            Map.entry("check", CheckCommand::new),
            Map.entry("generate", GenerateCommand::new),
            Map.entry("evaluate", EvaluateCommand::new),
            Map.entry("import", ImportCommand::new),
            Map.entry("accounts", AccountsCommand::new),
            Map.entry("declarations", DeclarationsCommand::new),
            Map.entry("expertise", ExpertiseCommand::new));

    private BatchCommands() {}

    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /**
     * A first argument that is neither an option nor a command: a typo that must not start the server
     * (the web application is started by no command at all, or by options only).
     */
    static boolean unknown(String[] args) {
        return args.length > 0 && !args[0].startsWith("-") && !COMMANDS.containsKey(args[0]);
    }

    static final String USAGE = """
            Использование / usage:
              java -jar probity.jar [--demo] [--server.port=8080] [--probity.data-dir=./data] [параметры Spring]
              java -jar probity.jar import --as ПОЛЬЗОВАТЕЛЬ [--people …] [--registry …] [--contracts …]
              java -jar probity.jar accounts unlock|reset ПОЛЬЗОВАТЕЛЬ
              java -jar probity.jar declarations read ФАЙЛ...
              java -jar probity.jar expertise scan ФАЙЛ...
              java -jar probity.jar expertise evaluate [КАТАЛОГ_КОРПУСА]
              java -jar probity.jar flags --contracts ПУТЬ... [--notices ПУТЬ...] [--protocols ПУТЬ...] [--registry ПУТЬ...] --out flags.jsonl
              java -jar probity.jar redflags-generate --help
              java -jar probity.jar redflags-evaluate --help
              java -jar probity.jar check --help
              java -jar probity.jar generate --help
              java -jar probity.jar evaluate --help""";

    static int run(String[] args) {
        List<String> own = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            (isSpringOption(arg) ? spring : own).add(arg);
        }
        Callable<Integer> command = COMMANDS.get(args[0]).get();
        if (command instanceof ImportCommand importCommand) {
            importCommand.springOptions = spring;
        } else if (command instanceof AccountsCommand accountsCommand) {
            accountsCommand.springOptions = spring;
            accountsCommand.application = ProbityApplication.class;
        } else {
            own.addAll(spring);
        }
        CommandLine line = new CommandLine(command).setCommandName("java -jar probity.jar " + args[0]);
        if (command instanceof DeclarationsCommand) {
            line.setParameterExceptionHandler(DeclarationsCommand::badArguments);
        }
        if (command instanceof ExpertiseCommand) {
            line.setParameterExceptionHandler(ExpertiseCommand::badArguments);
        }
        return line.execute(own.toArray(String[]::new));
    }

    /** {@code --probity.data-dir=…}, {@code --spring.datasource.url=…}: a property for the application. */
    static boolean isSpringOption(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
    }
}
