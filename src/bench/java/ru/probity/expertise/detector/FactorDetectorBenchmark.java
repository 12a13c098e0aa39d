package ru.probity.expertise.detector;

import java.util.List;

/**
 * The detector on a 100-page act (about 250 000 characters: the clauses of a municipal regulation
 * repeated), for docs/expertise-detector.md. Run: {@code java -cp target/classes:target/test-classes
 * ru.probity.expertise.detector.FactorDetectorBenchmark}.
 */
public final class FactorDetectorBenchmark {

    static final String CLAUSES = """
            2.%d. Администрация вправе отказать в выдаче разрешения в случаях, предусмотренных пунктом 2.8 настоящего регламента.
            1) заявление по форме согласно приложению 1;
            2) копия документа, удостоверяющего личность заявителя, и иные документы;
            Заявитель вправе представить документы по собственной инициативе. Срок рассмотрения заявления не может превышать 30 календарных дней со дня его регистрации.
            Специалист отдела своевременно информирует заявителя о ходе рассмотрения заявления в установленном порядке.
            Решение об отказе направляется заявителю в течение 3 рабочих дней с указанием причин отказа и порядка его обжалования.
            """;

    private FactorDetectorBenchmark() {}

    static String act(int pages) {
        StringBuilder text = new StringBuilder();
        int clause = 1;
        while (text.length() < pages * 2500) {
            text.append(CLAUSES.formatted(clause++));
        }
        return text.toString();
    }

    public static void main(String[] args) {
        String act = act(100);
        FactorDetector detector = new FactorDetector();
        List<Hint> hints = List.of();
        for (int i = 0; i < 5; i++) {
            hints = detector.scan(act);
        }
        int runs = 10;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            hints = detector.scan(act);
        }
        long ms = (System.nanoTime() - start) / runs / 1_000_000;
        System.out.printf("%d characters, %d hints, %d ms per scan%n", act.length(), hints.size(), ms);
    }
}
