package ru.probity.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.probity.monitoring.model.ValueKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default monitoring form, kept as the resource {@code monitoring/default-form.json}: sections
 * of indicators following the Минтруд methodology (docs/monitoring.md «The default form»).
 */
@Component
class DefaultForm {

    static final String RESOURCE = "monitoring/default-form.json";

    record Indicator(
            String code,
            String kind,
            String name,
            String definition,
            String legalBasis,
            String source,
            Boolean required) {}

    record Section(String title, List<Indicator> indicators) {}

    record Content(String title, String source, List<Section> sections) {}

    private final Content content;

    DefaultForm(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.content = json.readValue(in, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default form's title, without its period. */
    String title() {
        return content.title();
    }

    /** Its indicators in order, each with its section. */
    List<IndicatorInput> indicators() {
        List<IndicatorInput> all = new ArrayList<>();
        for (Section section : content.sections()) {
            for (Indicator i : section.indicators()) {
                all.add(new IndicatorInput(
                        section.title(),
                        i.code(),
                        i.name(),
                        ValueKind.valueOf(i.kind()),
                        i.definition(),
                        i.legalBasis() == null || i.legalBasis().isBlank() ? null : i.legalBasis(),
                        i.source(),
                        i.required() == null || i.required()));
            }
        }
        return all;
    }
}
