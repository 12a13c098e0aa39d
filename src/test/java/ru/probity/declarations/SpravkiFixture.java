package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.declarations.spravki.FiledFor;
import ru.probity.declarations.spravki.Spravka;
import ru.probity.declarations.spravki.SpravkiPackage;
import ru.probity.declarations.spravki.SpravkiReader;

/**
 * Fixtures of the «Справки БК» import: the samples, and the employee a sample is filed by, created
 * in a new organization under a given one with his obligation in that organization's campaign of
 * the sample's year. The demo region has no such people; an employee left by an earlier test with
 * the same names is made inactive first, so each test matches exactly one.
 */
public final class SpravkiFixture {

    private SpravkiFixture() {}

    /** Where a sample's declarant works. */
    public record Place(long organization, long employee, long campaign, long obligation, int year) {}

    public static byte[] sample(String name) {
        try (InputStream in = SpravkiFixture.class.getResourceAsStream("/spravki-bk/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpravkiPackage read(String name) {
        try {
            return new SpravkiReader().read(name, sample(name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a package given by its bytes. */
    public static SpravkiPackage read(String name, byte[] bytes) {
        try {
            return new SpravkiReader().read(name, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The XML sample {@code sampleXml} (UTF-16) filed by another person: the declarant's family name
     * (the family's, «…а» included) and first name replaced, and every СНИЛС of the package made new
     * (valid check digits) from {@code seed}; written as an {@code .xsb} container (a header, then
     * the Base64 of the UTF-32LE text).
     */
    public static byte[] vary(String sampleXml, String lastName, String firstName, long seed) {
        String xml = new String(sample(sampleXml), StandardCharsets.UTF_16);
        Spravka.Person d = declarant(read(sampleXml));
        xml = xml.replace(">" + d.lastName(), ">" + lastName)
                .replace(" " + d.lastName(), " " + lastName)
                .replace(">" + d.firstName() + "<", ">" + firstName + "<");
        Matcher m = SNILS.matcher(xml);
        StringBuilder out = new StringBuilder();
        long n = seed * 10;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + snils(n++) + "<"));
        }
        m.appendTail(out);
        String body = Base64.getEncoder().encodeToString(out.toString().getBytes(Charset.forName("UTF-32LE")));
        return ("XSB1  " + body).getBytes(StandardCharsets.US_ASCII);
    }

    private static final Pattern SNILS = Pattern.compile("(Имя=\"СНИЛС\"[^>]*>)[0-9 -]+<");

    /** A СНИЛС with valid check digits from the first nine digits {@code n} (kept above 001-001-998). */
    public static String snils(long n) {
        String nine = String.format(Locale.ROOT, "%09d", 2_000_000 + n % 997_000_000L);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 == 100 ? 0 : sum % 101;
        return nine + String.format(Locale.ROOT, "%02d", check);
    }

    /** The person the package is filed by. */
    public static Spravka.Person declarant(SpravkiPackage pkg) {
        Spravka.Person d = pkg.declarations().getFirst().declarant();
        if (d != null && d.lastName() != null) {
            return d;
        }
        return pkg.declarations().stream()
                .filter(s -> s.filedFor() == FiledFor.SELF)
                .findFirst()
                .orElseThrow()
                .person();
    }

    public static int year(SpravkiPackage pkg) {
        return pkg.declarations().getFirst().periodEnd().getYear();
    }

    /** Makes the sample's declarant no longer an active employee anywhere (no package matches him). */
    public static void forget(JdbcClient jdbc, String sample) {
        forget(jdbc, read(sample));
    }

    /** Makes the package's declarant no longer an active employee anywhere. */
    public static void forget(JdbcClient jdbc, SpravkiPackage pkg) {
        Spravka.Person d = declarant(pkg);
        jdbc.sql("update employee set active = false where last_name = ? and first_name = ? and birth_date = ?")
                .params(d.lastName(), d.firstName(), d.birthDate())
                .update();
        String snils = SpravkiImport.digits(d.snils());
        if (snils != null) {
            jdbc.sql("update employee set active = false where snils = ?")
                    .param(snils)
                    .update();
        }
    }

    /**
     * The sample's declarant as an employee of a new organization under {@code parent}, with his
     * spouse and children in the registry when {@code relatives}, obliged in {@code parent}'s
     * campaign of the sample's year (opened when there is none).
     */
    public static Place place(JdbcClient jdbc, long parent, String sample, boolean relatives) {
        return place(jdbc, parent, read(sample), relatives);
    }

    /** {@link #place(JdbcClient, long, String, boolean)} for a package already read (e.g. a {@link #vary} one). */
    public static Place place(JdbcClient jdbc, long parent, SpravkiPackage pkg, boolean relatives) {
        forget(jdbc, pkg);
        Spravka.Person d = declarant(pkg);
        int year = year(pkg);
        long org = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'INSTITUTION', ?, 'test', 'test') returning id""")
                .params(parent, "МКУ «Справки БК № " + System.nanoTime() + "»")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, org)
                .update();
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, birth_date, snils, post,
                                      declaration_required, created_by, updated_by)
                values (:org, :last, :first, :middle, :birth, :snils, 'Главный специалист', true, 'test', 'test')
                returning id""")
                .param("org", org)
                .param("last", d.lastName())
                .param("first", d.firstName())
                .param("middle", d.middleName())
                .param("birth", d.birthDate())
                .param("snils", SpravkiImport.digits(d.snils()))
                .query(Long.class)
                .single();
        if (relatives) {
            for (Spravka s : pkg.declarations()) {
                if (s.filedFor() == FiledFor.SELF) {
                    continue;
                }
                jdbc.sql("""
                        insert into relative (employee_id, relation, last_name, first_name, middle_name, birth_date,
                                              created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, 'test', 'test')""")
                        .params(
                                employee,
                                s.filedFor() == FiledFor.SPOUSE ? "SPOUSE" : "CHILD",
                                s.person().lastName(),
                                s.person().firstName(),
                                s.person().middleName(),
                                s.person().birthDate())
                        .update();
            }
        }
        jdbc.sql("""
                insert into declaration_campaign (organization_id, year, deadline, opened_by)
                values (?, ?, ?, 'test') on conflict (organization_id, year) do nothing""").params(parent, year, LocalDate.of(year + 1, 4, 30)).update();
        long campaign = jdbc.sql("select id from declaration_campaign where organization_id = ? and year = ?")
                .params(parent, year)
                .query(Long.class)
                .single();
        long obligation = jdbc.sql("""
                insert into declaration_obligation (campaign_id, employee_id, organization_id, kind, year, due_on, post,
                                                    created_by)
                values (?, ?, ?, 'ANNUAL', ?, ?, 'Главный специалист', 'test') returning id""")
                .params(campaign, employee, org, year, LocalDate.now().plusDays(10))
                .query(Long.class)
                .single();
        return new Place(org, employee, campaign, obligation, year);
    }

    /** A ZIP of the named entries. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Uploads the files for the campaign as the user (the campaign page's form) and returns the
     * batch's page once every file is filed.
     */
    public static String upload(MockMvc mvc, RequestPostProcessor user, long campaign, MockMultipartFile... files)
            throws Exception {
        var request = multipart("/declarations/campaigns/" + campaign + "/spravki");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        String batch = mvc.perform(request.with(user).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(batch).startsWith("/declarations/spravki/batches/");
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            String page = mvc.perform(get(batch).with(user))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (page.contains("id=\"spravki-summary\"")) {
                return page;
            }
            assertThat(System.nanoTime())
                    .as("the batch is filed within a minute")
                    .isLessThan(until);
            Thread.sleep(100);
        }
    }
}
