package ru.probity.procurement.fns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

/**
 * One {@code СвЮЛ} element being read; reused from document to document. Records of unreliable data
 * (записи о недостоверности, 129-ФЗ ст.11 п.6) become {@link Company#unreliableData()}: {@code
 * СвАдресЮЛ/СвНедАдресЮЛ} → ADDRESS, {@code СведДолжнФЛ/СвНедДанДолжнФЛ} and {@code
 * СвУпрОрг/СвНедДанУпрОрг} → DIRECTOR, {@code УчрФЛ|УчрЮЛРос|УчрЮЛИн/СвНедДанУчр} → FOUNDER.
 */
final class EgrulDocument {

    static final String UNRELIABLE_ADDRESS = "ADDRESS";
    static final String UNRELIABLE_DIRECTOR = "DIRECTOR";
    static final String UNRELIABLE_FOUNDER = "FOUNDER";

    private final Cursor c;
    private final Address address = new Address();
    private final List<Tie> ties = new ArrayList<>();
    private Tie tie;
    private int base;
    private int line;
    private String inn, kpp, ogrn, fullName, shortName, email;
    private LocalDate registeredOn, terminatedOn, extractDate;
    private BigDecimal capital;
    private boolean unreliableAddress, unreliableDirector, unreliableFounder;
    int persons, legalFounders, skippedFounders;

    EgrulDocument(Cursor c) {
        this.c = c;
    }

    /** At the start tag of {@code СвЮЛ}. */
    void begin() {
        base = c.depth();
        line = c.line();
        address.clear();
        ties.clear();
        tie = null;
        capital = null;
        unreliableAddress = unreliableDirector = unreliableFounder = false;
        fullName = shortName = email = null;
        terminatedOn = null;
        inn = c.attr("ИНН");
        kpp = c.attr("КПП");
        ogrn = c.attr("ОГРН");
        registeredOn = c.date("ДатаОГРН");
        extractDate = c.date("ДатаВып");
    }

    /** At a start tag inside {@code СвЮЛ}. */
    void start(String name) throws XMLStreamException {
        int level = c.depth() - base;
        String parent = c.up(1);
        if (level == 1) {
            switch (name) {
                case "СвНаимЮЛ" -> {
                    fullName = c.attr("НаимЮЛПолн");
                    shortName = c.attr("НаимЮЛСокр");
                }
                case "СвАдрЭлПочты" -> email = c.attr("E-mail");
                case "СвПрекрЮЛ" -> terminatedOn = c.date("ДатаПрекрЮЛ");
                case "СвУстКап" -> capital = c.number(c.attr("СумКап"), "СумКап");
                case "СведДолжнФЛ" -> tie = new Tie(Tie.DIRECTOR, c.depth(), c.line());
                case "СвУпрОрг" -> tie = new Tie(Tie.MANAGING_ORG, c.depth(), c.line());
                default -> {}
            }
        } else if (tie != null) {
            tieElement(name, c.depth() - tie.depth);
        } else if (level == 2) {
            switch (parent) {
                case "СвНаимЮЛ" -> {
                    if (name.equals("СвНаимЮЛСокр")) {
                        shortName = c.attr("НаимСокр");
                    }
                }
                case "СвАдресЮЛ" -> {
                    if (name.equals("АдресРФ")) {
                        address.startRf(c);
                    } else if (name.equals("СвАдрЮЛФИАС")) {
                        address.startFias(c);
                    } else if (name.equals("СвНедАдресЮЛ")) {
                        unreliableAddress = true;
                    }
                }
                case "СвУчредит" -> {
                    switch (name) {
                        case "УчрФЛ" -> tie = new Tie(Tie.PERSON_FOUNDER, c.depth(), c.line());
                        case "УчрЮЛРос", "УчрЮЛИн" -> tie = new Tie(Tie.COMPANY_FOUNDER, c.depth(), c.line());
                        default -> skippedFounders++;
                    }
                }
                default -> {}
            }
        } else if (level == 3 && c.up(2).equals("СвАдресЮЛ")) {
            if (parent.equals("АдресРФ")) {
                address.rfPart(name, c);
            } else if (parent.equals("СвАдрЮЛФИАС")) {
                address.fiasPart(name, c);
            }
        }
    }

    private void tieElement(String name, int level) throws XMLStreamException {
        if (level == 1) {
            switch (name) {
                case "ГРНДатаПерв" -> tie.since = c.date("ДатаЗаписи");
                case "ГРНДата" -> tie.recorded(c.date("ДатаЗаписи"));
                case "СвФЛ" -> {
                    if (tie.kind != Tie.COMPANY_FOUNDER && tie.kind != Tie.MANAGING_ORG) {
                        tie.inn = c.attr("ИННФЛ");
                        tie.lastName = c.attr("Фамилия");
                        tie.firstName = c.attr("Имя");
                        tie.middleName = c.attr("Отчество");
                    }
                }
                case "СвДолжн" -> tie.post = c.attr("НаимДолжн");
                case "НаимИННЮЛ" -> {
                    tie.inn = c.attr("ИНН");
                    tie.ogrn = c.attr("ОГРН");
                    tie.lastName = c.attr("НаимЮЛПолн");
                }
                case "ДоляУстКап" -> tie.nominal = c.number(c.attr("НоминСтоим"), "НоминСтоим");
                // записи о недостоверности (129-ФЗ ст.11 п.6): of a director, a managing organization, a founder
                case "СвНедДанДолжнФЛ", "СвНедДанУпрОрг" -> unreliableDirector = true;
                case "СвНедДанУчр" -> unreliableFounder = true;
                default -> {}
            }
        } else if (level == 2 && name.equals("ГРНДата")) {
            tie.recorded(c.date("ДатаЗаписи"));
        } else if (level == 3 && c.up(1).equals("РазмерДоли") && c.up(2).equals("ДоляУстКап")) {
            switch (name) {
                case "Процент" -> tie.percent = c.number(c.text(), "Процент");
                case "ДробДесят" -> {
                    BigDecimal fraction = c.number(c.text(), "ДробДесят");
                    tie.percent = fraction == null ? null : fraction.movePointRight(2);
                }
                case "ДробПрост" -> {
                    BigDecimal num = c.number(c.attr("Числит"), "Числит");
                    BigDecimal den = c.number(c.attr("Знаменат"), "Знаменат");
                    if (num != null && den != null && den.signum() != 0) {
                        tie.percent = ratio(num, den);
                    }
                }
                default -> {}
            }
        }
    }

