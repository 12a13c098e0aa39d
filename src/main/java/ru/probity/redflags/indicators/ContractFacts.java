package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.RussianPlural;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Entrepreneur;

/**
 * The facts of contracts and suppliers the contract and supplier indicators share, and their Russian
 * wording in explanations (sums, dates, days, percent).
 */
final class ContractFacts {

    /** The most contracts a flag on a pair or a supplier lists among its documents (the first ones). */
    static final int MAX_DOCUMENTS = 100;

    private ContractFacts() {}

    /** The ОКПД2 group of the contract (the first 5 characters of its first code), or null. */
    static String group(Contract c) {
        if (c.okpd2().isEmpty() || c.okpd2().getFirst() == null) {
            return null;
        }
        String code = c.okpd2().getFirst().strip();
        return code.isEmpty() ? null : code.length() <= 5 ? code : code.substring(0, 5);
    }

    /** The ОКПД2 class of a code (its first 2 characters), or null. */
    static String okpd2Class(String code) {
        if (code == null) {
            return null;
        }
        String strip = code.strip();
        return strip.length() < 2 ? null : strip.substring(0, 2);
    }

    /** The supplier's name: the register's, else the contract's, else its INN. */
    static String supplierName(Dataset data, Contract c) {
        String inn = Dataset.supplierInn(c);
        Company company = data.company(inn);
        if (company != null && company.displayName() != null) {
            return company.displayName();
        }
        Entrepreneur e = data.entrepreneur(inn);
        if (e != null && e.name() != null) {
            return "ИП " + e.name();
        }
        if (!c.suppliers().isEmpty()) {
            var s = c.suppliers().getFirst();
            if (s.name() != null) {
                return s.name();
            }
            if (s.person() != null) {
                return s.person().toString();
            }
        }
        return inn == null ? "поставщик не указан" : "ИНН " + inn;
    }

    /** «ООО «Ромашка» (ИНН 4027000000)». */
    static String supplier(Dataset data, Contract c) {
        String inn = Dataset.supplierInn(c);
        String name = supplierName(data, c);
        return inn == null || name.equals("ИНН " + inn) ? name : "«" + name + "» (ИНН " + inn + ")";
    }

    /** «№ 0137… от 01.02.2024 на 95 000,00 ₽». */
    static String contract(Contract c) {
        return "№ " + c.regNum() + (c.signDate() != null ? " от " + RussianFormats.date(c.signDate()) : "")
                + (c.price() != null ? " на " + money(c.price(), c.currency()) : "");
    }

    /**
     * A sum in roubles as {@link RussianFormats#money(BigDecimal)} writes it ({@code 1 086 154,00 ₽}),
     * with one formatter per thread: explanations are written for up to hundreds of thousands of flags.
     */
    static String money(BigDecimal amount) {
        return amount == null ? "" : ROUBLES.get().format(amount) + "\u00a0₽";
    }

    private static final ThreadLocal<DecimalFormat> ROUBLES = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(RussianFormats.LOCALE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    static String date(LocalDate date) {
        return RussianFormats.date(date);
    }

    /** A contract's sum: in roubles by the cached formatter, in another currency as the platform writes it. */
    private static String money(BigDecimal amount, String currency) {
        String code = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        return code.isEmpty() || code.equals("RUB") || code.equals("RUR") || code.equals("643")
                ? money(amount)
                : RussianFormats.money(amount, currency);
    }

    /** «3 дня», «21 день», «11 дней». */
    static String days(long n) {
        return n
                + switch (RussianPlural.form(n)) {
                    case "one" -> " день";
                    case "few" -> " дня";
                    default -> " дней";
                };
    }

    /** «5 компаний», «2 компании», «1 компания». */
    static String companies(long n) {
        return n
                + switch (RussianPlural.form(n)) {
                    case "one" -> " компания";
                    case "few" -> " компании";
                    default -> " компаний";
                };
    }

    /** «1 контракт», «3 контракта», «5 контрактов». */
    static String contracts(long n) {
        return n
                + switch (RussianPlural.form(n)) {
                    case "one" -> " контракт";
                    case "few" -> " контракта";
                    default -> " контрактов";
                };
    }

    /** A percent with up to two decimals and a comma: «12,5 %». */
    static String percent(double value) {
        return BigDecimal.valueOf(value)
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',')
                + " %";
    }

    /** The documents of a contract: the contract, its purchase's notice if any, the supplier's extract. */
    static List<String> documents(Dataset data, Contract c) {
        List<String> docs = new ArrayList<>(3);
        docs.add("contract:" + c.regNum());
        if (c.purchaseNumber() != null) {
            docs.add("notice:" + c.purchaseNumber());
        }
        String register = register(data, Dataset.supplierInn(c));
        if (register != null) {
            docs.add(register);
        }
        return docs;
    }

    /** {@code egrul:INN} or {@code egrip:INN} for a supplier the registers hold, else null. */
    static String register(Dataset data, String inn) {
        if (data.company(inn) != null) {
            return "egrul:" + inn;
        }
        if (data.entrepreneur(inn) != null) {
            return "egrip:" + inn;
        }
        return null;
    }

    /** A flag on one contract. */
    static Flag flag(
            String indicator, Contract c, double value, double threshold, String explanation, List<String> docs) {
        return new Flag(
                indicator,
                c.regNum(),
                c.purchaseNumber(),
                c.customerInn(),
                Dataset.supplierInn(c),
                value,
                threshold,
                explanation,
                docs);
    }
}
