package org.judicialchain.ruling.pdf;

/**
 * Where the template asked for the visible signature (the element marked data-signature-slot):
 * page number from 1 and the rectangle in PDF points from the lower-left corner.
 */
public record SignatureSlot(int page, float x, float y, float width, float height) {

    public SignatureSlot {
        if (page < 1) {
            throw new IllegalArgumentException("page numbers start at 1");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a signature slot needs a positive size");
        }
    }
}
