package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Issue 18, item 4: {@code probity.declarations.expense-control.minor-children-from} — empty by
 * default (never: 230-ФЗ ст.3 as written), a date turns on the minor children's income from the
 * periods that begin on or after it.
 */
class ExpenseControlSettingsTest {

    private static DeclarationSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("probity.declarations", DeclarationSettings.class);
    }

    @Test
    void theMinorChildrenAreCountedOnlyWhenADateIsSet() {
        assertThat(bind(Map.of()).checks().minorChildrenFrom()).isNull();
        assertThat(bind(Map.of()).checks().countsMinorChildren(2030)).isFalse();
        assertThat(bind(Map.of("probity.declarations.expense-control.minor-children-from", ""))
                        .checks()
                        .minorChildrenFrom())
                .isNull();
        var from2026 = bind(Map.of("probity.declarations.expense-control.minor-children-from", "2026-01-01"))
                .checks();
        assertThat(from2026.minorChildrenFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(from2026.countsMinorChildren(2025)).isFalse();
        assertThat(from2026.countsMinorChildren(2026)).isTrue();
    }
}
