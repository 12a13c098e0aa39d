package ru.probity.reports;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spent proof-of-work challenges ({@code report_pow_spent}), cluster-wide: the challenge's hash
 * with the day it expires only — never the time it was spent (issue 14, item 3).
 */
@Component
class ChallengeStore {

    private final JdbcClient jdbc;

    ChallengeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the challenge as spent; false if it was spent already. */
    boolean spend(byte[] challengeHash, LocalDate expiresOn) {
        return jdbc.sql("insert into report_pow_spent (challenge_hash, expires_on) values (?, ?)"
                                + " on conflict do nothing")
                        .params(challengeHash, expiresOn)
                        .update()
                > 0;
    }

    /** Forgets the challenges whose day of expiry is before {@code today}. */
    void forgetExpiredBefore(LocalDate today) {
        jdbc.sql("delete from report_pow_spent where expires_on < ?")
                .param(today)
                .update();
    }
}
