package ru.probity.procurement.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files named on the command line: files as given, directories walked for the given extensions. */
public final class InputFiles {

    private InputFiles() {}

    public static List<Path> expand(List<Path> paths, String... extensions) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> hasExtension(p, extensions))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new BatchInputException(
                        "файл или каталог не найден: " + path, "no such file or directory: " + path);
            }
        }
        return files;
    }

    static boolean hasExtension(Path path, String... extensions) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
