package ru.probity.declarations;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import ru.probity.access.CurrentUser;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.Problem;
import ru.probity.declarations.checks.Validation;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;

/**
 * Filing a declaration as typed into the form of Указ №460 or as the project's XLSX template: the
 * values read, the content checked, the scans of the signed original checked, and then everything
 * filed at once or nothing — every problem named in Russian with where it is (the field of the
 * form, or the sheet and row of the workbook). For the pages and for any other entry (an API, the
 * command line). Each filing runs in its own transaction ({@link Declarations},
 * {@link DeclarationFiles}); this class holds none, so a problem found leaves nothing behind.
 */
@Service
public class DeclarationFiling {

    private static final Logger log = LoggerFactory.getLogger(DeclarationFiling.class);

    private final Declarations declarations;
    private final DeclarationFiles files;
    private final DeclarationTexts texts;

    DeclarationFiling(Declarations declarations, DeclarationFiles files, DeclarationTexts texts) {
        this.declarations = declarations;
        this.files = files;
        this.texts = texts;
    }

    /**
     * What filing from the form gave: the new declaration, or the problems by field in Russian
     * (nothing was saved); and the content as read, to show the form again.
     */
    public record Filed(
            ObligationRow obligation, DeclarationContent content, Long declarationId, Map<String, String> errors) {}

    /** What an imported workbook gave: the new declaration, or its problems with sheet and row (nothing saved). */
    public record Imported(Long declarationId, List<String> problems) {}

    /**
     * Files the form's declaration with the scans of its original: the form's values, then the
     * scans, then the content and the term, each step only when the one before found nothing.
     */
    public Filed fileForm(CurrentUser user, long obligationId, DeclarationForm form, List<ScanUpload> scans) {
        ObligationRow obligation = declarations.obligation(user, obligationId);
        List<Problem> problems = new ArrayList<>();
        DeclarationContent content = form.toContent(problems);
        try {
            files.check(scans, 0);
        } catch (Refusal e) {
            problems.add(problem(DeclarationFiles.FIELD, e));
        }
        if (problems.isEmpty()) {
            problems.addAll(declarations.problems(obligation, content));
        }
        if (!problems.isEmpty()) {
            return new Filed(obligation, content, null, texts.errors(problems));
        }
        long id = files.submit(user, obligationId, content, scans);
        return new Filed(obligation, content, id, Map.of());
    }

    /**
     * Imports the XLSX template into a declaration: all or nothing, every problem named with its
     * sheet and row. Refused when no file is given.
     *
     * @param fileName the file's name as uploaded, for the messages
     * @param size its size in bytes
     */
    public Imported importWorkbook(
            CurrentUser user, long obligationId, String fileName, long size, InputStreamSource workbook) {
        ObligationRow obligation = declarations.obligation(user, obligationId);
        if (workbook == null || size == 0) {
            throw Refusal.invalid("declarations.import.noFile");
        }
        UploadLimits limits = UploadLimits.current();
        String name = fileName == null ? "файл" : fileName;
        if (size > limits.declarationFile().toBytes()) {
            return refused(texts.text("upload.limit.file", name, UploadLimits.size(limits.declarationFile())));
        }
        DeclarationXlsx.Read read;
        try (InputStream in = workbook.getInputStream()) {
            read = DeclarationXlsx.read(in, name, limits);
        } catch (IOException | RuntimeException e) {
            UploadRefused refused = UploadRefused.of(e, name, limits);
            log.info("Declaration XLSX {} refused: {}", name, e.toString());
            return refused(refused != null ? texts.text(refused) : texts.text("declarations.import.notXlsx"));
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        DeclarationContent content = read.form().toContent(problems);
        problems.addAll(Validation.validate(content, obligation.year()));
        if (problems.isEmpty()) {
            problems.addAll(declarations.problems(obligation, content));
        }
        if (!problems.isEmpty()) {
            return new Imported(
                    null,
                    problems.stream()
                            .map(p -> texts.importText(read, p))
                            .distinct()
                            .toList());
        }
        return new Imported(declarations.submit(user, obligationId, content), List.of());
    }

    private static Imported refused(String problem) {
        return new Imported(null, List.of(problem));
    }

    private static Problem problem(String field, Refusal refusal) {
        String[] args = new String[refusal.arguments().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = String.valueOf(refusal.arguments()[i]);
        }
        return Problem.of(field, refusal.messageKey(), args);
    }
}
