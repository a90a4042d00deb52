package org.judicialchain.portal.domain.shared;

/**
 * Input that is well formed but wrong for what it asks (an id that is not of the case, a validity window
 * that ends before it starts, a book without its header). The message is meant for the person who sent it
 * and names the field or the line at fault: the API answers 400 with it. It is an IllegalArgumentException
 * so that code which gathers per-line refusals (a book import) catches it with the domain's own refusals.
 */
public class InvalidInputException extends IllegalArgumentException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
