package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 10 (docs/legal-rules.md gap 7): the digital sections of the form (§3.3–§3.5) were
 * amended by Указ №778 of 10.12.2020; Указ №968 is of 29.12.2022 and suspends publication. No
 * source, message or document cites №968 with the date of 10.12.2020 or for the digital sections.
 */
class DigitalSectionsDecreeTest {

    /** №968 (any spacing) with 10.12.2020, or near the words of the digital sections, on one line. */
    private static final Pattern WRONG = Pattern.compile(
            "№\\s?968[^\\n]{0,40}10\\.12\\.2020|10\\.12\\.2020[^\\n]{0,40}№\\s?968"
                    + "|№\\s?968[^\\n]{0,60}(цифров|digital)|(цифров|digital)[^\\n]{0,60}№\\s?968",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void noSourceCitesUkaz968ForTheDigitalSections() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String root : List.of("src/main", "docs")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(java|html|properties|md|sql|xml)$"))
                        .toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    var m = WRONG.matcher(text);
                    while (m.find()) {
                        wrong.add(f + ": " + m.group());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Files.readString(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8))
                .contains("от 10.12.2020 № 778");
    }
}
