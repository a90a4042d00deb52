package org.judicialchain.identity.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rows of src/test/resources/access/access-policy.csv. */
record PolicyTable(List<Row> rows) {

    static final String RESOURCE = "/access/access-policy.csv";
    private static final String HEADER = "role,situation,action,outcome,logged";

    record Row(int line, String role, String situation, Action action, Decision.Outcome outcome, boolean logged) {
        @Override
        public String toString() {
            return role + " / " + situation + " / " + action + " -> " + outcome + (logged ? " (logged)" : "");
        }
    }

    static PolicyTable load() {
        try (InputStream in = Objects.requireNonNull(PolicyTable.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            boolean headerSeen = false;
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.equals(HEADER)) {
                        throw new IllegalStateException(RESOURCE + ": expected header " + HEADER);
                    }
                    headerSeen = true;
                    continue;
                }
                String[] f = trimmed.split(",", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 5 fields: " + line);
                }
                if (!f[4].equals("yes") && !f[4].equals("no")) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": logged must be yes or no");
                }
                rows.add(new Row(lineNo, f[0], f[1], Action.valueOf(f[2]), Decision.Outcome.valueOf(f[3]),
                        f[4].equals("yes")));
            }
            return new PolicyTable(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
