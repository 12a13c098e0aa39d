package ru.probity.declarations.spravki;

import static ru.probity.declarations.spravki.Values.bool;
import static ru.probity.declarations.spravki.Values.date;
import static ru.probity.declarations.spravki.Values.decimal;
import static ru.probity.declarations.spravki.Values.fraction;
import static ru.probity.declarations.spravki.Values.integer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ru.probity.declarations.spravki.Spravka.Account;
import ru.probity.declarations.spravki.Spravka.Address;
import ru.probity.declarations.spravki.Spravka.CoOwner;
import ru.probity.declarations.spravki.Spravka.CompanyShare;
import ru.probity.declarations.spravki.Spravka.DigitalAsset;
import ru.probity.declarations.spravki.Spravka.DigitalCurrency;
import ru.probity.declarations.spravki.Spravka.EstateInUse;
import ru.probity.declarations.spravki.Spravka.Expense;
import ru.probity.declarations.spravki.Spravka.FundsSource;
import ru.probity.declarations.spravki.Spravka.Gift;
import ru.probity.declarations.spravki.Spravka.IdentityDocument;
import ru.probity.declarations.spravki.Spravka.Income;
import ru.probity.declarations.spravki.Spravka.Obligation;
import ru.probity.declarations.spravki.Spravka.Person;
import ru.probity.declarations.spravki.Spravka.RealEstate;
import ru.probity.declarations.spravki.Spravka.Security;
import ru.probity.declarations.spravki.Spravka.UtilityDigitalRight;
import ru.probity.declarations.spravki.Spravka.Vehicle;
import ru.probity.declarations.spravki.Spravka.Workplace;

/**
 * One {@code Справка} tree into the model. Section and field names as in program version 2.5.5
 * (docs/formats/spravki-bk.md); what is not read here is reported by {@link Values#reportUnread}.
 */
final class SpravkaMapper {

    /** Fields of every record kept out of the model on purpose: checksums, kinds repeated by the section. */
    private static final List<String> IGNORED = List.of("КС", "Идентификатор", "ВидАктива");

    /** Title fields of no use to the reader (print settings, a flag of the program's own). */
    private static final List<String> IGNORED_TITLE =
            List.of("КоличествоЛистовПриложения", "НазваниеПринтера", "ПризнакЗаполненияОсновныхДанных");

    /** The 3.3 collection; its items other than utility digital rights are 3.3 rows. */
    static final String DIGITAL_ASSETS = "Цифровые_финансовые_активы_цифровые_права";

    /** 3.4: a collection of its own or items of the 3.3 collection (not seen in the samples). */
    static final String UTILITY_RIGHTS = "Утилитарные_цифровые_права";

    private final List<ReadWarning> warnings;

    private SpravkaMapper(List<ReadWarning> warnings) {
        this.warnings = warnings;
    }

    static Spravka map(Node s, List<ReadWarning> warnings) {
        return new SpravkaMapper(warnings).spravka(s);
    }

