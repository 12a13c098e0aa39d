package ru.probity.reports;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import ru.probity.sealing.MasterKey;

/**
 * The settings of the reports ({@code probity.reports.*}, docs/reports.md); {@code jobs-interval}
 * (PT1H) is read by the jobs' schedule itself.
 *
 * @param passphrase the secret of the reports' key-encryption key (e.g. {@code
 *     PROBITY_REPORTS_PASSPHRASE}); blank: the key file holds it
 * @param masterKeyFile the key file; by default {@code <data-dir>/keys/reports-master.key}
 * @param kdfIterations PBKDF2 iterations of a new keyring
 * @param maxFileMb the largest file of a report, a message or an answer
 * @param maxRequestMb the largest post of the anonymous public reception ({@link PublicUploadLimit})
 * @param uploadsAtOnce anonymous posts read at the same time
 * @param powBits the proof of work of the public forms, in zero bits
 * @param submissionsPerClient reports one client may send in the throttle's window
 * @param receiptFailuresPerClient failed receipt look-ups of one client before the work grows
 * @param remindDaysBefore how many days before a term the assignee is reminded
 * @param retentionYears how long a closed report is kept before its content may be destroyed by an
 *     act after expert review, counted from 1 January of the year after it was closed (Перечень
 *     Росархива №236: обращения граждан — 5 лет ЭПК); nothing is deleted automatically
 */
@ConfigurationProperties("probity.reports")
record ReportSettings(
        @DefaultValue("") String passphrase,
        Path masterKeyFile,
        @DefaultValue("600000") int kdfIterations,
        @DefaultValue("10") int maxFileMb,
        @DefaultValue("60") int maxRequestMb,
        @DefaultValue("8") int uploadsAtOnce,
        @DefaultValue("18") int powBits,
        @DefaultValue("10") int submissionsPerClient,
        @DefaultValue("5") int receiptFailuresPerClient,
        @DefaultValue("3") int remindDaysBefore,
        @DefaultValue("5") int retentionYears) {

    /** Never prints the passphrase. */
    @Override
    public String toString() {
        return "ReportSettings[passphrase=" + (passphrase.isEmpty() ? "" : "***") + ", masterKeyFile=" + masterKeyFile
                + ", kdfIterations=" + kdfIterations + ", maxFileMb=" + maxFileMb + ", maxRequestMb=" + maxRequestMb
                + ", uploadsAtOnce=" + uploadsAtOnce + ", powBits=" + powBits + ", submissionsPerClient="
                + submissionsPerClient + ", receiptFailuresPerClient=" + receiptFailuresPerClient
                + ", remindDaysBefore=" + remindDaysBefore + ", retentionYears=" + retentionYears + "]";
    }

    /** The largest file, in bytes. */
    long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }

    /** Where the secret of the reports' key-encryption key comes from. */
    MasterKey.Settings masterKey(Path dataDir) {
        return MasterKey.Settings.of(passphrase, masterKeyFile, kdfIterations, dataDir, "reports");
    }
}
