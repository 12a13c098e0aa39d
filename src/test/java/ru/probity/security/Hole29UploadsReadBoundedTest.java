package ru.probity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hole 29 (issue 20): the uploads of the plans (a report's file, an XLSX of measures) and of the
 * monitoring reports were read whole into memory ({@code getBytes()}) before any limit or any
 * right was checked, so any signed-in user could make the server hold up to the request limit
 * (512 MB) per request. Now a file over its form's limit is refused in Russian from its announced
 * size, its bytes never read.
 */
@Tag("security")
class Hole29UploadsReadBoundedTest extends SecurityTest {

    /** A file that announces 400 MB and fails the test if anything reads it. */
    private static MockMultipartFile huge(String name) {
        return new MockMultipartFile("file", name, "application/octet-stream", new byte[] {1}) {
            @Override
            public long getSize() {
                return 400L * 1024 * 1024;
            }

            @Override
            public byte[] getBytes() {
                throw new AssertionError("the bytes of an oversized upload were read");
            }

            @Override
            public InputStream getInputStream() {
                throw new AssertionError("the bytes of an oversized upload were read");
            }
        };
    }

    private long any(String sql) {
        return jdbc.sql(sql).query(Long.class).optional().orElse(1L);
    }

    @Test
    void anOversizedReportFileOfAPlanIsRefusedUnread() throws Exception {
        long plan = any("select id from anticorruption_plan order by id limit 1");
        long measure = any("select id from plan_measure order by id limit 1");
        mvc.perform(multipart("/plans/" + plan + "/measures/" + measure + "/execution")
                        .file(huge("otchet.pdf"))
                        .param("status", "EXECUTED")
                        .param("text", "Сделано")
                        .header("Referer", "/plans/" + plan)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Файл «otchet.pdf» больше 10 МБ."));
    }

    @Test
    void anOversizedWorkbookOfMeasuresIsRefusedUnread() throws Exception {
        long plan = any("select id from anticorruption_plan order by id limit 1");
        mvc.perform(multipart("/plans/" + plan + "/measures/import")
                        .file(huge("plan.xlsx"))
                        .header("Referer", "/plans/" + plan)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problem",
                                "Файл «plan.xlsx» больше 64 МБ: разделите мероприятия на несколько файлов."));
    }

    @Test
    void anOversizedFileOfAMonitoringReportIsRefusedUnread() throws Exception {
        long report = any("select id from monitoring_report order by id limit 1");
        long indicator = any("select id from monitoring_indicator where kind = 'FILE' order by id limit 1");
        mvc.perform(multipart("/monitoring/reports/" + report + "/files/" + indicator)
                        .file(huge("spravka.pdf"))
                        .header("Referer", "/monitoring/reports/" + report)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Файл «spravka.pdf» больше 50 МБ."));
    }
}
