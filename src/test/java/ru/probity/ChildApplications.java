package ru.probity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The product started in a child JVM by a test (durability, time zone): waiting for it. */
public final class ChildApplications {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ChildApplications() {}

    /** Waits until the application at {@code base} is ready; fails when it exits or takes too long. */
    public static void awaitReady(String base, Process process, Duration timeout, String whereItLogs)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application exited with " + process.exitValue() + " (" + whereItLogs + ")");
            }
            try {
                HttpResponse<Void> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become ready in time");
    }
}
