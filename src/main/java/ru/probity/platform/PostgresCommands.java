package ru.probity.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the extracted PostgreSQL programs ({@code initdb}, {@code pg_ctl}, {@code postgres
 * --single}), each as the account the server runs as. Part of {@link EmbeddedPostgresServer}.
 *
 * @param binaries where {@link PostgresBinaries#extract()} put the binaries
 * @param runAs the {@code setpriv} prefix when started by root ({@link UnprivilegedAccount}), else empty
 */
record PostgresCommands(Path binaries, List<String> runAs) {

    String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    void exec(List<String> command) {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(command);
        run(full);
    }

    /** Runs SQL in PostgreSQL's single-user mode (the server must be stopped); its text goes on stdin. */
    void singleUser(Path cluster, String database, String sql) {
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of(bin("postgres"), "--single", "-D", cluster.toString(), database));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var in = process.getOutputStream()) {
                in.write((sql + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: PostgreSQL in single-user mode");
            }
            if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                // the statement holds a verifier, not the password; still, keep it out of the message
                throw new IllegalStateException("PostgreSQL in single-user mode failed (" + process.exitValue() + "): "
                        + output.lines()
                                .filter(l -> l.contains("ERROR:") || l.contains("FATAL:"))
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: PostgreSQL in single-user mode", e);
        }
    }

    /** Runs a command as this JVM's account; its output, or an exception with it if it failed. */
    static String run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "Command failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }
}
