package ru.probity.procurement.fns;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;

/**
 * Writes synthetic ЕГРЮЛ (format 4.05) or ЕГРИП (4.04) open-data files, many documents per file,
 * with the elements {@link FnsRegisterReader} reads, for test data and benchmarks. Characters the
 * encoding cannot hold are written as character references. {@link #close()} ends the file and
 * closes the stream.
 *
 * <p>The marks of unreliable data ({@link Company#unreliableData()}) are written on the address, on
 * every director and on every founder ({@code СвНедАдресЮЛ}, {@code СвНедДанДолжнФЛ}, {@code
 * СвНедДанУчр}).
 *
 * <p>What does not survive the round trip: {@code phone} (not in the open data), the {@code until}
 * of ties, and the roles {@code BOARD_MEMBER} and {@code OTHER_MANAGER}, written as
 * {@code СведДолжнФЛ} like a director and read back as {@code DIRECTOR}. Persons' roles are written
 * in the order of the schema: the managers first, then the founders (persons, then legal entities).
 */
public final class FnsXmlWriter implements Closeable {

    private static final BigDecimal CAPITAL = new BigDecimal(10000);

    private final Writer out;
    private final boolean egrul;
    private final CharsetEncoder encoder;
    private final boolean utf;
    private final StringBuilder sb = new StringBuilder(4096);
    private int documents;
    private boolean closed;

