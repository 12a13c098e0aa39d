package ru.probity.procurement.eis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Supplier;

/**
 * Contracts from local accounting: a table in CSV (UTF-8, «;») or XLSX (the first sheet), one supplier
 * per line; lines with the same registry number are one contract with several suppliers. The format
 * is described in {@code docs/formats/contracts-table.md}. All errors are collected with line and
 * column; when there is any, no contract is returned.
 */
public final class ContractTableReader {

    /** The contracts, or the errors (then no contracts). */
    public record Result(List<Contract> contracts, List<TableError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    enum Col {
        REG_NUM("Реестровый номер", true),
        NUMBER("Номер", false),
        SIGN_DATE("Дата заключения", true),
        CUSTOMER_INN("ИНН заказчика", true),
        CUSTOMER_KPP("КПП заказчика", false),
        CUSTOMER("Заказчик", false),
        PRICE("Цена", true),
        SUBJECT("Предмет", false),
        PURCHASE("Номер закупки", false),
        SINGLE("Единственный поставщик", false),
        LAW("Закон", false),
        SUPPLIER_INN("ИНН поставщика", true),
        SUPPLIER_KPP("КПП поставщика", false),
        SUPPLIER("Поставщик", false),
        LAST_NAME("Фамилия", false),
        FIRST_NAME("Имя", false),
        MIDDLE_NAME("Отчество", false),
        ADDRESS("Адрес поставщика", false),
        PHONE("Телефон поставщика", false),
        EMAIL("Email поставщика", false);

        final String header;
        final boolean required;

        Col(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    private static final DateTimeFormatter RUSSIAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Reads a .csv or .xlsx file (by its content: XLSX is a ZIP archive). */
    public Result read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a CSV or XLSX stream (not closed here). */
    public Result read(InputStream input) {
        InputStream in = input.markSupported() ? input : new BufferedInputStream(input);
        List<TableRows.Line> lines;
        try {
            in.mark(4);
            byte[] magic = in.readNBytes(2);
            in.reset();
            boolean zip = magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
            lines = zip ? TableRows.xlsx(in) : TableRows.csv(in);
        } catch (IOException | RuntimeException e) {
            ru.probity.platform.UploadRefused refused = ru.probity.platform.UploadRefused.find(e);
            if (refused != null) {
                throw refused;
            }
            // the library's text (POI, commons-csv) stays in the log of the caller, not in the message
            return failed(new TableError(
                    1,
                    0,
                    null,
                    ru.probity.platform.UploadRefused.poiZipBomb(e)
                            ? "файл сжат подозрительно сильно (похоже на «zip-бомбу») — он не загружен"
                            : "файл не читается как таблица CSV или XLSX"));
        }
        return new Mapping().map(lines);
    }

    private static Result failed(TableError error) {
        return new Result(List.of(), List.of(error));
    }

    /** Normalized header: lower case, ё → е, single spaces. */
    static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }

    /** One pass over the lines of one table. */
    private static final class Mapping {
        private final List<TableError> errors = new ArrayList<>();
        private final Map<Col, Integer> columns = new HashMap<>();
        private final Map<String, Contract> contracts = new LinkedHashMap<>();
        private final Map<String, Integer> firstLine = new HashMap<>();
        private TableRows.Line line;

        Result map(List<TableRows.Line> lines) {
            int first = 0;
            while (first < lines.size() && lines.get(first).blank()) {
                first++;
            }
            if (first == lines.size()) {
                return failed(new TableError(1, 0, null, "файл пуст: нет строки заголовков"));
            }
            header(lines.get(first));
            if (!errors.isEmpty()) {
                return new Result(List.of(), List.copyOf(errors));
            }
            for (TableRows.Line l : lines.subList(first + 1, lines.size())) {
                if (!l.blank()) {
                    line = l;
                    row();
                }
            }
            if (contracts.isEmpty() && errors.isEmpty()) {
                errors.add(new TableError(lines.get(first).number(), 0, null, "в таблице нет ни одного контракта"));
            }
            return errors.isEmpty()
                    ? new Result(List.copyOf(contracts.values()), List.of())
                    : new Result(List.of(), List.copyOf(errors));
        }

        private void header(TableRows.Line header) {
            Map<String, Col> known = new HashMap<>();
            for (Col col : Col.values()) {
                known.put(normalize(col.header), col);
            }
            for (int i = 0; i < header.cells().size(); i++) {
                String name = header.cell(i);
                Col col = name == null ? null : known.get(normalize(name));
                if (col != null && columns.putIfAbsent(col, i) != null) {
                    errors.add(new TableError(header.number(), i + 1, name, "столбец повторяется"));
                }
            }
            for (Col col : Col.values()) {
                if (col.required && !columns.containsKey(col)) {
                    errors.add(
                            new TableError(header.number(), 0, null, "нет обязательного столбца «" + col.header + "»"));
                }
            }
        }

        private String get(Col col) {
            Integer index = columns.get(col);
            return index == null ? null : line.cell(index);
        }

        private void error(Col col, String message) {
            Integer index = columns.get(col);
            errors.add(new TableError(
                    line.number(), index == null ? 0 : index + 1, index == null ? null : col.header, message));
        }

        private String required(Col col) {
            String value = get(col);
            if (value == null) {
                error(col, "не заполнено");
            }
            return value;
        }

        private void row() {
            int before = errors.size();
            String regNum = required(Col.REG_NUM);
            LocalDate signDate = date(Col.SIGN_DATE);
            String customerInn = inn(Col.CUSTOMER_INN, true, false);
            String customerKpp = kpp(Col.CUSTOMER_KPP);
            BigDecimal price = price();
            String purchase = get(Col.PURCHASE);
            Boolean single = yesNo(Col.SINGLE);
            ProcurementLaw law = law();
            Supplier supplier = supplier();
            if (errors.size() > before) {
                return;
            }
            Contract contract = new Contract(
                    regNum,
                    get(Col.NUMBER),
                    signDate,
                    customerInn,
                    customerKpp,
                    get(Col.CUSTOMER),
                    price,
                    "RUB",
                    get(Col.SUBJECT),
                    purchase,
                    single != null ? single : purchase == null,
                    List.of(supplier),
                    law);
            Contract previous = contracts.get(regNum);
            if (previous == null) {
                contracts.put(regNum, contract);
                firstLine.put(regNum, line.number());
            } else if (!sameContract(previous, contract)) {
                error(
                        Col.REG_NUM,
                        "контракт с этим реестровым номером уже есть в строке " + firstLine.get(regNum)
                                + ", но с другими данными контракта");
            } else {
                List<Supplier> suppliers = new ArrayList<>(previous.suppliers());
                suppliers.add(supplier);
                contracts.put(
                        regNum,
                        new Contract(
                                regNum,
                                previous.number(),
                                previous.signDate(),
                                previous.customerInn(),
                                previous.customerKpp(),
                                previous.customerName(),
                                previous.price(),
                                previous.currency(),
                                previous.subject(),
                                previous.purchaseNumber(),
                                previous.singleSupplier(),
                                List.copyOf(suppliers),
                                previous.law()));
            }
        }

        private static boolean sameContract(Contract a, Contract b) {
            Contract bWithA = new Contract(
                    b.regNum(),
                    b.number(),
                    b.signDate(),
                    b.customerInn(),
                    b.customerKpp(),
                    b.customerName(),
                    b.price(),
                    b.currency(),
                    b.subject(),
                    b.purchaseNumber(),
                    b.singleSupplier(),
                    a.suppliers(),
                    b.law());
            return a.equals(bWithA);
        }

        /** «44-ФЗ» (also empty) or «223-ФЗ». */
        private ProcurementLaw law() {
            String value = get(Col.LAW);
            if (value == null) {
                return ProcurementLaw.FZ44;
            }
            ProcurementLaw law = ProcurementLaw.parse(value);
            if (law == null) {
                error(Col.LAW, "ожидается «44-ФЗ» или «223-ФЗ», указано «" + value + "»");
            }
            return law;
        }

        private Supplier supplier() {
            String last = get(Col.LAST_NAME);
            String first = get(Col.FIRST_NAME);
            String name = get(Col.SUPPLIER);
            PersonName person = null;
            if (last != null || first != null || get(Col.MIDDLE_NAME) != null) {
                if (last == null || first == null) {
                    error(
                            last == null ? Col.LAST_NAME : Col.FIRST_NAME,
                            "для поставщика — физического лица нужны фамилия и имя");
                }
                person = new PersonName(last, first, get(Col.MIDDLE_NAME));
            }
            String inn = inn(Col.SUPPLIER_INN, false, person != null);
            String kpp = kpp(Col.SUPPLIER_KPP);
            String email = get(Col.EMAIL);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                error(Col.EMAIL, "неверный адрес электронной почты «" + email + "»");
            }
            boolean entrepreneurName = name != null
                    && (name.matches("(?iu)^ип\\s.*")
                            || name.toLowerCase(Locale.ROOT).startsWith("индивидуальный предприниматель"));
            Supplier.Kind kind;
            if (person != null) {
                kind = entrepreneurName ? Supplier.Kind.ENTREPRENEUR : Supplier.Kind.INDIVIDUAL;
            } else if (inn != null && inn.length() == 12) {
                kind = Supplier.Kind.ENTREPRENEUR;
            } else {
                kind = Supplier.Kind.LEGAL_ENTITY;
                if (name == null) {
                    error(Col.SUPPLIER, "не указано наименование поставщика — организации");
                }
            }
            String displayName = name != null ? name : person != null ? person.toString() : null;
            return new Supplier(kind, inn, kpp, displayName, person, get(Col.ADDRESS), get(Col.PHONE), email);
        }

        private String inn(Col col, boolean organizationOnly, boolean personOnly) {
            String raw = required(col);
            if (raw == null) {
                return null;
            }
            String inn = Identifiers.digits(raw);
            Optional<String> problem;
            if (organizationOnly) {
                problem = Identifiers.checkOrganizationInn(inn);
            } else if (personOnly) {
                problem = Identifiers.checkPersonInn(inn);
            } else if (inn.length() == 10) {
                problem = Identifiers.checkOrganizationInn(inn);
            } else if (inn.length() == 12) {
                problem = Identifiers.checkPersonInn(inn);
            } else {
                problem = Optional.of("ИНН должен состоять из 10 (организация) или 12 (физическое лицо) цифр");
            }
            problem.ifPresent(p -> error(col, p + ": «" + raw + "»"));
            return inn;
        }

        private String kpp(Col col) {
            String kpp = get(col);
            if (kpp != null) {
                Identifiers.checkKpp(kpp).ifPresent(p -> error(col, p + ": «" + kpp + "»"));
            }
            return kpp;
        }

        private LocalDate date(Col col) {
            String value = required(col);
            if (value == null) {
                return null;
            }
            try {
                return value.contains(".") ? LocalDate.parse(value, RUSSIAN_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(col, "неверная дата «" + value + "», ожидается ДД.ММ.ГГГГ");
                return null;
            }
        }

        private BigDecimal price() {
            String value = required(Col.PRICE);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal price =
                        new BigDecimal(value.replaceAll("[\\s\u00A0]", "").replace(',', '.'));
                if (price.signum() < 0) {
                    error(Col.PRICE, "цена не может быть отрицательной");
                }
                return price;
            } catch (NumberFormatException e) {
                error(Col.PRICE, "неверная цена «" + value + "», ожидается число, например 1 234 567,89");
                return null;
            }
        }

        private Boolean yesNo(Col col) {
            String value = get(col);
            if (value == null) {
                return null;
            }
            return switch (normalize(value)) {
                case "да", "д", "yes", "true", "1" -> true;
                case "нет", "н", "no", "false", "0" -> false;
                default -> {
                    error(col, "ожидается «да» или «нет», а не «" + value + "»");
                    yield null;
                }
            };
        }
    }
}
