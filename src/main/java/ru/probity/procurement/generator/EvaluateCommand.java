package ru.probity.procurement.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar probity.jar evaluate --truth truth.csv --findings findings.jsonl [--min-recall 0.99
 * --min-precision 0.97]}: prints the scores; exit code 1 when below a threshold or when a planted
 * 44-ФЗ link is not reported under 44fz_31_1_9.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Оценка находок проверки по эталону заложенных связей (полнота и точность при high+medium).")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, description = "Эталон (truth.csv)")
    Path truth;

    @Option(names = "--findings", required = true, description = "Находки проверки (JSON Lines)")
    Path findings;

    @Option(names = "--min-recall", defaultValue = "0.99", description = "Порог полноты (${DEFAULT-VALUE})")
    double minRecall;

    @Option(names = "--min-precision", defaultValue = "0.97", description = "Порог точности (${DEFAULT-VALUE})")
    double minPrecision;

    @Override
    public Integer call() {
        Evaluation.Result result = Evaluation.evaluate(truth, findings);
        result.print(System.out);
        Path cases = truth.toAbsolutePath().resolveSibling("cases.csv");
        if (Files.exists(cases)) {
            Evaluation.printByCase(result, Evaluation.readCases(cases), System.out);
        }
        boolean ok = result.passes(minRecall, minPrecision);
        System.out.println(ok ? "Пороги выполнены." : "Ниже порога.");
        return ok ? 0 : 1;
    }
}
