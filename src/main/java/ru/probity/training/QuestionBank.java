package ru.probity.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.training.bank.MoodleXml;
import ru.probity.training.bank.Question;
import ru.probity.training.bank.QuestionFileException;
import ru.probity.training.bank.QuestionSheet;

/**
 * The question bank: categories and questions kept by an organization and seen by its subtree and
 * its ancestors; import from Moodle XML or XLSX (a file is taken whole or refused with every
 * problem named) and export to both; the starter bank that ships with the product.
 */
@Service
@Transactional
public class QuestionBank {

    static final String STARTER = "/training/starter-bank.xml";

    private final QuestionStore store;
    private final java.util.concurrent.ConcurrentMap<Long, Question> cache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHED_QUESTIONS = 20_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QuestionBank.class);

    private final org.springframework.context.MessageSource messages;

    QuestionBank(QuestionStore store, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.store = store;
    }

    /** A stored question with its id. */
    public record Stored(long id, long categoryId, String organization, Question question) {}

    /** A category with the number of its active questions. */
    public record Category(long id, String name, String organization, int questions) {}

    /** What an import did, or why the file was refused. */
    public record Imported(String fileName, int questions, int categories, String problem)
            implements java.io.Serializable {
        public boolean ok() {
            return problem == null;
        }
    }

    @Transactional(readOnly = true)
    public List<Category> categories(CurrentUser user) {
        requireReader(user);
        return store.categories(user.organizationId());
    }

    /** Active questions the user sees, of one category or all, optionally containing words. */
    @Transactional(readOnly = true)
    public List<Stored> questions(CurrentUser user, Long categoryId, String query) {
        requireReader(user);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return store.questions(user.organizationId(), categoryId, q);
    }

    /** Imports a Moodle XML or XLSX file into the user's organization's bank, all or nothing. */
    public Imported importFile(CurrentUser user, String fileName, InputStream content) {
        requireKeeper(user);
        String name = fileName == null ? "файл" : fileName;
        List<Question> questions;
        ru.probity.platform.UploadLimits limits = ru.probity.platform.UploadLimits.current();
        try {
            InputStream bounded = ru.probity.platform.BoundedZip.limited(
                    content, limits.questionFile().toBytes(), name);
            questions = name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? QuestionSheet.read(bounded, name)
                    : MoodleXml.read(bounded, name);
        } catch (QuestionFileException e) {
            // the reasons are Russian, written by the readers; the library's text is in the cause only
            return new Imported(name, 0, 0, e.getMessage());
        } catch (ru.probity.platform.UploadRefused e) {
            log.warn("Question file {} refused: {}", name, e.getMessage());
            return new Imported(name, 0, 0, e.russian(messages));
        }
        Map<String, Long> categories = new HashMap<>();
        for (Question q : questions) {
            categories.computeIfAbsent(q.category(), c -> store.category(user.organizationId(), c));
        }
        store.insert(questions, categories, user.username());
        return new Imported(name, questions.size(), categories.size(), null);
    }

    /** Refuses a file over {@code probity.uploads.question-file} before it is read; null when it fits. */
    public Imported checkSize(String fileName, long size) {
        ru.probity.platform.UploadLimits limits = ru.probity.platform.UploadLimits.current();
        if (size <= limits.questionFile().toBytes()) {
            return null;
        }
        String name = fileName == null ? "файл" : fileName;
        log.warn("Question file {} refused: {} bytes", name, size);
        return new Imported(
                name,
                0,
                0,
                messages.getMessage(
                        "upload.limit.file",
                        new Object[] {name, ru.probity.platform.UploadLimits.size(limits.questionFile())},
                        ru.probity.platform.RussianFormats.LOCALE));
    }

    /** The starter bank that ships with Probity: 273-ФЗ, 25-ФЗ, 44-ФЗ ст.31, 230-ФЗ, declarations, notifications. */
    public Imported importStarter(CurrentUser user) {
        try (InputStream in = QuestionBank.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("The starter bank " + STARTER + " is missing from the build");
            }
            return importFile(user, "Стартовый банк Probity.xml", in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void exportMoodle(CurrentUser user, Long categoryId, OutputStream out) throws IOException {
        MoodleXml.write(
                questions(user, categoryId, null).stream().map(Stored::question).toList(), out);
    }

    public void exportXlsx(CurrentUser user, Long categoryId, OutputStream out) throws IOException {
        QuestionSheet.write(
                questions(user, categoryId, null).stream().map(Stored::question).toList(), out);
    }

    /**
     * The questions with the given ids, whatever their visibility (an attempt's questions are
     * fixed). A stored question never changes — the bank only adds questions — so they are kept in
     * memory once read: every start and every view of an attempt needs twenty of them.
     */
    @Transactional(readOnly = true)
    java.util.Map<Long, Question> byIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, Question> found = new HashMap<>();
        List<Long> missing = new java.util.ArrayList<>();
        for (Long id : ids) {
            Question q = cache.get(id);
            if (q == null) {
                missing.add(id);
            } else {
                found.put(id, q);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        if (cache.size() > CACHED_QUESTIONS) {
            cache.clear();
        }
        Map<Long, Question> read = store.byIds(missing);
        cache.putAll(read);
        found.putAll(read);
        return found;
    }

    static void requireKeeper(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not keep the question bank");
        }
    }

    static void requireReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not see the question bank");
        }
    }
}