    private Spravka spravka(Node s) {
        ignore(s, IGNORED_TITLE);
        String filedForText = s.text("ЗаполняетсяНа");
        FiledFor filedFor = FiledFor.ofFile(filedForText);
        if (filedFor == null) {
            warnings.add(new ReadWarning(
                    s.where(),
                    filedForText == null
                            ? "не указано, на кого заполнена справка (ЗаполняетсяНа)"
                            : "неизвестное значение ЗаполняетсяНа «" + filedForText + "»"));
        }
        Person declarant = person(s.child("ЛичныеДанныеЗаявителя"));
        Node own = s.child("ЛичныеДанные");
        Person person = own != null ? person(own) : filedFor == FiledFor.SELF ? declarant : null;
        if (person == null) {
            warnings.add(new ReadWarning(s.where(), "нет личных данных лица, на которое заполнена справка"));
        }
        List<DigitalAsset> digitalAssets = new ArrayList<>();
        List<UtilityDigitalRight> utility = new ArrayList<>();
        Node assets = s.child(DIGITAL_ASSETS);
        if (assets != null) {
            for (Node item : assets.children()) {
                item.markUsed();
                if (item.name.startsWith("Утилитарн")) {
                    utility.add(utilityRight(item));
                } else {
                    digitalAssets.add(digitalAsset(item));
                }
            }
        }
        Node utilityCollection = s.child(UTILITY_RIGHTS);
        if (utilityCollection != null) {
            for (Node item : utilityCollection.children()) {
                item.markUsed();
                utility.add(utilityRight(item));
            }
        }
        Spravka result = new Spravka(
                filedFor,
                person,
                declarant,
                date(s, "ОтчетныйПериодНачало", warnings),
                date(s, "ОтчетныйПериодКонец", warnings),
                date(s, "ДатаОтчета", warnings),
                date(s, "ДатаПодписи", warnings),
                bool(s, "Уточнение", warnings),
                s.text("ОснованиеПодачиСправки"),
                s.text("ТипДолжностиЗаявителя"),
                date(s, "ДатаУтвержденияДолжности", warnings),
                s.text("НаименованиеКадровогоПодразделения"),
                bool(s, "ПравовыеОснованияДляПредоставленияСведенийОРасходахОтсутствуют", warnings),
                bool(s, "ДостоверностьИПолнотуНастоящихСведенийПодтверждаю", warnings),
                decimal(s, "СуммарнаяДекларированнаяСтоимостьЦенныхБумаг", warnings),
                s.text("МеткаВремени"),
                rows(s, "Доходы", "Доход", this::income),
                rows(s, "Расходы", "Расход", this::expense),
                rows(s, "НедвижимоеИмущество", "Собственность", this::realEstate),
                rows(s, "ТранспортныеСредства", "Собственность", this::vehicle),
                digitalAssets,
                utility,
                rows(s, "Цифровая_валюта", "Цифровая_валюта", this::digitalCurrency),
                rows(s, "Счета", "Счет", this::account),
                rows(s, "ЦенныеБумаги", "УчастиеВКоммерческихОрганизацияхИФондах", this::share),
                rows(s, "ИныеЦенныеБумаги", "ЦеннаяБумага", this::security),
                rows(s, "НедвижимоеИмуществоВПользовании", "Пользование", this::estateInUse),
                rows(s, "СрочныеОбязательства", "СрочноеОбязательство", this::obligation),
                rows(s, "Подарки", "Подарок", this::gift),
                warnings);
        Values.reportUnread(s, warnings);
        return result;
    }

    /** The rows of a section: the collection's items of the expected element; other items are reported. */
    private <T> List<T> rows(Node s, String collection, String item, Function<Node, T> mapper) {
        Node c = s.child(collection);
        if (c == null) {
            return List.of();
        }
        c.text();
        List<T> rows = new ArrayList<>();
        for (Node row : c.all(item)) {
            ignore(row, IGNORED);
            rows.add(mapper.apply(row));
        }
        return List.copyOf(rows);
    }

    private static void ignore(Node node, List<String> fields) {
        for (String field : fields) {
            for (Node n : node.all(field)) {
                n.ignoreAll();
            }
        }
    }

    // ---- title

