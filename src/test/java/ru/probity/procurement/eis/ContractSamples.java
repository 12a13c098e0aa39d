package ru.probity.procurement.eis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;

/** Deterministic generated contracts of every supplier kind, complete enough to validate. */
final class ContractSamples {

    private static final String[] LAST = {"Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков"};
    private static final String[] FIRST = {"Иван", "Пётр", "Сергей", "Алексей", "Дмитрий", "Андрей"};
    private static final String[] MIDDLE = {"Иванович", "Петрович", "Сергеевич", "Алексеевич", null};
    private static final String[] SUBJECTS = {
        "Поставка канцелярских товаров",
        "Ремонт кровли здания администрации",
        "Оказание услуг по уборке помещений",
        "Поставка бензина АИ-92 & дизельного топлива",
        "Выполнение работ по содержанию дорог <местного> значения"
    };

    private final Random random;

    ContractSamples(long seed) {
        random = new Random(seed);
    }

    List<Contract> contracts(int count) {
        List<Contract> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(contract(i));
        }
        return list;
    }

    Contract contract(int i) {
        boolean notice = i % 3 != 0;
        String purchase = notice ? "0137300043" + String.format("%09d", random.nextInt(1_000_000_000)) : null;
        int suppliersCount = i % 7 == 0 ? 2 : 1;
        List<Supplier> suppliers = new ArrayList<>();
        for (int s = 0; s < suppliersCount; s++) {
            suppliers.add(supplier(i + s));
        }
        return new Contract(
                String.format("340270%013d", i),
                (i % 5 == 0 ? "№ " : "") + (100 + i) + "/" + (2020 + i % 5),
                LocalDate.of(2020 + i % 5, 1 + i % 12, 1 + i % 28),
                organizationInn(),
                "402701001",
                "МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ \"УПРАВЛЕНИЕ ГОРОДСКОГО ХОЗЯЙСТВА\" № " + (i % 40),
                BigDecimal.valueOf(1000 + random.nextInt(100_000_000), 2),
                "RUB",
                SUBJECTS[i % SUBJECTS.length],
                purchase,
                !notice || i % 4 == 1,
                suppliers);
    }

    private Supplier supplier(int i) {
        String address = "248000, Калужская обл., г. Калуга, ул. Ленина, д. " + (1 + i % 120);
        String phone = "7484" + String.format("%07d", random.nextInt(10_000_000));
        String email = "supplier" + i + "@example.ru";
        return switch (i % 4) {
            case 0, 1 ->
                new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        organizationInn(),
                        "4027" + "01" + "001",
                        "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"КАЛУГА-СЕРВИС-" + i + "\"",
                        null,
                        address,
                        phone,
                        email);
            case 2 -> person(i % 8 == 2 ? Supplier.Kind.ENTREPRENEUR : Supplier.Kind.INDIVIDUAL, address, phone, email);
            default ->
                i % 8 == 3
                        ? new Supplier(
                                Supplier.Kind.FOREIGN,
                                organizationInn(),
                                "773751001",
                                "BELGAZ LLC " + i,
                                null,
                                "Minsk, Nezavisimosti av. " + i,
                                phone,
                                email)
                        : person(Supplier.Kind.ENTREPRENEUR, address, phone, email);
        };
    }

    private Supplier person(Supplier.Kind kind, String address, String phone, String email) {
        PersonName name = new PersonName(
                LAST[random.nextInt(LAST.length)],
                FIRST[random.nextInt(FIRST.length)],
                MIDDLE[random.nextInt(MIDDLE.length)]);
        String inn = Identifiers.completePersonInn("40" + String.format("%08d", random.nextInt(100_000_000)));
        return new Supplier(kind, inn, null, name.toString(), name, address, phone, email);
    }

    private String organizationInn() {
        return Identifiers.completeOrganizationInn("40" + String.format("%07d", random.nextInt(10_000_000)));
    }
}
