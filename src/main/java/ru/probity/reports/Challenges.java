package ru.probity.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.reports.engine.ProofOfWork;
import ru.probity.sealing.Sealing;

/**
 * Proof-of-work challenges for the public forms (the report form and the receipt look-up); a solved
 * challenge is spent once, cluster-wide. A spent challenge is remembered by its hash with the day it
 * expires only — never the time it was spent, which would time a submission or a look-up (issue 14,
 * item 3). Also the reporter's page tickets: proof that a receipt was looked up with work done, so
 * that the page's own forms (reply, files) need no new work and cannot be used to guess receipts.
 */
@Component
class Challenges {

    private static final Duration LIFETIME = Duration.ofHours(2);
    private static final Duration TICKET_LIFETIME = Duration.ofHours(6);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final ReportKeys keys;
    private final ChallengeStore store;
    private final int bits;
    private final RegionTime regionTime;

    Challenges(ReportKeys keys, ChallengeStore store, ReportSettings settings, RegionTime regionTime) {
        this.regionTime = regionTime;
        this.keys = keys;
        this.store = store;
        this.bits = settings.powBits();
    }

    /** The configured difficulty, in zero bits. */
    int bits() {
        return bits;
    }

    String issue() {
        return issue(bits);
    }

    /** A challenge of a given difficulty (never below the configured one). */
    String issue(int wanted) {
        return ProofOfWork.challenge(
                keys.powKey(), Math.max(bits, wanted), Instant.now().plus(LIFETIME));
    }

    /**
     * Checks and spends a solved challenge; refuses a wrong, expired or spent one. Returns the
     * difficulty it was solved at.
     */
    int spend(String challenge, String solution) {
        ProofOfWork.Verdict verdict = ProofOfWork.verify(keys.powKey(), challenge, solution, Instant.now());
        int solved = ProofOfWork.bits(challenge);
        if (verdict != ProofOfWork.Verdict.VALID || solved < bits) {
            throw Refusal.invalid("reports.error.pow");
        }
        // the day the challenge expires (set when it was issued), not when it was spent
        LocalDate expiresOn = regionTime.at(ProofOfWork.expires(challenge)).toLocalDate();
        if (!store.spend(sha256(challenge), expiresOn)) {
            throw Refusal.invalid("reports.error.pow");
        }
        return solved;
    }

    /** Spent challenges whose day of expiry has passed are forgotten. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    void forgetExpired() {
        store.forgetExpiredBefore(regionTime.today());
    }

    /** A ticket for the reporter's page of a receipt just opened with work done. */
    String ticket(String normalizedReceipt) {
        long expires = Instant.now().plus(TICKET_LIFETIME).getEpochSecond();
        return expires + "." + B64.encodeToString(ticketMac(normalizedReceipt, expires));
    }

    /** Whether the ticket was issued for this receipt and has not expired. */
    boolean validTicket(Optional<String> normalizedReceipt, String ticket) {
        if (normalizedReceipt.isEmpty() || ticket == null || ticket.length() > 100) {
            return false;
        }
        int dot = ticket.indexOf('.');
        try {
            long expires = Long.parseLong(ticket.substring(0, Math.max(dot, 0)));
            byte[] mac = Base64.getUrlDecoder().decode(ticket.substring(dot + 1));
            return Instant.now().getEpochSecond() <= expires
                    && MessageDigest.isEqual(mac, ticketMac(normalizedReceipt.get(), expires));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] ticketMac(String receipt, long expires) {
        return Sealing.hmac(
                keys.powKey(), ("receipt-ticket." + receipt + "." + expires).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
