package ru.probity.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.probity.accounts.slips.LoginSlips;
import ru.probity.platform.Messages;
import ru.probity.platform.ProbityProperties;
import ru.probity.platform.Spreadsheet;

/**
 * The sheet of login slips handed out with new accounts (provisioning and the accounts import, issue
 * 16, item 1): «Итог» — what was done, who was skipped — then one sheet per organization with the
 * login, the name, the organization, the one-time password and how to sign in. The passwords exist in
 * clear only here.
 */
@Component
class PasswordSheet {

    /** One new account's slip; {@code password} is null when a link went by e-mail instead. */
    record Slip(String login, String fullName, long organizationId, String organizationName, String password) {}

    /** A row not created, with why: «ФИО — организация — логин» or «строка N — причина». */
    record Skip(String who, String why) {}

    private final Messages messages;
    private final String baseUrl;

    PasswordSheet(Messages messages, ProbityProperties probity) {
        this.messages = messages;
        this.baseUrl = probity.baseUrl();
    }

    byte[] xlsx(String title, List<Slip> created, List<Skip> skipped) {
        String howTo = messages.text("provision.sheet.howTo", baseUrl);
        String mailed = messages.text("provision.sheet.mailed");
        Map<Long, List<Slip>> byOrganization = new LinkedHashMap<>();
        created.forEach(c -> byOrganization
                .computeIfAbsent(c.organizationId(), k -> new ArrayList<>())
                .add(c));
        try (Spreadsheet workbook = new Spreadsheet();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Spreadsheet.Table summary = workbook.plain(messages.text("provision.sheet.summary"), 40, 60);
            summary.boldRow(messages.text("provision.sheet.title"), title);
            summary.row(messages.text("provision.sheet.address"), baseUrl);
            summary.row(messages.text("provision.sheet.created"), created.size());
            summary.row(messages.text("provision.sheet.skipped"), skipped.size());
            for (Skip s : skipped) {
                summary.row(s.who(), s.why());
            }
            Set<String> names = new HashSet<>();
            for (List<Slip> accounts : byOrganization.values()) {
                Spreadsheet.Table table = workbook.table(
                        sheetName(accounts.get(0).organizationName(), names),
                        new Spreadsheet.Column(messages.text("provision.sheet.login"), 20),
                        new Spreadsheet.Column(messages.text("provision.sheet.name"), 36),
                        new Spreadsheet.Column(messages.text("provision.sheet.organization"), 40),
                        new Spreadsheet.Column(messages.text("provision.sheet.password"), 22),
                        new Spreadsheet.Column(messages.text("provision.sheet.signIn"), 70));
                for (Slip c : accounts) {
                    table.row(
                            c.login(),
                            c.fullName(),
                            c.organizationName(),
                            c.password() == null ? "" : c.password(),
                            c.password() == null ? mailed : howTo);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same slips as a printable PDF: a page per organization, a framed slip per account to cut out. */
    byte[] pdf(List<Slip> created) {
        Map<Long, List<Slip>> byOrganization = new LinkedHashMap<>();
        created.forEach(c -> byOrganization
                .computeIfAbsent(c.organizationId(), k -> new ArrayList<>())
                .add(c));
        List<LoginSlips.Slip> slips = byOrganization.values().stream()
                .flatMap(List::stream)
                .map(c -> new LoginSlips.Slip(c.organizationName(), c.fullName(), c.login(), c.password()))
                .toList();
        var labels = new LoginSlips.Labels(
                messages.text("provision.slip.title"),
                messages.text("provision.sheet.organization"),
                messages.text("provision.sheet.name"),
                messages.text("provision.sheet.login"),
                messages.text("provision.sheet.password"),
                messages.text("provision.sheet.mailed"),
                messages.text("provision.sheet.howTo", baseUrl));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            LoginSlips.write(slips, labels, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the book. */
    static String sheetName(String organizationName, Set<String> used) {
        String base = organizationName.replaceAll("[\\[\\]:*?/\\\\'«»\"]", "").strip();
        if (base.isEmpty()) {
            base = "Организация";
        }
        base = base.length() > 28 ? base.substring(0, 28).strip() : base;
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase()); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