    private Person person(Node holder) {
        if (holder == null) {
            return null;
        }
        Node p = holder.child("ЛичныеДанные");
        if (p == null) {
            return null;
        }
        Node documents = p.child("ДокументУдостоверяющийЛичность");
        Node d = documents == null || documents.children().isEmpty()
                ? null
                : documents.children().getFirst();
        if (documents != null) {
            for (Node other : documents.children()) {
                other.markUsed();
            }
        }
        IdentityDocument document = d == null
                ? null
                : new IdentityDocument(
                        d.name,
                        d.text("Тип"),
                        d.text("Серия"),
                        d.text("Номер"),
                        d.text("ОрганВыдавшийДокумент"),
                        date(d, "ДатаВыдачи", warnings),
                        d.text("Страна"),
                        d.text("Примечание"));
        Node w = inner(p, "МестоРаботы", "МестоРаботы");
        Workplace work = w == null
                ? null
                : new Workplace(
                        bool(w, "Имеется", warnings),
                        w.text("НазваниеОрганизации"),
                        w.text("Должность"),
                        w.text("РодЗанятий"));
        return new Person(
                d == null ? null : d.text("Фамилия"),
                d == null ? null : d.text("Имя"),
                d == null ? null : d.text("Отчество"),
                d == null ? null : bool(d, "ОтчествоОтсутствует", warnings),
                d == null ? null : date(d, "ДатаРождения", warnings),
                d == null ? null : d.text("Пол"),
                document,
                p.text("СНИЛС"),
                address(p, "Регистрация"),
                work);
    }

    /** {@code <Атрибут Имя="outer"><inner>…</inner></Атрибут>}. */
    private static Node inner(Node node, String outer, String inner) {
        Node o = node.child(outer);
        if (o == null) {
            return null;
        }
        o.text();
        return o.child(inner);
    }

    private Address address(Node node, String field) {
        Node a = inner(node, field, "Адрес");
        if (a == null) {
            return null;
        }
        ignore(a, List.of("КЛАДР"));
        return new Address(
                a.text("Страна"),
                a.text("Индекс"),
                a.text("Регион"),
                a.text("Район"),
                a.text("Город"),
                a.text("НаселенныйПункт"),
                a.text("Улица"),
                a.text("Дом"),
                a.text("Корпус"),
                a.text("Строение"),
                a.text("Квартира"),
                a.text("ДополнительнаяИнформация"));
    }

    // ---- sections

    private Income income(Node n) {
        // The owner's name, birth date and ownership of a sold property: not part of the row's meaning here.
        ignore(n, List.of("Имя", "ДатаРождения", "Собственность"));
        return new Income(
                n.text("ВидДохода"),
                n.text("ВидИногоДохода"),
                n.text("КатегорияДохода"),
                n.text("СведениеОДоходе"),
                decimal(n, "ВеличинаДохода", warnings),
                decimal(n, "Площадь", warnings),
                n.text("Пояснения"));
    }

    private Expense expense(Node n) {
        List<FundsSource> sources = new ArrayList<>();
        Node holder = n.child("ИсточникиСредств");
        if (holder != null) {
            holder.text();
            for (Node source : holder.all("ИсточникСредств")) {
                Node what = source.child("Источник");
                Obligation obligation = null;
                if (what != null) {
                    Node o = what.child("СрочноеОбязательство");
                    if (o != null) {
                        obligation = obligation(o);
                    }
                }
                sources.add(new FundsSource(
                        what == null ? null : what.text(), decimal(source, "СуммаСредств", warnings), obligation));
            }
        }
        return new Expense(
                n.text("ВидИмущества"),
                n.text("ВидНедвижимогоИмущества"),
                n.text("НаименованиеНедвижимогоИмущества"),
                decimal(n, "Площадь", warnings),
                bool(n, "НеПредусмотреноУказаниеПлощади", warnings),
                address(n, "МестонахождениеИмущества"),
                decimal(n, "СуммаСделки", warnings),
                n.text("ОснованиеПриобретения"),
                List.copyOf(sources));
    }

    /** The item's own fields, else those of its {@code Имущество/<Kind>} (the program writes both). */
    private static Node property(Node n) {
        Node holder = n.child("Имущество");
        if (holder == null) {
            return null;
        }
        holder.text();
        return holder.children().isEmpty() ? null : holder.children().getFirst();
    }

    private String text(Node n, Node property, String field) {
        String own = n.text(field);
        if (own == null && property != null) {
            own = property.text(field);
        } else if (property != null) {
            property.text(field);
        }
        return own;
    }

    private java.math.BigDecimal decimal2(Node n, Node property, String field) {
        java.math.BigDecimal own = decimal(n, field, warnings);
        java.math.BigDecimal other = property == null ? null : decimal(property, field, warnings);
        return own != null ? own : other;
    }

