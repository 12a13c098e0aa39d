package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

/** The filter forms of the coverage and the findings, bound as records: empty fields mean "any". */
class ProcurementFiltersTest extends IntegrationTest {

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCoverageFormWithEmptyFieldsIsTheWholeSubtreeAndItsValuesAreShownBack() throws Exception {
        assertThat(page("kaluga.officer", "/procurement?organization=&from=&to="))
                .contains("coverage-export");
        long ugh = organizationId(UGH);
        assertThat(page("kaluga.officer", "/procurement?organization=" + ugh + "&from=2024-01-01&to=2024-12-31"))
                .contains("value=\"2024-01-01\"")
                .contains("value=\"2024-12-31\"");
        mvc.perform(get("/procurement/coverage.xlsx?organization=&from=2024-01-01&to=")
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void theFindingsFormWithEmptyFieldsShowsEverythingAndItsValuesAreShownBack() throws Exception {
        assertThat(page("kaluga.officer", "/findings?status=&rule=&confidence=&organization=&q="))
                .contains("finding-counts");
        assertThat(mvc.perform(get("/findings")
                                .param("status", "NEW")
                                .param("q", " Дорстрой ")
                                .with(as("kaluga.officer")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"Дорстрой\"");
        mvc.perform(get("/findings/export.xlsx?status=&confidence=ALL").with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }
}
