package org.judicialchain.ruling.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where template files come from: a court's own directory first (a file of the same name
 * there wins), then the defaults shipped in this jar under templates/. Only plain file names
 * are accepted, so a template cannot reach outside either place.
 */
public final class TemplateSource {

    private static final String CLASSPATH_DIR = "templates/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path overrideDirectory;

    private TemplateSource(Path overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
    }

    /** Only the templates shipped in the jar. */
    public static TemplateSource builtIn() {
        return new TemplateSource(null);
    }

    /** The court's directory first, the shipped templates for every file it does not have. */
    public static TemplateSource withOverrides(Path directory) {
        if (directory == null) {
            return builtIn();
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("template directory does not exist: " + directory.toAbsolutePath());
        }
        return new TemplateSource(directory.toAbsolutePath().normalize());
    }

    public Optional<Path> overrideDirectory() {
        return Optional.ofNullable(overrideDirectory);
    }

    /** The template text, UTF-8. */
    public Reader open(String name) {
        try {
            Optional<Path> file = overridden(name);
            if (file.isPresent()) {
                return Files.newBufferedReader(file.get(), StandardCharsets.UTF_8);
            }
            InputStream in = getClass().getClassLoader().getResourceAsStream(CLASSPATH_DIR + checked(name));
            if (in == null) {
                throw new TemplateNotFoundException(name, overrideDirectory);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    /** The court's version of a file, if it has one. */
    Optional<Reader> openOverride(String name) {
        try {
            Optional<Path> file = overridden(name);
            return file.isPresent() ? Optional.of(Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    /** The version shipped in the jar. */
    Reader openBuiltIn(String name) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(CLASSPATH_DIR + checked(name));
        if (in == null) {
            throw new TemplateNotFoundException(name, null);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private Optional<Path> overridden(String name) {
        if (overrideDirectory == null) {
            return Optional.empty();
        }
        Path file = overrideDirectory.resolve(checked(name));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static String checked(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not a plain template file name: '" + name + "'");
        }
        return name;
    }
}
