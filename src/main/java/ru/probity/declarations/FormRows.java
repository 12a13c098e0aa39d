package ru.probity.declarations;

import static ru.probity.declarations.FormValues.blank;
import static ru.probity.declarations.FormValues.date;
import static ru.probity.declarations.FormValues.enumOf;
import static ru.probity.declarations.FormValues.iso;
import static ru.probity.declarations.FormValues.money;
import static ru.probity.declarations.FormValues.name;
import static ru.probity.declarations.FormValues.number;
import static ru.probity.declarations.FormValues.plain;
import static ru.probity.declarations.FormValues.text;

import java.util.List;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.Problem;

/**
 * Rows of §3.3, §3.4, §3.5, §5.2, §6.2 and §7 of the form of Указ №460 (§3.3–§3.5 as amended by
 * Указ №778) as the web form and the XLSX
 * template carry them (text only, bound by field name); each tells whether it is filled, reads
 * itself into the content with its problems, and is made from a content's row.
 */
public final class FormRows {

    private FormRows() {}

    /** §3.3 digital financial assets and digital rights. */
    public static class AssetRow {
        public String name;
        public String acquiredOn;
        public String units;
        public String operator;

        boolean filled() {
            return !blank(name, acquiredOn, units, operator);
        }

        DeclarationContent.DigitalAsset read(String f, List<Problem> problems) {
            return new DeclarationContent.DigitalAsset(
                    text(name),
                    date(acquiredOn, f + "acquiredOn", problems),
                    number(units, f + "units", problems),
                    text(operator));
        }

        static AssetRow of(DeclarationContent.DigitalAsset r) {
            AssetRow row = new AssetRow();
            row.name = r.name();
            row.acquiredOn = iso(r.acquiredOn());
            row.units = plain(r.units());
            row.operator = r.operator();
            return row;
        }
    }

    /** §3.4 utility digital rights. */
    public static class UtilityRow {
        public String name;
        public String acquiredOn;
        public String investment;
        public String operator;

        boolean filled() {
            return !blank(name, acquiredOn, investment, operator);
        }

        DeclarationContent.UtilityRight read(String f, List<Problem> problems) {
            return new DeclarationContent.UtilityRight(
                    text(name),
                    date(acquiredOn, f + "acquiredOn", problems),
                    money(investment, f + "investment", problems),
                    text(operator));
        }

        static UtilityRow of(DeclarationContent.UtilityRight r) {
            UtilityRow row = new UtilityRow();
            row.name = r.name();
            row.acquiredOn = iso(r.acquiredOn());
            row.investment = plain(r.investment());
            row.operator = r.operator();
            return row;
        }
    }

    /** §3.5 digital currency. */
    public static class CurrencyRow {
        public String name;
        public String acquiredOn;
        public String units;

        boolean filled() {
            return !blank(name, acquiredOn, units);
        }

        DeclarationContent.DigitalCurrency read(String f, List<Problem> problems) {
            return new DeclarationContent.DigitalCurrency(
                    text(name), date(acquiredOn, f + "acquiredOn", problems), number(units, f + "units", problems));
        }

        static CurrencyRow of(DeclarationContent.DigitalCurrency r) {
            CurrencyRow row = new CurrencyRow();
            row.name = r.name();
            row.acquiredOn = iso(r.acquiredOn());
            row.units = plain(r.units());
            return row;
        }
    }

    /** §5.2 other securities. */
    public static class SecurityRow {
        public String kind;
        public String issuer;
        public String nominal;
        public String count;
        public String total;

        boolean filled() {
            return !blank(kind, issuer, nominal, count, total);
        }

        DeclarationContent.Security read(String f, List<Problem> problems) {
            return new DeclarationContent.Security(
                    text(kind),
                    text(issuer),
                    money(nominal, f + "nominal", problems),
                    number(count, f + "count", problems),
                    money(total, f + "total", problems));
        }

        static SecurityRow of(DeclarationContent.Security r) {
            SecurityRow row = new SecurityRow();
            row.kind = r.kind();
            row.issuer = r.issuer();
            row.nominal = plain(r.nominal());
            row.count = plain(r.count());
            row.total = plain(r.total());
            return row;
        }
    }

    /** §6.2 fixed-term financial obligations. */
    public static class FinancialRow {
        public String content;
        public String role;
        public String party;
        public String basis;
        public String amount;
        public String outstanding;
        public String conditions;

        boolean filled() {
            return !blank(content, role, party, basis, amount, outstanding, conditions);
        }

        DeclarationContent.FinancialObligation read(String f, List<Problem> problems) {
            return new DeclarationContent.FinancialObligation(
                    text(content),
                    enumOf(DeclarationContent.ObligationRole.class, role, f + "role", problems),
                    text(party),
                    text(basis),
                    money(amount, f + "amount", problems),
                    money(outstanding, f + "outstanding", problems),
                    text(conditions));
        }

        static FinancialRow of(DeclarationContent.FinancialObligation r) {
            FinancialRow row = new FinancialRow();
            row.content = r.content();
            row.role = name(r.role());
            row.party = r.party();
            row.basis = r.basis();
            row.amount = plain(r.amount());
            row.outstanding = plain(r.outstanding());
            row.conditions = r.conditions();
            return row;
        }
    }

    /** §7 property given away free of charge. */
    public static class GiftRow {
        public String kind;
        public String description;
        public String recipient;
        public String basis;

        boolean filled() {
            return !blank(kind, description, recipient, basis);
        }

        DeclarationContent.Gift read(String f, List<Problem> problems) {
            return new DeclarationContent.Gift(
                    enumOf(DeclarationContent.GiftKind.class, kind, f + "kind", problems),
                    text(description),
                    text(recipient),
                    text(basis));
        }

        static GiftRow of(DeclarationContent.Gift r) {
            GiftRow row = new GiftRow();
            row.kind = name(r.kind());
            row.description = r.description();
            row.recipient = r.recipient();
            row.basis = r.basis();
            return row;
        }
    }
}
