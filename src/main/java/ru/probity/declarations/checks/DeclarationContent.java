package ru.probity.declarations.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a declaration says, following the form of Указ Президента №460: the declarant and each
 * family member (spouse, minor children), each with §1 income, §2 expenses (230-ФЗ deals), §3.1
 * real estate, §3.2 vehicles, §4 accounts, §5.1 shares in commercial organizations and §6.1 real
 * estate in use. This whole record is sealed at rest.
 */
public record DeclarationContent(List<Person> persons) {

    public DeclarationContent {
        persons = List.copyOf(persons);
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

    /** §1 kinds of income (lines of the form). */
    public enum IncomeKind {
        MAIN_JOB("доход по основному месту работы"),
        TEACHING("доход от педагогической деятельности"),
        SCIENCE("доход от научной деятельности"),
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
            List<EstateInUse> inUse) {

        public Person {
            incomes = List.copyOf(incomes);
            expenses = List.copyOf(expenses);
            realEstate = List.copyOf(realEstate);
            vehicles = List.copyOf(vehicles);
            accounts = List.copyOf(accounts);
            shares = List.copyOf(shares);
            inUse = List.copyOf(inUse);
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

    public record Income(IncomeKind kind, String description, BigDecimal amount) {}

    public record Expense(DealSubject subject, String description, BigDecimal amount, String source) {}

    public record RealEstate(EstateKind kind, String ownership, BigDecimal area, String country, String address) {}

    public record Vehicle(VehicleKind kind, String make, Integer year) {}

    public record Account(String bank, String currency, LocalDate openedOn, BigDecimal balance) {}

    public record Share(String company, String inn, String ogrn, BigDecimal percent, String basis) {}

    public record EstateInUse(EstateKind kind, BigDecimal area, String country, String basis, String address) {}

    public Optional<Person> declarant() {
        return persons.stream().filter(p -> p.relation() == Relation.DECLARANT).findFirst();
    }

    public Optional<Person> spouse() {
        return persons.stream().filter(p -> p.relation() == Relation.SPOUSE).findFirst();
    }

    public List<Person> children() {
        return persons.stream().filter(p -> p.relation() == Relation.CHILD).toList();
    }

    /** Income of the declarant and the spouse: what 230-ФЗ ст.3 compares deals with. */
    public BigDecimal householdIncome() {
        return declarant()
                .map(Person::income)
                .orElse(BigDecimal.ZERO)
                .add(spouse().map(Person::income).orElse(BigDecimal.ZERO));
    }

    public BigDecimal totalIncome() {
        return persons.stream().map(Person::income).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
