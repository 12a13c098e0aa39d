package ru.probity.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of subject written to the access log has its Russian name for the journal page
 * ({@code audit.subject.<KIND>}): a kind without one broke the page of the regional administrator.
 */
class AccessLogSubjectsTest {

    private static final Pattern CONSTANT = Pattern.compile("\\bSUBJECT\\s*=\\s*\"([A-Za-z_-]+)\"");
    private static final Pattern LITERAL =
            Pattern.compile("accessLog\\.record(?:Each)?\\(\\s*AccessAction\\.[A-Z_]+,\\s*\"([A-Za-z_-]+)\"");

    @Test
    void everySubjectKindWrittenToTheAccessLogHasItsRussianName() throws IOException {
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {CONSTANT, LITERAL}) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        kinds.add(m.group(1));
                    }
                }
            }
        }
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(kinds).isNotEmpty();
        assertThat(kinds)
                .filteredOn(kind -> !messages.containsKey("audit.subject." + kind))
                .as("access log subject kinds without audit.subject.<KIND> in messages.properties")
                .isEmpty();
    }
}
