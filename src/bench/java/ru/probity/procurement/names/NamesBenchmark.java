package ru.probity.procurement.names;

import java.util.Random;
import ru.probity.procurement.model.PersonName;

/**
 * Normalizes 1,000,000 generated names (random case, a tenth in upper case as registers write them)
 * and prints the throughput. Run: {@code java -cp target/classes:target/test-classes
 * ru.probity.procurement.names.NamesBenchmark}.
 */
public final class NamesBenchmark {

    private NamesBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(7);
        PersonName[] names = new PersonName[n];
        for (int i = 0; i < n; i++) {
            PersonName p = DeclinedNames.next(random).declined();
            names[i] = i % 10 == 0
                    ? new PersonName(
                            p.lastName().toUpperCase(),
                            p.firstName().toUpperCase(),
                            p.middleName().toUpperCase())
                    : p;
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (PersonName p : names) {
                sink += PersonNames.normalize(p).last().length();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d names in %.2f s = %,.0f names/s%n", round + 1, n, seconds, n / seconds);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
