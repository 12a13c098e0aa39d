package ru.probity.procurement.affiliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.names.Confidence;

class FindingsJsonWriterTest {

    @Test
    void writesOneEscapedObjectPerLine() {
        StringWriter out = new StringWriter();
        Finding f = new Finding(
                "R1",
                "4027000017",
                "4027111111",
                "e1",
                "r1",
                Rule.R44_31_1_9,
                Confidence.HIGH,
                List.of(new PathStep("Петров «П»", "супруга", "ООО \"Ромашка\"\\")),
                "строка\nвторая");
        new FindingsJsonWriter(out).writeAll(List.of(f, f));

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0])
                .isEqualTo("{\"contract\":\"R1\",\"customer_inn\":\"4027000017\",\"supplier_inn\":\"4027111111\","
                        + "\"official_id\":\"e1\",\"person_id\":\"r1\",\"rule\":\"44fz_31_1_9\",\"confidence\":\"high\","
                        + "\"path\":[{\"from\":\"Петров «П»\",\"relation\":\"супруга\",\"to\":\"ООО \\\"Ромашка\\\"\\\\\"}],"
                        + "\"explanation\":\"строка\\nвторая\"}");
    }
}
