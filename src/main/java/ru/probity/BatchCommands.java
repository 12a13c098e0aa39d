package ru.probity;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import ru.probity.procurement.batch.CheckCommand;
import ru.probity.procurement.generator.EvaluateCommand;
import ru.probity.procurement.generator.GenerateCommand;

/**
 * Subcommands of the jar for batch work, run without the web application: {@code java -jar
 * probity.jar check …}. Anything else starts the web application.
 */
final class BatchCommands {

    private static final Map<String, Supplier<Callable<Integer>>> COMMANDS =
            Map.of("check", CheckCommand::new, "generate", GenerateCommand::new, "evaluate", EvaluateCommand::new);

    private BatchCommands() {}

    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    static int run(String[] args) {
        return new CommandLine(COMMANDS.get(args[0]).get())
                .setCommandName("java -jar probity.jar " + args[0])
                .execute(Arrays.copyOfRange(args, 1, args.length));
    }
}
