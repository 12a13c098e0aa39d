package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.reports.PublicReception;
import ru.probity.reports.engine.ProofOfWork;

/**
 * Issue 14, item 7: the reporters' channel could be shut for everyone (100 failed receipt look-ups
 * in total per 15 minutes, from any addresses, locked out every valid receipt) and the per-client
 * limit was not atomic (60 concurrent guesses, 7 processed). Now every look-up costs a proof of
 * work, a client's guesses are counted atomically before they run, and nobody's failures refuse
 * another client's receipt. Each test uses addresses of its own (the throttle is per address).
 */
@Tag("security")
class Hole07ReceiptGuessingTest extends SecurityTest {

    /** The default failed look-ups per client before its look-ups need more work. */
    private static final int PER_CLIENT = 5;

    private String receipt(String address, String text) throws Exception {
        MvcResult sent = new PublicReception(mvc, address).submit(organizationId(UGH), text);
        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        return PublicReception.receipt(sent);
    }

    @Test
    void manyClientsFailingDoNotStopAValidReceipt() throws Exception {
        String receipt = receipt("10.7.0.1", "Сообщение, код которого пытаются заблокировать.");
        // 21 addresses × 5 wrong codes = 105: past the former total limit of 100
        for (int client = 1; client <= 21; client++) {
            PublicReception guesser = new PublicReception(mvc, "10.7.1." + client);
            for (int i = 0; i < PER_CLIENT; i++) {
                guesser.lookUp("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ" + client % 10 + i);
            }
        }
        MvcResult opened = new PublicReception(mvc, "10.7.0.2").lookUp(receipt);
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        assertThat(PublicReception.html(opened)).contains("пытаются заблокировать");
    }

    @Test
    void concurrentGuessesFromOneClientAreAllCounted() throws Exception {
        PublicReception guesser = new PublicReception(mvc, "10.7.2.1");
        int n = 30;
        List<String[]> solved = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String challenge = guesser.lookUpChallenge();
            solved.add(new String[] {challenge, challenge == null ? null : ProofOfWork.solve(challenge)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String[] work = solved.get(i);
                String guess = "YYYY-YYYY-YYYY-YYYY-Y" + String.format("%03d", i);
                results.add(pool.submit(() -> {
                    start.await();
                    return guesser.lookUp(guess, work[0], work[1]).getResponse().getStatus();
                }));
            }
            start.countDown();
            int processed = 0;
            int throttled = 0;
            for (Future<Integer> result : results) {
                int status = result.get(60, TimeUnit.SECONDS);
                if (status == 404) {
                    processed++;
                } else if (status == 429) {
                    throttled++;
                }
            }
            assertThat(processed).isLessThanOrEqualTo(PER_CLIENT);
            assertThat(processed + throttled).isEqualTo(n);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLookUpWithoutWorkIsRefusedInRussian() throws Exception {
        String receipt = receipt("10.7.3.1", "Сообщение, код которого вводят без проверки защиты.");
        PublicReception lazy = new PublicReception(mvc, "10.7.3.2");
        for (MvcResult refused : List.of(
                lazy.lookUp(receipt, null, null),
                lazy.lookUp(receipt, lazy.lookUpChallenge(), "12345"),
                lazy.lookUp(receipt, "v1.forged.9999999999.1.AAAA", "0"))) {
            assertThat(refused.getResponse().getStatus()).isEqualTo(422);
            assertThat(PublicReception.html(refused))
                    .contains("Проверка защиты от автоматической рассылки не пройдена")
                    .doesNotContain("код которого вводят");
        }
        // nor can the reporter page's own forms be used to look up a receipt without the page's ticket
        MvcResult reply = lazy.reply(receipt, null, "Ответ без билета");
        assertThat(reply.getResponse().getStatus()).isEqualTo(404);
        assertThat(PublicReception.html(reply)).contains("Введите код ещё раз");
        // a spent challenge cannot be used twice
        String challenge = lazy.lookUpChallenge();
        assertThat(challenge).as("the look-up form carries a challenge").isNotNull();
        String solution = ProofOfWork.solve(challenge);
        assertThat(lazy.lookUp(receipt, challenge, solution).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(lazy.lookUp(receipt, challenge, solution).getResponse().getStatus())
                .isEqualTo(422);
    }
}
