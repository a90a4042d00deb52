package org.judicialchain.ruling.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one font family every document uses: Noto Sans SC (regular and bold), a real CJK font
 * that is embedded as a subset, as PDF/A requires. The font programs are parsed once (about
 * 10 MB each) and shared; each document gets its own {@link FontProvider} over them, since a
 * provider caches fonts bound to one PDF.
 *
 * <p>By default the fonts come from this jar (the build copies them from the npm package
 * {@code @expo-google-fonts/noto-sans-sc}); {@link #fromDirectory} reads the same two files from
 * elsewhere.
 */
public final class CjkFonts {

    public static final String FAMILY = "Noto Sans SC";
    static final String REGULAR = "400Regular/NotoSansSC_400Regular.ttf";
    static final String BOLD = "700Bold/NotoSansSC_700Bold.ttf";
    private static final String CLASSPATH_DIR = "/org/judicialchain/ruling/fonts/";

    private final FontProgram regular;
    private final FontSet fontSet;

    private CjkFonts(byte[] regularData, byte[] boldData) {
        try {
            this.regular = FontProgramFactory.createFont(regularData, false);
            FontProgram bold = FontProgramFactory.createFont(boldData, false);
            this.fontSet = new FontSet();
            fontSet.addFont(regular, PdfEncodings.IDENTITY_H);
            fontSet.addFont(bold, PdfEncodings.IDENTITY_H);
        } catch (IOException e) {
            throw new UncheckedIOException("the CJK font files do not parse", e);
        }
    }

    /** The fonts packed in this jar. */
    public static CjkFonts bundled() {
        return new CjkFonts(resource(REGULAR), resource(BOLD));
    }

    /** A directory laid out like the npm package (400Regular/..., 700Bold/...). */
    public static CjkFonts fromDirectory(Path directory) {
        try {
            return new CjkFonts(Files.readAllBytes(directory.resolve(REGULAR)), Files.readAllBytes(directory.resolve(BOLD)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Noto Sans SC from " + directory.toAbsolutePath()
                    + " (expected " + REGULAR + " and " + BOLD + ")", e);
        }
    }

    /** A provider for one document; never share it between documents. */
    public FontProvider newProvider() {
        return new FontProvider(fontSet, FAMILY);
    }

    /** The regular face as a font for one document, embedded as a subset. */
    public PdfFont newRegularFont() {
        return PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CjkFonts.class.getResourceAsStream(CLASSPATH_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not in the jar: the build copies it from "
                        + "ruling-generator/node_modules/@expo-google-fonts/noto-sans-sc (npm ci in ruling-generator)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + name, e);
        }
    }
}
