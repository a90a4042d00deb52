package org.judicialchain.ruling.manifest;

/** A manifest that lists more evidence than a reader agreed to check: refused before any item is built. */
public class ManifestTooLargeException extends ManifestFormatException {

    public ManifestTooLargeException(String message) {
        super(message);
    }
}
