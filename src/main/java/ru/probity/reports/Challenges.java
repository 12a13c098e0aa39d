package ru.probity.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.reports.engine.ProofOfWork;

/** Proof-of-work challenges for the public forms; a solved challenge is spent once, cluster-wide. */
@Component
class Challenges {

    private static final Duration LIFETIME = Duration.ofHours(2);

    private final ReportKeys keys;
    private final JdbcClient jdbc;
    private final int bits;

    Challenges(ReportKeys keys, JdbcClient jdbc, @Value("${probity.reports.pow-bits:18}") int bits) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.bits = bits;
    }

    String issue() {
        return ProofOfWork.challenge(keys.powKey(), bits, Instant.now().plus(LIFETIME));
    }

    /** Checks and spends a solved challenge; refuses a wrong, expired or spent one. */
    void spend(String challenge, String solution) {
        ProofOfWork.Verdict verdict = ProofOfWork.verify(keys.powKey(), challenge, solution, Instant.now());
        if (verdict != ProofOfWork.Verdict.VALID || ProofOfWork.bits(challenge) < bits) {
            throw new ReportRefused("reports.error.pow");
        }
        int inserted = jdbc.sql("insert into report_pow_spent (challenge_hash, expires_at) values (?, ?)"
                        + " on conflict do nothing")
                .params(sha256(challenge), OffsetDateTime.now(ZoneOffset.UTC).plus(LIFETIME))
                .update();
        if (inserted == 0) {
            throw new ReportRefused("reports.error.pow");
        }
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    void forgetExpired() {
        jdbc.sql("delete from report_pow_spent where expires_at < now()").update();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
