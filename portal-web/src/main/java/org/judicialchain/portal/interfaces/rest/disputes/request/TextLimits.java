package org.judicialchain.portal.interfaces.rest.disputes.request;

/** Bounds of the texts and lists of dispute requests. */
public final class TextLimits {

    /** A statement or reasons. */
    public static final int MAX_TEXT = 20_000;
    /** Records, findings or attachments an objection or a response cites. */
    public static final int MAX_CITED = 200;

    private TextLimits() {
    }
}