    /** At an end tag inside (or of) {@code СвЮЛ}; returns the company at the end of {@code СвЮЛ}. */
    Company end() {
        if (tie != null && c.depth() == tie.depth) {
            ties.add(tie);
            tie = null;
            return null;
        }
        return c.depth() == base ? company() : null;
    }

    private Company company() {
        String i = c.identifier(
                inn, "ИНН юридического лица", "INN of the legal entity", line, Cursor.IdCheck.ORGANIZATION_INN);
        String o = c.identifier(ogrn, "ОГРН юридического лица", "OGRN of the legal entity", line, Cursor.IdCheck.OGRN);
        List<PersonLink> people = new ArrayList<>(ties.size());
        List<CompanyShare> founders = new ArrayList<>(2);
        List<CompanyShare> managers = new ArrayList<>(1);
        for (Tie t : ties) {
            BigDecimal percent = t.percent != null
                    ? Cursor.normalize(t.percent)
                    : t.nominal != null && capital != null && capital.signum() > 0 ? ratio(t.nominal, capital) : null;
            LocalDate since = t.since != null ? t.since : t.firstRecord;
            if (t.kind == Tie.MANAGING_ORG) {
                String mi = c.checked(
                        t.inn,
                        "ИНН управляющей организации",
                        "INN of the managing organization",
                        t.line,
                        Cursor.IdCheck.ORGANIZATION_INN);
                String mo = c.checked(
                        t.ogrn,
                        "ОГРН управляющей организации",
                        "OGRN of the managing organization",
                        t.line,
                        Cursor.IdCheck.OGRN);
                managers.add(new CompanyShare(mi, mo, t.lastName, null, since, null));
                continue;
            }
            if (t.kind == Tie.COMPANY_FOUNDER) {
                String fi = c.checked(
                        t.inn,
                        "ИНН учредителя — юридического лица",
                        "INN of a founder",
                        t.line,
                        Cursor.IdCheck.ORGANIZATION_INN);
                String fo = c.checked(
                        t.ogrn,
                        "ОГРН учредителя — юридического лица",
                        "OGRN of a founder",
                        t.line,
                        Cursor.IdCheck.OGRN);
                founders.add(new CompanyShare(fi, fo, t.lastName, percent, since, null));
                continue;
            }
            boolean director = t.kind == Tie.DIRECTOR;
            String who = director ? "руководителя" : "учредителя";
            if (t.lastName == null) {
                throw c.error(
                        t.line,
                        "не указана фамилия " + who,
                        "missing last name of a " + (director ? "director" : "founder"));
            }
            String pi = c.checked(
                    t.inn,
                    "ИНН " + who,
                    "INN of a " + (director ? "director" : "founder"),
                    t.line,
                    Cursor.IdCheck.PERSON_INN);
            PersonName name = new PersonName(t.lastName, t.firstName, t.middleName);
            people.add(
                    director
                            ? new PersonLink(pi, name, CompanyRole.DIRECTOR, t.post, null, since, null)
                            : new PersonLink(pi, name, CompanyRole.FOUNDER, null, percent, since, null));
        }
        persons += people.size();
        legalFounders += founders.size();
        return new Company(
                i,
                kpp,
                o,
                fullName,
                shortName,
                address.build(),
                email,
                null,
                registeredOn,
                terminatedOn,
                extractDate,
                List.copyOf(people),
                List.copyOf(founders),
                List.copyOf(managers),
                unreliable());
    }

    /** The marks of unreliable data, in the order ADDRESS, DIRECTOR, FOUNDER. */
    private List<String> unreliable() {
        List<String> marks = new ArrayList<>(3);
        if (unreliableAddress) {
            marks.add(UNRELIABLE_ADDRESS);
        }
        if (unreliableDirector) {
            marks.add(UNRELIABLE_DIRECTOR);
        }
        if (unreliableFounder) {
            marks.add(UNRELIABLE_FOUNDER);
        }
        return marks;
    }

    /** num / den in percent, 6 decimal places at most. */
    static BigDecimal ratio(BigDecimal num, BigDecimal den) {
        return Cursor.normalize(num.movePointRight(2).divide(den, 6, RoundingMode.HALF_UP));
    }

    /** A tie of the company being read: a director, a founder person or a founder company. */
    private static final class Tie {
        static final int DIRECTOR = 0, PERSON_FOUNDER = 1, COMPANY_FOUNDER = 2, MANAGING_ORG = 3;
        final int kind;
        final int depth;
        final int line;
        String inn, ogrn, lastName, firstName, middleName, post;
        BigDecimal percent, nominal;
        LocalDate since, firstRecord;

        Tie(int kind, int depth, int line) {
            this.kind = kind;
            this.depth = depth;
            this.line = line;
        }

        void recorded(LocalDate date) {
            if (firstRecord == null) {
                firstRecord = date;
            }
        }
    }
}
