package ru.probity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import ru.probity.notifications.NotificationKind;

/**
 * Issue 16, "polish what users see", for the XLSX exports as {@link PageTextTest} does for pages:
 * every export of the registers and statistics, downloaded by the demo's regional and municipal
 * roles, holds in its cells no enum name of the code, no English word outside the allowed proper
 * names, and no demo login where a person's name belongs.
 */
class ExportTextTest extends IntegrationTest {

    private static final Pattern ENUM_STYLE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern E_MAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");

    /** Exports whose rows are texts people wrote, checked in their headers only. */
    private static final Set<String> AUTHORED = Set.of("/training/questions/export.xlsx");

    private List<String> exports() {
        int year = LocalDate.now().getYear();
        List<String> urls = new ArrayList<>(List.of(
                "/findings/export.xlsx",
                "/procurement/coverage.xlsx",
                "/people/export.xlsx",
                "/commission/statistics.xlsx",
                "/notifications/statistics.xlsx",
                "/declarations/reports.xlsx?year=" + year,
                "/declarations/findings.xlsx?year=" + year,
                "/declarations/reports.xlsx?year=" + (year - 1),
                "/declarations/findings.xlsx?year=" + (year - 1),
                "/reports/statistics.xlsx",
                "/acts/register.xlsx",
                "/acts/statistics.xlsx",
                "/training/events/statistics.xlsx",
                "/training/questions/export.xlsx"));
        for (NotificationKind kind : NotificationKind.values()) {
            urls.add("/notifications/journal.xlsx?kind=" + kind.name());
        }
        jdbc.sql("select id from knowledge_test order by id limit 3")
                .query(Long.class)
                .list()
                .forEach(id -> urls.add("/training/tests/" + id + "/analysis.xlsx"));
        return urls;
    }

    @Test
    void everyExportSpeaksRussianAndNamesPeople() throws Exception {
        Set<String> enumNames = PageTextTest.enumConstantNames();
        List<String> problems = new ArrayList<>();
        int workbooks = 0;
        for (String account : List.of("region.admin", "region.auditor", "kaluga.officer")) {
            for (String url : exports()) {
                MockHttpServletResponse response = mvc.perform(
                                get(URI.create(url)).with(as(account)))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 200) {
                    continue;
                }
                workbooks++;
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
                    for (Sheet sheet : book) {
                        check(
                                account + " " + url + " «" + sheet.getSheetName() + "»: ",
                                sheet.getSheetName(),
                                enumNames,
                                problems);
                        for (Row row : sheet) {
                            if (AUTHORED.contains(url) && row.getRowNum() > 0) {
                                continue; // what the bank's authors wrote (accepted answers like «N 273-ФЗ»)
                            }
                            for (Cell cell : row) {
                                if (cell.getCellType() == CellType.STRING) {
                                    check(
                                            account + " " + url + " " + cell.getAddress() + ": ",
                                            cell.getStringCellValue(),
                                            enumNames,
                                            problems);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(workbooks).as("exports downloaded").isGreaterThan(20);
        assertThat(problems).as("exports with raw codes, English or logins").isEmpty();
    }

    private static void check(String where, String text, Set<String> enumNames, List<String> problems) {
        Set<String> found = new TreeSet<>();
        Matcher enumStyle = ENUM_STYLE.matcher(text);
        while (enumStyle.find()) {
            found.add(enumStyle.group());
        }
        String plain = URL.matcher(E_MAIL.matcher(text).replaceAll(" ")).replaceAll(" ");
        Matcher latin = LATIN_WORD.matcher(plain);
        while (latin.find()) {
            String word = latin.group();
            if (!PageTextTest.ALLOWED_LATIN.contains(word) || enumNames.contains(word)) {
                found.add(word);
            }
        }
        if (!found.isEmpty()) {
            problems.add(where + "latin/codes " + found + " in «" + abbreviate(text) + "»");
        }
        for (String login : PageTextTest.DEMO_ACCOUNTS) {
            if (text.contains(login)) {
                problems.add(where + "login " + login + " in «" + abbreviate(text) + "»");
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
