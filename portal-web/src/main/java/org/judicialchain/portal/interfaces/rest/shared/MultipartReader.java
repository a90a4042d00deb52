package org.judicialchain.portal.interfaces.rest.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.service.EvidenceStore;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * Reads a multipart body as a stream (commons-fileupload streaming API): the file part goes
 * straight into the store, or through a digester, and is never held in memory or spooled twice.
 */
public final class MultipartReader {

    /** Room for the multipart envelope and the text fields on top of the file limit. */
    private static final long ENVELOPE_ALLOWANCE = 64 * 1024;
    private static final int MAX_FIELD_BYTES = 4096;

    private MultipartReader() {
    }

    public record Parts(Map<String, String> fields, ContentDigests file) {
    }

    /**
     * Stores the "file" part; text parts must be among {@code allowedFields}. The store enforces
     * {@code maxBytes} too (its configured limit); a declared length beyond it is refused before reading.
     * {@code beforeStoring} sees the text parts sent before the file and may refuse (throw) before a
     * byte of it is stored: a refused upload then leaves nothing behind in the store.
     */
    public static Parts read(HttpServletRequest request, EvidenceStore store, Set<String> allowedFields, long maxBytes,
                             java.util.function.Consumer<Map<String, String>> beforeStoring) throws IOException {
        return read(request, allowedFields, maxBytes, in -> store.store(in), beforeStoring);
    }

    /**
     * Digests the "file" part without storing it, copying its first {@code keepBytes} to {@code kept}
     * (verification: a signed PDF needs its bytes, spooled to a scratch file; a recording only its digest).
     */
    public static Parts digestKeeping(HttpServletRequest request, long maxBytes, long keepBytes,
                                      java.io.OutputStream kept) throws IOException {
        return read(request, Set.of(), maxBytes, in -> new StreamingDigester(maxBytes).digest(in, new java.io.OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                if (written < keepBytes) {
                    kept.write(b);
                    written++;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                long room = keepBytes - written;
                if (room > 0) {
                    int n = (int) Math.min(room, len);
                    kept.write(b, off, n);
                    written += n;
                }
            }
        }), fields -> { });
    }

    /** Digests the "file" part without keeping it (verification by file). */
    public static Parts digestOnly(HttpServletRequest request, Set<String> allowedFields, long maxBytes) throws IOException {
        return read(request, allowedFields, maxBytes, in -> new StreamingDigester(maxBytes).digest(in), fields -> { });
    }

    private interface FileSink {
        ContentDigests accept(InputStream in) throws IOException;
    }

    private static Parts read(HttpServletRequest request, Set<String> allowedFields, long maxBytes, FileSink sink,
                              java.util.function.Consumer<Map<String, String>> beforeFile) throws IOException {
        if (request.getContentLengthLong() > maxBytes + ENVELOPE_ALLOWANCE) {
            throw tooLarge();
        }
        Map<String, String> fields = new HashMap<>();
        ContentDigests file = null;
        try {
            FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                String name = item.getFieldName();
                if ("file".equals(name)) {
                    if (file != null) {
                        throw InvalidRequestException.badRequest("more than one file part; send one file per request");
                    }
                    beforeFile.accept(Map.copyOf(fields));
                    try (InputStream in = item.getInputStream()) {
                        file = sink.accept(in);
                    }
                } else if (name != null && allowedFields.contains(name)) {
                    fields.put(name, readField(item));
                } else {
                    throw InvalidRequestException.badRequest("unknown part '" + (name == null ? "" : name.replaceAll("\\p{Cntrl}", "?"))
                            + "'; accepted: file, " + String.join(", ", allowedFields));
                }
            }
        } catch (StreamingDigester.TooLargeException e) {
            throw tooLarge();
        } catch (FileUploadException e) {
            throw InvalidRequestException.badRequest("malformed multipart body: " + e.getMessage());
        }
        if (file == null) {
            throw InvalidRequestException.badRequest("the file part is missing (a part named 'file')");
        }
        if (file.size() == 0) {
            throw InvalidRequestException.badRequest("the file is empty");
        }
        return new Parts(fields, file);
    }

    public static InvalidRequestException tooLarge() {
        return new InvalidRequestException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "upload larger than the limit of the portal (portal.upload.max-bytes)");
    }

    private static String readField(FileItemInput item) throws IOException {
        try (InputStream in = item.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw new InvalidRequestException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "field '" + item.getFieldName() + "' is longer than " + MAX_FIELD_BYTES + " bytes");
            }
            String value = new String(bytes, StandardCharsets.UTF_8);
            if (value.indexOf('\u0000') >= 0) {
                throw InvalidRequestException.badRequest("field '" + item.getFieldName() + "' contains a NUL character");
            }
            return value;
        }
    }
}
