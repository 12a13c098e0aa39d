package ru.probity.declarations.spravki;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One {@code Справка} of a package: the form of Указ №460 (as amended by Указ №778) filled for one
 * person. {@code person} is the one the form is filled for (the spouse's own data on a spouse's);
 * {@code declarant} the servant who files it ({@code ЛичныеДанныеЗаявителя}, repeated in every
 * {@code Справка}). Values are as in the file: empty strings and {@code 0001-01-01} become null,
 * amounts are exact decimals, {@code Да/Нет} and {@code True/False} booleans.
 */
public record Spravka(
        FiledFor filedFor,
        Person person,
        Person declarant,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate reportDate,
        LocalDate signDate,
        Boolean correction,
        String filingBasis,
        String postType,
        LocalDate postApprovedOn,
        String personnelUnit,
        Boolean noLegalGroundsForExpenses,
        Boolean confirmed,
        BigDecimal securitiesTotal,
        String timestamp,
        List<Income> income,
        List<Expense> expenses,
        List<RealEstate> realEstate,
        List<Vehicle> vehicles,
        List<DigitalAsset> digitalAssets,
        List<UtilityDigitalRight> utilityDigitalRights,
        List<DigitalCurrency> digitalCurrency,
        List<Account> accounts,
        List<CompanyShare> shares,
        List<Security> otherSecurities,
        List<EstateInUse> estateInUse,
        List<Obligation> obligations,
        List<Gift> gifts,
        List<ReadWarning> warnings) {

    /** Section 1: the exact sum of the amounts of income (rows without an amount count as zero). */
    public BigDecimal incomeTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (Income i : income) {
            if (i.amount() != null) {
                total = total.add(i.amount());
            }
        }
        return total;
    }

    /** Title data of a person: names and birth date from the identity document. */
    public record Person(
            String lastName,
            String firstName,
            String middleName,
            Boolean noMiddleName,
            LocalDate birthDate,
            String sex,
            IdentityDocument document,
            String snils,
            Address registration,
            Workplace work) {}

    /** {@code Паспорт}, {@code СвидетельствоОРождении}, {@code ИностранныйДокумент}: {@code kind} is the element. */
    public record IdentityDocument(
            String kind,
            String type,
            String series,
            String number,
            String issuedBy,
            LocalDate issuedOn,
            String country,
            String note) {}

    /** {@code МестоРаботы}: {@code occupation} ({@code РодЗанятий}) for those without a post. */
    public record Workplace(Boolean employed, String organization, String post, String occupation) {}

    /** {@code Адрес}. */
    public record Address(
            String country,
            String postcode,
            String region,
            String district,
            String city,
            String locality,
            String street,
            String house,
            String building,
            String structure,
            String flat,
            String extra) {}

    /** 1 {@code Доходы/Доход}; {@code description} is {@code СведениеОДоходе} where the program keeps it. */
    public record Income(
            String kind,
            String otherKind,
            String category,
            String description,
            BigDecimal amount,
            BigDecimal area,
            String note) {}

    /** 2 {@code Расходы/Расход}, with its sources of funds. */
    public record Expense(
            String propertyKind,
            String realEstateKind,
            String name,
            BigDecimal area,
            Boolean areaNotApplicable,
            Address location,
            BigDecimal amount,
            String basis,
            List<FundsSource> sources) {}

    /** {@code ИсточникСредств}: a text (savings, a loan) and the amount, or a fixed-term obligation. */
    public record FundsSource(String source, BigDecimal amount, Obligation obligation) {}

    /** 3.1 {@code НедвижимоеИмущество/Собственность}. */
    public record RealEstate(
            String kind,
            String name,
            String ownership,
            Fraction share,
            BigDecimal area,
            Boolean areaNotApplicable,
            Address location,
            String basis,
            List<CoOwner> coOwners,
            String note) {}

    /** {@code ИныеЛица/ФизическоеЛицо} of a joint ownership. */
    public record CoOwner(String name, LocalDate birthDate) {}

    /** 3.2 {@code ТранспортныеСредства/Собственность}. */
    public record Vehicle(
            String kind,
            String make,
            String model,
            String name,
            Integer year,
            String ownership,
            Fraction share,
            String registrationPlace,
            String basis) {}

    /** 3.3 items of {@code Цифровые_финансовые_активы_цифровые_права}; {@code kind} is the item element. */
    public record DigitalAsset(
            String kind,
            String name,
            LocalDate acquiredOn,
            BigDecimal quantity,
            String operator,
            String country,
            String registrationNumber) {}

    /** 3.4 utility digital rights (no sample yet: element and field names as documented, unconfirmed). */
    public record UtilityDigitalRight(
            String name,
            LocalDate acquiredOn,
            BigDecimal investment,
            String operator,
            String country,
            String registrationNumber) {}

    /** 3.5 {@code Цифровая_валюта}. */
    public record DigitalCurrency(String name, LocalDate acquiredOn, BigDecimal quantity) {}

    /** 4 {@code Счета/Счет}. */
    public record Account(
            String bank,
            String kind,
            String currency,
            LocalDate openedOn,
            BigDecimal balance,
            BigDecimal inflows,
            Boolean inflowsWithinIncome,
            String statementNumber,
            LocalDate statementDate,
            String note) {}

    /** 5.1 {@code ЦенныеБумаги/УчастиеВКоммерческихОрганизацияхИФондах}. */
    public record CompanyShare(
            String company,
            String legalForm,
            Boolean jointStock,
            Address address,
            BigDecimal charterCapital,
            Fraction share,
            String shareKind,
            BigDecimal shareCount,
            BigDecimal nominalValue,
            BigDecimal totalValue,
            String basis) {}

    /** 5.2 {@code ИныеЦенныеБумаги/ЦеннаяБумага}. */
    public record Security(
            String kind, String issuer, BigDecimal nominalValue, BigDecimal quantity, BigDecimal totalValue) {}

    /** 6.1 {@code НедвижимоеИмуществоВПользовании/Пользование}. */
    public record EstateInUse(
            String kind,
            String name,
            String useKind,
            String from,
            String to,
            String basis,
            String providerType,
            String providerName,
            LocalDate providerBirthDate,
            BigDecimal area,
            Boolean areaNotApplicable,
            Address location) {}

    /** 6.2 {@code СрочныеОбязательства/СрочноеОбязательство} (also a source of funds of an expense). */
    public record Obligation(
            String kind,
            String note,
            String creditorOrDebtor,
            String counterpartyType,
            String counterparty,
            String counterpartyInn,
            String counterpartyOgrn,
            String counterpartyStatus,
            Address counterpartyAddress,
            String basis,
            BigDecimal amount,
            BigDecimal outstanding,
            String conditions) {}

    /** 7 {@code Подарки/Подарок}: property given away during the period. */
    public record Gift(
            String propertyKind,
            String realEstateKind,
            String name,
            BigDecimal area,
            Boolean areaNotApplicable,
            Address location,
            String recipient,
            String recipientType,
            String recipientName,
            LocalDate recipientBirthDate,
            String recipientDocumentType,
            String recipientDocumentSeries,
            String recipientDocumentNumber,
            LocalDate recipientDocumentIssuedOn,
            String recipientDocumentIssuedBy,
            Address recipientAddress,
            String basis,
            String note) {}
}
