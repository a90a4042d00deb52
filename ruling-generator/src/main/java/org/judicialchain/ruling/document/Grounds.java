package org.judicialchain.ruling.document;

/**
 * What the decision rests on, which differs by document type: a settlement the court confirms,
 * or a debtor's objection and the court's reasoning on it.
 */
public sealed interface Grounds {

    int MAX_TEXT = 20_000;

    /** The agreement reached by the parties (judicial confirmation). */
    record Settlement(String summary) implements Grounds {
        public Settlement {
            summary = Texts.required(summary, "settlement summary", MAX_TEXT);
        }
    }

    /** The objection as filed and the court's reasoning on it (objection decision). */
    record Objection(String objection, String reasoning) implements Grounds {
        public Objection {
            objection = Texts.required(objection, "objection", MAX_TEXT);
            reasoning = Texts.required(reasoning, "reasoning", MAX_TEXT);
        }
    }
}
