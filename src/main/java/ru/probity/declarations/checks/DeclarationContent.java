package ru.probity.declarations.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a declaration says, following the form of Указ Президента №460 (as amended, with the
 * digital sections of Указ №778 of 10.12.2020): the declarant (with the title page: post, passport,
 * registration address) and each family member (spouse, minor children), each with §1 income, §2
 * expenses (230-ФЗ deals), §3.1 real estate, §3.2 vehicles, §3.3 digital financial assets and
 * digital rights, §3.4 utility digital rights, §3.5 digital currency, §4 accounts, §5.1 shares in
 * commercial organizations, §5.2 other securities, §6.1 real estate in use, §6.2 fixed-term
 * financial obligations and §7 property given away free of charge. This whole record is sealed at
 * rest as JSON; content sealed before a section or a column existed has no such field, and reads
 * as an empty list or {@code null}.
 */
public record DeclarationContent(List<Person> persons) {

    public DeclarationContent {
        persons = listOf(persons);
    }

    /** A list as given, or an empty one for a section the stored content does not have. */
    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Who a person of the declaration is to the declarant. */
    public enum Relation {
        DECLARANT("декларант"),
        SPOUSE("супруга (супруг)"),
        CHILD("несовершеннолетний ребёнок");

        private final String label;

        Relation(String label) {
            this.label = label;
        }

        /** The Russian name, as the form and the publication write it. */
        public String label() {
            return label;
        }
    }

    /**
     * §1 kinds of income (lines of the form). Teaching and science are one line of the form
     * («доход от педагогической и научной деятельности»); content sealed when they were two kinds
     * ({@code TEACHING}, {@code SCIENCE}) reads as that one line.
     */
    public enum IncomeKind {
        MAIN_JOB("доход по основному месту работы"),
        TEACHING_AND_SCIENCE("доход от педагогической и научной деятельности"),
        CREATIVE("доход от иной творческой деятельности"),
        DEPOSITS("доход от вкладов в банках и иных кредитных организациях"),
        SECURITIES("доход от ценных бумаг и долей участия"),
        OTHER("иные доходы");

        private final String label;

        IncomeKind(String label) {
            this.label = label;
        }

        /** The Russian name, as the form and the publication write it. */
        public String label() {
            return label;
        }

        /**
         * The kind of a code or a Russian name, the two former kinds and their names included; an
         * unknown value is refused as by the enum itself.
         */
        @com.fasterxml.jackson.annotation.JsonCreator
        public static IncomeKind of(String value) {
            return IncomeKind.valueOf(alias(value));
        }

        /** The code of the merged line for a former kind («TEACHING», «SCIENCE» or their names), else the value. */
        public static String alias(String value) {
            if (value == null) {
                return null;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "teaching", "science", "доход от педагогической деятельности", "доход от научной деятельности" ->
                    TEACHING_AND_SCIENCE.name();
                default -> value;
            };
        }
    }

    /** §2 subjects of a deal under 230-ФЗ ст.3. */
    public enum DealSubject {
        LAND("земельный участок"),
        REAL_ESTATE("иной объект недвижимости"),
        VEHICLE("транспортное средство"),
        SECURITIES("ценные бумаги"),
        SHARES("доли участия, паи"),
        DIGITAL("цифровые финансовые активы, цифровая валюта");

        private final String label;

        DealSubject(String label) {
            this.label = label;
        }

        /** The Russian name, as the form and the publication write it. */
        public String label() {
            return label;
        }
    }

    /** §3.1 and §6.1 kinds of real estate. */
    public enum EstateKind {
        LAND("земельный участок"),
        HOUSE("жилой дом, дача"),
        FLAT("квартира"),
        GARAGE("гараж"),
        OTHER("иное недвижимое имущество");

        private final String label;

        EstateKind(String label) {
            this.label = label;
        }

        /** The Russian name, as the form and the publication write it. */
        public String label() {
            return label;
        }
    }

