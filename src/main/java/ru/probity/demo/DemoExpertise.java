package ru.probity.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.expertise.DocumentForm;
import ru.probity.expertise.Expertise;
import ru.probity.expertise.ExpertiseKind;
import ru.probity.expertise.ExpertiseSubject;

/**
 * The demo's anti-corruption expertise: УГХ's draft resolution on permits for non-stationary
 * trading objects, registered by the department's lawyer ({@code ugh.lawyer}) with the department's
 * employee ({@code ugh.employee}) as its developer, its first version uploaded as DOCX — worded with
 * the typical corruptogenic factors («вправе», «в разумный срок», «иные документы», «по согласованию»),
 * so the lawyer who signs in sees the detector's hints at once. Written through the module's service.
 */
final class DemoExpertise {

    private DemoExpertise() {}

    static void load(Expertise expertise, DemoLookupStore lookup) {
        var lawyer = lookup.officer("ugh.lawyer")
                .map(u -> new CurrentUser(
                        u.userId(), u.username(), u.fullName(), Role.LEGAL_EXPERT, u.organizationId(), null));
        var ugh = lookup.organization(DemoRegionGenerator.UGH);
        var developer = lookup.employeeOf("ugh.employee");
        if (lawyer.isEmpty() || ugh.isEmpty()) {
            return;
        }
        long id = expertise.register(
                lawyer.get(),
                new DocumentForm(
                        ugh.get(),
                        ExpertiseSubject.DRAFT,
                        ExpertiseKind.RESOLUTION,
                        TITLE,
                        ugh.get(),
                        developer.orElse(null),
                        null,
                        null,
                        "ugh.lawyer"));
        expertise.addVersion(lawyer.get(), id, "Проект постановления о НТО.docx", docx(), null);
    }

    private static final String TITLE = "Об утверждении Порядка выдачи разрешений на размещение нестационарных"
            + " торговых объектов на территории города Калуги";

    private static final String[] TEXT = {
        "ПРОЕКТ",
        "ПОСТАНОВЛЕНИЕ",
        "Городской Управы города Калуги",
        TITLE,
        "1. Общие положения",
        "1.1. Настоящий Порядок определяет процедуру выдачи разрешений на размещение нестационарных торговых"
                + " объектов на земельных участках, находящихся в муниципальной собственности.",
        "1.2. Разрешение выдаёт Управление городского хозяйства города Калуги (далее — Управление).",
        "2. Порядок выдачи разрешения",
        "2.1. Для получения разрешения заявитель представляет в Управление заявление, копию документа,"
                + " удостоверяющего личность, схему размещения объекта и иные документы по требованию Управления.",
        "2.2. Управление вправе отказать в выдаче разрешения.",
        "2.3. Заявление рассматривается Управлением в разумный срок.",
        "2.4. В необходимых случаях Управление может запросить у заявителя другие сведения.",
        "2.5. Разрешение выдаётся по согласованию с заместителем Городского Головы, за исключением случаев,"
                + " определяемых начальником Управления.",
        "2.6. Порядок обжалования отказа в выдаче разрешения устанавливается Управлением.",
        "3. Заключительные положения",
        "3.1. Контроль за исполнением настоящего постановления возложить на начальника Управления.",
    };

    private static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : TEXT) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