    private Address address2(Node n, Node property, String field) {
        Address own = address(n, field);
        Address other = property == null ? null : address(property, field);
        return own != null ? own : other;
    }

    private RealEstate realEstate(Node n) {
        Node p = property(n);
        if (p != null) {
            p.markUsed();
            ignore(p, IGNORED);
            ignore(p, List.of("ВидИмущества", "НеПредусмотреноУказаниеПлощади"));
        }
        ignore(n, List.of("ВидИмущества"));
        List<CoOwner> coOwners = new ArrayList<>();
        Node others = n.child("ИныеЛица");
        if (others != null) {
            others.text();
            for (Node other : others.children()) {
                other.markUsed();
                coOwners.add(new CoOwner(other.text("Имя"), date(other, "ДатаРождения", warnings)));
            }
        }
        return new RealEstate(
                text(n, p, "ВидНедвижимогоИмущества"),
                text(n, p, "НаименованиеНедвижимогоИмущества"),
                n.text("ВидСобственности"),
                fraction(n, "РазмерДоли", warnings),
                decimal2(n, p, "Площадь"),
                bool(n, "НеПредусмотреноУказаниеПлощади", warnings),
                address2(n, p, "МестонахождениеИмущества"),
                n.text("ОснованиеПриобретенияИИсточникСредств"),
                List.copyOf(coOwners),
                n.text("Пояснения"));
    }

    private Vehicle vehicle(Node n) {
        Node p = property(n);
        if (p != null) {
            p.markUsed();
            ignore(p, IGNORED);
            ignore(p, List.of("ВидИмущества"));
        }
        ignore(n, List.of("ВидИмущества"));
        Integer year = integer(n, "ГодВыпуска", warnings);
        if (year == null && p != null) {
            year = integer(p, "ГодВыпуска", warnings);
        } else if (p != null) {
            p.child("ГодВыпуска");
        }
        return new Vehicle(
                text(n, p, "ВидТранспортногоСредства"),
                text(n, p, "МаркаТранспортногоСредства"),
                text(n, p, "МодельТранспортногоСредства"),
                text(n, p, "НаименованиеТранспортногоСредства"),
                year,
                n.text("ВидСобственности"),
                fraction(n, "РазмерДоли", warnings),
                text(n, p, "МестоРегистрации"),
                n.text("ОснованиеПриобретенияИИсточникСредств"));
    }

    private DigitalAsset digitalAsset(Node n) {
        ignore(n, IGNORED);
        String name = n.text("Наименование_цифрового_финансового_актива");
        String right = n.text("Наименование_цифрового_права");
        return new DigitalAsset(
                n.name,
                name != null ? name : right,
                date(n, "Дата_приобретения", warnings),
                decimal(n, "Общее_количество", warnings),
                n.text("Наименование_оператора"),
                n.text("Страна_регистрации"),
                n.text("Регистрационный_номер"));
    }

    private UtilityDigitalRight utilityRight(Node n) {
        ignore(n, IGNORED);
        return new UtilityDigitalRight(
                n.text("Наименование_утилитарного_цифрового_права"),
                date(n, "Дата_приобретения", warnings),
                decimal(n, "Размер_инвестиций", warnings),
                n.text("Наименование_оператора"),
                n.text("Страна_регистрации"),
                n.text("Регистрационный_номер"));
    }

    private DigitalCurrency digitalCurrency(Node n) {
        return new DigitalCurrency(
                n.text("Наименование_цифровой_валюты"),
                date(n, "Дата_приобретения", warnings),
                decimal(n, "Общее_количество", warnings));
    }

    private Account account(Node n) {
        return new Account(
                n.text("КредитнаяОрганизация"),
                n.text("ВидСчета"),
                n.text("ВалютаСчета"),
                date(n, "ДатаОткрытияСчета", warnings),
                decimal(n, "ОстатокНаСчете", warnings),
                decimal(n, "СуммаПоступившихСредств", warnings),
                bool(n, "СуммаНеПревышаетОбщийДоход", warnings),
                n.text("НомерВыписки"),
                date(n, "ДатаВыписки", warnings),
                n.text("Пояснения"));
    }