    /** §3.2 kinds of vehicles. */
    public enum VehicleKind {
        CAR("автомобиль легковой"),
        TRUCK("автомобиль грузовой"),
        MOTORCYCLE("мототранспортное средство"),
        AGRICULTURAL("сельскохозяйственная техника"),
        WATER("водное транспортное средство"),
        AIR("воздушное транспортное средство"),
        OTHER("иное транспортное средство");

        private final String label;

        VehicleKind(String label) {
            this.label = label;
        }

        /** The Russian name, as the form and the publication write it. */
        public String label() {
            return label;
        }
    }

    /** §6.2: what the person is in a fixed-term financial obligation. */
    public enum ObligationRole {
        DEBTOR("должник"),
        CREDITOR("кредитор");

        private final String label;

        ObligationRole(String label) {
            this.label = label;
        }

        /** The Russian name, as the form writes it. */
        public String label() {
            return label;
        }
    }

    /** §7: the kinds of property given away free of charge (the rows of the form's section). */
    public enum GiftKind {
        LAND("земельный участок"),
        REAL_ESTATE("иное недвижимое имущество"),
        VEHICLE("транспортное средство"),
        SECURITIES("ценные бумаги, доли участия"),
        DIGITAL_ASSETS("цифровые финансовые активы, цифровые права"),
        DIGITAL_CURRENCY("цифровая валюта");

        private final String label;

        GiftKind(String label) {
            this.label = label;
        }

        /** The Russian name, as the form writes it. */
        public String label() {
            return label;
        }
    }

