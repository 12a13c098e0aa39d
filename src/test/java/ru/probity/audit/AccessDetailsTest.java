package ru.probity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every phrase the modules write into the access log's details has its Russian text. */
class AccessDetailsTest {

    @Test
    void everyPhraseHasItsRussianText() throws IOException {
        Properties bundle = new Properties();
        try (var in = new InputStreamReader(
                AccessDetailsTest.class.getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        for (String phrase : AccessDetails.PHRASES) {
            String text = bundle.getProperty("audit.details." + AccessDetails.key(phrase));
            assertThat(text).as(phrase).isNotBlank();
            assertThat(text.replace("XLSX", "").replace("API", "")).as(phrase).doesNotContainPattern("[A-Za-z]");
        }
        assertThat(AccessDetails.key("export.xlsx: nothing")).isEqualTo("export-xlsx-nothing");
    }
}