    private FnsXmlWriter(OutputStream out, Charset charset, boolean egrul) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
        this.egrul = egrul;
        this.encoder = charset.newEncoder();
        this.utf = charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-");
        String id = (egrul ? "VO_RUGFO_0000_9965_" : "VO_RIGFO_0000_9965_") + UUID.randomUUID();
        sb.append("<?xml version=\"1.0\" encoding=\"").append(charset.name()).append("\"?>\n<Файл");
        attr("ИдФайл", id);
        attr("ВерсФорм", egrul ? "4.05" : "4.04");
        attr("ТипИнф", egrul ? "ЕГРЮЛ_ОТКР_СВЕД" : "ЕГРИП_ОТКР_СВЕД");
        attr("ВерсПрог", "probity");
        sb.append(
                ">\n  <ИдОтпр ДолжОтв=\"Синтетические данные\">\n    <ФИООтв Фамилия=\"Тестов\" Имя=\"Тест\" />\n  </ИдОтпр>\n");
        flush();
    }

    /** A ЕГРЮЛ file in {@code charset} (windows-1251 as the FNS publishes, or UTF-8). */
    public static FnsXmlWriter egrul(OutputStream out, Charset charset) {
        return new FnsXmlWriter(out, charset, true);
    }

    /** A ЕГРИП file in {@code charset} (windows-1251 as the FNS publishes, or UTF-8). */
    public static FnsXmlWriter egrip(OutputStream out, Charset charset) {
        return new FnsXmlWriter(out, charset, false);
    }

    /** Writes one {@code Документ/СвЮЛ}; only in a ЕГРЮЛ file. */
    public FnsXmlWriter write(Company c) {
        if (!egrul) {
            throw new IllegalStateException("a company cannot be written to a ЕГРИП file");
        }
        String grn = c.ogrn() == null ? "" : c.ogrn();
        sb.append("  <Документ ИдДок=\"").append(++documents).append("\"><СвЮЛ");
        attr("ДатаВып", c.extractDate());
        attr("ОГРН", c.ogrn());
        attr("ДатаОГРН", c.registeredOn());
        attr("ИНН", c.inn());
        attr("КПП", c.kpp());
        sb.append(">\n");
        if (c.fullName() != null || c.shortName() != null) {
            sb.append("    <СвНаимЮЛ");
            attr("НаимЮЛПолн", c.fullName());
            attr("НаимЮЛСокр", c.shortName());
            sb.append(">");
            grn(grn, c.registeredOn());
            sb.append("</СвНаимЮЛ>\n");
        }
        boolean badAddress = c.unreliableData().contains(EgrulDocument.UNRELIABLE_ADDRESS);
        boolean badDirector = c.unreliableData().contains(EgrulDocument.UNRELIABLE_DIRECTOR);
        boolean badFounder = c.unreliableData().contains(EgrulDocument.UNRELIABLE_FOUNDER);
        if (c.address() != null || badAddress) {
            sb.append("    <СвАдресЮЛ>");
            if (c.address() != null) {
                address(AddressParts.split(c.address()));
            }
            if (badAddress) {
                unreliable("СвНедАдресЮЛ", "ПризнНедАдресЮЛ", "ТекстНедАдресЮЛ", grn, c.extractDate());
            }
            sb.append("</СвАдресЮЛ>\n");
        }
        if (c.email() != null) {
            sb.append("    <СвАдрЭлПочты");
            attr("E-mail", c.email());
            sb.append(" />\n");
        }
        if (c.terminatedOn() != null) {
            sb.append("    <СвПрекрЮЛ");
            attr("ДатаПрекрЮЛ", c.terminatedOn());
            sb.append("><СпПрекрЮЛ КодСпПрекрЮЛ=\"501\" НаимСпПрекрЮЛ=\"Прекращение деятельности\" /></СвПрекрЮЛ>\n");
        }
        sb.append("    <СвУстКап НаимВидКап=\"УСТАВНЫЙ КАПИТАЛ\" СумКап=\"")
                .append(CAPITAL)
                .append("\" />\n");
        for (PersonLink p : c.people()) {
            if (p.role() != CompanyRole.FOUNDER) {
                sb.append("    <СведДолжнФЛ>");
                grnFirst(grn, p.since());
                person(p, grn);
                sb.append("<СвДолжн ВидДолжн=\"02\" НаимВидДолжн=\"Руководитель юридического лица\"");
                attr("НаимДолжн", p.post());
                sb.append(" />");
                if (badDirector) {
                    unreliable("СвНедДанДолжнФЛ", "ПризнНедДанДолжнФЛ", "ТекстНедДанДолжнФЛ", grn, c.extractDate());
                }
                sb.append("</СведДолжнФЛ>\n");
            }
        }
        if (c.people().stream().anyMatch(p -> p.role() == CompanyRole.FOUNDER)
                || !c.founders().isEmpty()) {
            sb.append("    <СвУчредит>\n");
            for (PersonLink p : c.people()) {
                if (p.role() == CompanyRole.FOUNDER) {
                    sb.append("      <УчрФЛ>");
                    grnFirst(grn, p.since());
                    person(p, grn);
                    if (badFounder) {
                        unreliable("СвНедДанУчр", "ПризнНедДанУчр", "ТекстНедДанУчр", grn, c.extractDate());
                    }
                    share(p.sharePercent());
                    sb.append("</УчрФЛ>\n");
                }
            }
            for (CompanyShare f : c.founders()) {
                sb.append("      <УчрЮЛРос>");
                grnFirst(grn, f.since());
                sb.append("<НаимИННЮЛ");
                attr("ОГРН", f.ogrn());
                attr("ИНН", f.inn());
                attr("НаимЮЛПолн", f.name());
                sb.append(" />");
                if (badFounder) {
                    unreliable("СвНедДанУчр", "ПризнНедДанУчр", "ТекстНедДанУчр", grn, c.extractDate());
                }
                share(f.sharePercent());
                sb.append("</УчрЮЛРос>\n");
            }
            sb.append("    </СвУчредит>\n");
        }
        sb.append("  </СвЮЛ></Документ>\n");
        flush();
        return this;
    }

    /** Writes one {@code Документ/СвИП}; only in a ЕГРИП file. */
    public FnsXmlWriter write(Entrepreneur e) {
        if (egrul) {
            throw new IllegalStateException("an entrepreneur cannot be written to a ЕГРЮЛ file");
        }
        sb.append("  <Документ ИдДок=\"").append(++documents).append("\"><СвИП");
        attr("ДатаВып", e.extractDate());
        attr("ОГРНИП", e.ogrnip());
        attr("ДатаОГРНИП", e.registeredOn());
        attr("ИННФЛ", e.inn());
        sb.append(" КодВидИП=\"1\" НаимВидИП=\"Индивидуальный предприниматель\">\n    <СвФЛ><ФИОРус");
        if (e.name() != null) {
            attr("Фамилия", e.name().lastName());
            attr("Имя", e.name().firstName());
            attr("Отчество", e.name().middleName());
        }
        sb.append(" /></СвФЛ>\n");
        if (e.address() != null) {
            sb.append("    <СвАдрМЖ>");
            address(AddressParts.split(e.address()));
            sb.append("</СвАдрМЖ>\n");
        }
        if (e.email() != null) {
            sb.append("    <СвАдрЭлПочты");
            attr("E-mail", e.email());
            sb.append(" />\n");
        }
        if (e.terminatedOn() != null) {
            sb.append("    <СвПрекращ><СвСтатус КодСтатус=\"201\" НаимСтатус=\"Прекратил деятельность\"");
            attr("ДатаПрекращ", e.terminatedOn());
            sb.append(" /></СвПрекращ>\n");
        }
        sb.append("  </СвИП></Документ>\n");
        flush();
        return this;
    }

    /** The documents written so far. */
    public int documents() {
        return documents;
    }

    /** Ends the file ({@code </Файл>}) and closes the stream. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sb.append("</Файл>\n");
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void person(PersonLink p, String grn) {
        sb.append("<СвФЛ");
        if (p.name() != null) {
            attr("Фамилия", p.name().lastName());
            attr("Имя", p.name().firstName());
            attr("Отчество", p.name().middleName());
        }
        attr("ИННФЛ", p.inn());
        sb.append(">");
        grn(grn, p.since());
        sb.append("</СвФЛ>");
    }

    private void share(BigDecimal percent) {
        if (percent == null) {
            return;
        }
        BigDecimal nominal = CAPITAL.multiply(percent).movePointLeft(2);
        sb.append("<ДоляУстКап НоминСтоим=\"").append(Cursor.normalize(nominal).toPlainString());
        sb.append("\"><РазмерДоли><Процент>")
                .append(percent.toPlainString())
                .append("</Процент></РазмерДоли></ДоляУстКап>");
    }

    private void address(AddressParts a) {
        sb.append("<АдресРФ");
        attr("Индекс", a.name[Address.INDEX]);
        attr("Дом", a.name[Address.HOUSE]);
        attr("Корпус", a.name[Address.BUILDING]);
        attr("Кварт", a.name[Address.FLAT]);
        sb.append(">");
        part(a, Address.REGION, "Регион");
        part(a, Address.DISTRICT, "Район");
        part(a, Address.CITY, "Город");
        part(a, Address.LOCALITY, "НаселПункт");
        part(a, Address.STREET, "Улица");
        sb.append("</АдресРФ>");
    }

    private void part(AddressParts a, int slot, String element) {
        if (a.name[slot] != null) {
            sb.append('<').append(element);
            attr("Тип" + element, a.type[slot]);
            attr("Наим" + element, a.name[slot]);
            sb.append(" />");
        }
    }

    /**
     * A record of unreliable data (129-ФЗ ст.11 п.6) as the registering authority makes it after a
     * check (признак «2»).
     */
    private void unreliable(String element, String sign, String text, String grn, LocalDate date) {
        sb.append('<').append(element).append(' ').append(sign).append("=\"2\"");
        attr(text, "сведения недостоверны (результаты проверки достоверности содержащихся в ЕГРЮЛ сведений)");
        sb.append('>');
        grn(grn, date);
        sb.append("</").append(element).append('>');
    }

    private void grn(String grn, LocalDate date) {
        if (date != null) {
            sb.append("<ГРНДата ГРН=\"")
                    .append(grn)
                    .append("\" ДатаЗаписи=\"")
                    .append(date)
                    .append("\" />");
        }
    }

    private void grnFirst(String grn, LocalDate date) {
        if (date != null) {
            sb.append("<ГРНДатаПерв ГРН=\"")
                    .append(grn)
                    .append("\" ДатаЗаписи=\"")
                    .append(date)
                    .append("\" />");
        }
    }

    private void attr(String name, LocalDate value) {
        if (value != null) {
            sb.append(' ').append(name).append("=\"").append(value).append('"');
        }
    }

    private void attr(String name, String value) {
        if (value == null) {
            return;
        }
        sb.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n', '\r', '\t' -> sb.append("&#").append((int) ch).append(';');
                default -> {
                    if (ch < 0x80 || (ch >= 'А' && ch <= 'я') || utf || encoder.canEncode(ch)) {
                        sb.append(ch);
                    } else if (Character.isHighSurrogate(ch) && i + 1 < value.length()) {
                        sb.append("&#").append(value.codePointAt(i)).append(';');
                        i++;
                    } else {
                        sb.append("&#").append((int) ch).append(';');
                    }
                }
            }
        }
        sb.append('"');
    }

    private void flush() {
        try {
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sb.setLength(0);
    }
}