    private CompanyShare share(Node n) {
        Node c = inner(n, "КоммерческаяОрганизация", "КоммерческаяОрганизация");
        if (c != null) {
            ignore(c, IGNORED);
        }
        return new CompanyShare(
                text(n, c, "Имя"),
                text(n, c, "ОрганизационноПравоваяФорма"),
                c != null ? bool(c, "АкционерноеОбщество", warnings) : bool(n, "АкционерноеОбщество", warnings),
                address2(n, c, "ЮридическийАдрес"),
                decimal2(n, c, "УставнойКапитал"),
                fraction(n, "РазмерДоли", warnings),
                n.text("ВидАкции"),
                decimal(n, "КоличествоАкций", warnings),
                decimal(n, "НоминальнаяСтоимостьАкции", warnings),
                decimal(n, "ОбщаяСтоимость", warnings),
                n.text("ОснованиеУчастия"));
    }

    private Security security(Node n) {
        return new Security(
                n.text("ВидЦеннойБумаги"),
                n.text("Эмитент"),
                decimal(n, "НоминальнаяВеличинаОбязательства", warnings),
                decimal(n, "ОбщееКоличество", warnings),
                decimal(n, "ОбщаяСтоимость", warnings));
    }

    private EstateInUse estateInUse(Node n) {
        ignore(n, List.of("ВидИмущества"));
        return new EstateInUse(
                n.text("ВидНедвижимогоИмущества"),
                n.text("НаименованиеНедвижимогоИмущества"),
                n.text("ВидПользования"),
                n.text("Начало"),
                n.text("Конец"),
                n.text("ОснованиеПользования"),
                n.text("ТипПредоставившейСтороны"),
                n.text("ФИО"),
                date(n, "ДатаРождения", warnings),
                decimal(n, "Площадь", warnings),
                bool(n, "НеПредусмотреноУказаниеПлощади", warnings),
                address(n, "МестонахождениеИмущества"));
    }

    private Obligation obligation(Node n) {
        ignore(n, IGNORED);
        String legalEntity = n.text("ЮрЛицо");
        String secondParty = n.text("ВтораяСторонаОбязательства");
        String person = n.text("ФИО");
        return new Obligation(
                n.text("ВидОбязательства"),
                n.text("ПоясненияОбязательства"),
                n.text("КредиторИлиДолжник"),
                n.text("ТипВторойСтороныОбязательства"),
                legalEntity != null ? legalEntity : person != null ? person : secondParty,
                n.text("ИНН"),
                n.text("ОГРН"),
                n.text("УточнениеСтатусаВторойСтороны"),
                address(n, "Адрес"),
                n.text("ОснованиеВозникновения"),
                decimal(n, "СуммаОбязательства", warnings),
                decimal(n, "РазмерОбязательства", warnings),
                n.text("УсловиеОбязательства"));
    }

    private Gift gift(Node n) {
        return new Gift(
                n.text("ВидИмущества"),
                n.text("ВидНедвижимогоИмущества"),
                n.text("НаименованиеНедвижимогоИмущества"),
                decimal(n, "Площадь", warnings),
                bool(n, "НеПредусмотреноУказаниеПлощади", warnings),
                address(n, "МестонахождениеИмущества"),
                n.text("Приобретатель"),
                n.text("ЮрФизЛицо"),
                n.text("ФИО"),
                date(n, "ДатаРождения", warnings),
                n.text("ТипДокумента"),
                n.text("Серия"),
                n.text("Номер"),
                date(n, "ДатаВыдачи", warnings),
                n.text("КемВыдан"),
                address(n, "АдресРегистрации"),
                n.text("ОснованиеОтчуждения"),
                n.text("Пояснения"));
    }
}
