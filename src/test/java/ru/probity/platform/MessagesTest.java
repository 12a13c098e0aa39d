package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All page text comes from the message bundle: every key a template uses exists there. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void everyMessageKeyUsedInTemplatesIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    if (!bundle.containsKey(keys.group(1))) {
                        missing.add(template.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A key defined twice is a silent bug: {@link Properties} keeps the last one, so the text a page
     * shows depends on which helper's block came last in a merge.
     */
    @Test
    void everyKeyIsDefinedOnce() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/messages.properties"))) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyRoleOrganizationKindAndAuditActionHasARussianLabel() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var role : ru.probity.access.Role.values()) {
            assertThat(bundle).containsKey("role." + role);
        }
        for (var kind : ru.probity.org.OrganizationKind.values()) {
            assertThat(bundle).containsKey("org.kind." + kind);
        }
        for (var action : ru.probity.audit.AccessAction.values()) {
            assertThat(bundle).containsKey("audit.action." + action);
        }
    }
}
