package org.judicialchain.ruling.manifest;

/** An embedded manifest that is not valid JSON of {@link DocumentManifest#FORMAT}. */
public class ManifestFormatException extends Exception {

    public ManifestFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public ManifestFormatException(String message) {
        super(message);
    }
}
