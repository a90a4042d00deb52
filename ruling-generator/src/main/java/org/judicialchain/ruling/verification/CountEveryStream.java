package org.judicialchain.ruling.verification;

import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfArray;

/**
 * Every stream iText inflates is counted against the limits, not only those with repeated filters (iText's
 * default): one FlateDecode stream of a few kilobytes can inflate to a gigabyte.
 */
final class CountEveryStream extends MemoryLimitsAwareHandler {
    CountEveryStream(long documentSize) {
        super(documentSize);
        setMaxSizeOfSingleDecompressedPdfStream(DocumentVerifier.MAX_INFLATED_STREAM_BYTES);
        setMaxSizeOfDecompressedPdfStreamsSum(DocumentVerifier.MAX_INFLATED_TOTAL_BYTES);
    }

    @Override
    public boolean isMemoryLimitsAwarenessRequiredOnDecompression(PdfArray filters) {
        return true;
    }

    @Override
    public MemoryLimitsAwareHandler createNewInstance() {
        CountEveryStream copy = new CountEveryStream(0);
        copy.setMaxNumberOfElementsInXrefStructure(getMaxNumberOfElementsInXrefStructure());
        copy.setMaxXObjectsSizePerPage(getMaxXObjectsSizePerPage());
        return copy;
    }
}
