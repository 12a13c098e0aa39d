package ru.probity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The setting of who may frame the public pages: a list of sources, nothing that ends the directive. */
class PortalSettingsTest {

    @Test
    void aListOfSourcesIsKeptAndBlankIsSelf() {
        assertThat(new PortalSettings(" 'self' https://www.kaluga-gov.ru ").frameAncestors())
                .isEqualTo("'self' https://www.kaluga-gov.ru");
        assertThat(new PortalSettings("").frameAncestors()).isEqualTo("'self'");
        assertThat(new PortalSettings(null).frameAncestors()).isEqualTo("'self'");
    }

    @Test
    void anotherDirectiveCannotBeSmuggledIn() {
        assertThatThrownBy(() -> new PortalSettings("'self'; script-src *"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortalSettings("https://a.example\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