    public record Person(
            Relation relation,
            String lastName,
            String firstName,
            String middleName,
            LocalDate birthDate,
            List<Income> incomes,
            List<Expense> expenses,
            List<RealEstate> realEstate,
            List<Vehicle> vehicles,
            List<Account> accounts,
            List<Share> shares,
            List<EstateInUse> inUse,
            List<DigitalAsset> digitalAssets,
            List<DigitalCurrency> digitalCurrency,
            List<Security> securities,
            List<FinancialObligation> obligations,
            List<Gift> gifts,
            List<UtilityRight> utilityRights,
            Title title) {

        public Person {
            incomes = listOf(incomes);
            expenses = listOf(expenses);
            realEstate = listOf(realEstate);
            vehicles = listOf(vehicles);
            accounts = listOf(accounts);
            shares = listOf(shares);
            inUse = listOf(inUse);
            digitalAssets = listOf(digitalAssets);
            digitalCurrency = listOf(digitalCurrency);
            securities = listOf(securities);
            obligations = listOf(obligations);
            gifts = listOf(gifts);
            utilityRights = listOf(utilityRights);
        }

        /** A person without §3.4 utility digital rights and without a title page. */
        public Person(
                Relation relation,
                String lastName,
                String firstName,
                String middleName,
                LocalDate birthDate,
                List<Income> incomes,
                List<Expense> expenses,
                List<RealEstate> realEstate,
                List<Vehicle> vehicles,
                List<Account> accounts,
                List<Share> shares,
                List<EstateInUse> inUse,
                List<DigitalAsset> digitalAssets,
                List<DigitalCurrency> digitalCurrency,
                List<Security> securities,
                List<FinancialObligation> obligations,
                List<Gift> gifts) {
            this(
                    relation,
                    lastName,
                    firstName,
                    middleName,
                    birthDate,
                    incomes,
                    expenses,
                    realEstate,
                    vehicles,
                    accounts,
                    shares,
                    inUse,
                    digitalAssets,
                    digitalCurrency,
                    securities,
                    obligations,
                    gifts,
                    null,
                    null);
        }

        /** A person with §1–§3.2, §4, §5.1 and §6.1 only; §3.3–§3.5, §5.2, §6.2 and §7 empty. */
        public Person(
                Relation relation,
                String lastName,
                String firstName,
                String middleName,
                LocalDate birthDate,
                List<Income> incomes,
                List<Expense> expenses,
                List<RealEstate> realEstate,
                List<Vehicle> vehicles,
                List<Account> accounts,
                List<Share> shares,
                List<EstateInUse> inUse) {
            this(
                    relation,
                    lastName,
                    firstName,
                    middleName,
                    birthDate,
                    incomes,
                    expenses,
                    realEstate,
                    vehicles,
                    accounts,
                    shares,
                    inUse,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        public BigDecimal income() {
            return incomes.stream()
                    .map(Income::amount)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal balances() {
            return accounts.stream()
                    .map(Account::balance)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal expensesTotal() {
            return expenses.stream()
                    .map(Expense::amount)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public String fullName() {
            return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
        }
    }

    /**
     * The title page of the declarant (the family members' pages carry only names and birth
     * dates here): the post, the passport (series, number, who issued it and when) and the address
     * of registration. Sealed with the rest; never in the extract; content sealed before it existed
     * has none.
     */
    public record Title(
            String post,
            String passportSeries,
            String passportNumber,
            String passportIssuedBy,
            LocalDate passportIssuedOn,
            String address) {

        /** Whether nothing is written. */
        public boolean isEmpty() {
            return post == null
                    && passportSeries == null
                    && passportNumber == null
                    && passportIssuedBy == null
                    && passportIssuedOn == null
                    && address == null;
        }
    }

    public record Income(IncomeKind kind, String description, BigDecimal amount) {}

    public record Expense(DealSubject subject, String description, BigDecimal amount, String source) {}

    /**
     * §3.1: a property owned — its kind, the kind of ownership, the area, the country, the address
     * and the basis of acquisition and the source of funds (the column of the form as amended;
     * content sealed before it existed reads with none).
     */
    public record RealEstate(
            EstateKind kind, String ownership, BigDecimal area, String country, String address, String basis) {

        /** A property without its basis of acquisition. */
        public RealEstate(EstateKind kind, String ownership, BigDecimal area, String country, String address) {
            this(kind, ownership, area, country, address, null);
        }
    }

    /**
     * §3.2: a vehicle — its kind, make and model, the year, the kind of ownership and the place of
     * registration (content sealed before these columns existed reads with none).
     */
    public record Vehicle(VehicleKind kind, String make, Integer year, String ownership, String registration) {

        /** A vehicle without its ownership and place of registration. */
        public Vehicle(VehicleKind kind, String make, Integer year) {
            this(kind, make, year, null, null);
        }
    }

    /**
     * §4: an account — the bank, the kind ({@code kind}: текущий, депозитный…), the currency, the date it was opened, the balance at the
     * end of the reporting period (rubles) and the sum of the money that came into it during the
     * period (rubles). The form asks for the inflows only when they exceed the income of the person
     * and the spouse for the period and the two years before it, and then wants a statement of the
     * account's movements attached (footnote to §4 of Указ №460 as amended); content sealed before
     * the field existed reads with none.
     */
    public record Account(
            String bank, String currency, LocalDate openedOn, BigDecimal balance, BigDecimal inflows, String kind) {

        /** An account without inflows declared. */
        public Account(String bank, String currency, LocalDate openedOn, BigDecimal balance) {
            this(bank, currency, openedOn, balance, null, null);
        }

        /** An account without its kind (content sealed before the column existed). */
        public Account(String bank, String currency, LocalDate openedOn, BigDecimal balance, BigDecimal inflows) {
            this(bank, currency, openedOn, balance, inflows, null);
        }
    }

    /**
     * §5.1: a share in a commercial organization — its name, INN, OGRN, the share (%), the basis of
     * participation, and the legal form, the address and the charter capital (rubles) of the
     * organization (content sealed before these columns existed reads with none).
     */
    public record Share(
            String company,
            String inn,
            String ogrn,
            BigDecimal percent,
            String basis,
            String legalForm,
            String address,
            BigDecimal capital) {

        /** A share without the organization's legal form, address and charter capital. */
        public Share(String company, String inn, String ogrn, BigDecimal percent, String basis) {
            this(company, inn, ogrn, percent, basis, null, null, null);
        }
    }

    /**
     * §6.1: real estate in use — its kind, area, country, the basis of use, the address, and the
     * kind of use (безвозмездное пользование, аренда…) with its terms from and to, as written
     * (a date, a year, «бессрочно»); content sealed before these columns existed reads with none.
     */
    public record EstateInUse(
            EstateKind kind,
            BigDecimal area,
            String country,
            String basis,
            String address,
            String useKind,
            String useFrom,
            String useTo) {

        /** Real estate in use without the kind and terms of use. */
        public EstateInUse(EstateKind kind, BigDecimal area, String country, String basis, String address) {
            this(kind, area, country, basis, address, null, null, null);
        }
    }

    /**
     * §3.3: a digital financial asset or a digital right (its name, or the rights it gives when it
     * has none), the date of acquisition, the number of units and the operator of the information
     * system where it is issued.
     */
    public record DigitalAsset(String name, LocalDate acquiredOn, BigDecimal units, String operator) {}

    /**
     * §3.4 (Указ №778): a utility digital right — its name, the date of acquisition, the sum
     * invested (rubles) and the operator of the investment platform (name, INN, address).
     */
    public record UtilityRight(String name, LocalDate acquiredOn, BigDecimal investment, String operator) {}

    /** §3.5: a digital currency, the date of acquisition and the number of units. */
    public record DigitalCurrency(String name, LocalDate acquiredOn, BigDecimal units) {}

    /**
     * §5.2: securities other than the shares of §5.1 (bonds, bills of exchange, investment units…):
     * the kind, who issued them, the nominal value of one (rubles; none for investment units), the
     * number and the total value (rubles: the acquisition price, else the market or nominal value).
     */
    public record Security(String kind, String issuer, BigDecimal nominal, BigDecimal count, BigDecimal total) {}

    /**
     * §6.2: a fixed-term financial obligation of 500 000 ₽ or more — its content (loan, credit…),
     * what the person is in it, the other party (creditor or debtor), the basis (the contract), the
     * sum of the obligation and what is left of it at the reporting date, and the conditions
     * (interest rate, collateral, guarantees).
     */
    public record FinancialObligation(
            String content,
            ObligationRole role,
            String party,
            String basis,
            BigDecimal amount,
            BigDecimal outstanding,
            String conditions) {}

    /**
     * §7: property given away free of charge during the reporting period — its kind, what it was
     * (as §3 described it), the recipient and the basis (the contract or act, with its date).
     */
    public record Gift(GiftKind kind, String description, String recipient, String basis) {}

    public Optional<Person> declarant() {
        return persons.stream().filter(p -> p.relation() == Relation.DECLARANT).findFirst();
    }

    public Optional<Person> spouse() {
        return persons.stream().filter(p -> p.relation() == Relation.SPOUSE).findFirst();
    }

    public List<Person> children() {
        return persons.stream().filter(p -> p.relation() == Relation.CHILD).toList();
    }

    /** Income of the declarant and the spouse: what 230-ФЗ ст.3 ч.1 as written compares deals with. */
    public BigDecimal householdIncome() {
        return householdIncome(false);
    }

    /**
     * Income of the declarant and the spouse, and of the minor children when {@code withChildren}
     * (the 2026 amendment as regional press reports it: a dated setting, {@link Checks.Settings#countsMinorChildren}).
     */
    public BigDecimal householdIncome(boolean withChildren) {
        BigDecimal income = declarant()
                .map(Person::income)
                .orElse(BigDecimal.ZERO)
                .add(spouse().map(Person::income).orElse(BigDecimal.ZERO));
        if (withChildren) {
            income = children().stream().map(Person::income).reduce(income, BigDecimal::add);
        }
        return income;
    }

    public BigDecimal totalIncome() {
        return persons.stream().map(Person::income).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
