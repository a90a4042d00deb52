package org.judicialchain.portal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the portal's CPU went during a bench step: every JFR execution sample of a Java thread is
 * put in the first category (in the order below) one of whose markers appears anywhere in its
 * stack. {@code JfrBreakdown <recording.jfr> [title]} prints a Markdown table.
 */
public final class JfrBreakdown {

    /** Category, then substrings of "class.method" that mark it; checked in this order. */
    static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("bearer-token check (JWT signature: nimbus, RSA)", List.of("com.nimbusds.", "security.TokenVerifier",
                "BearerTokenMechanism"));
        CATEGORIES.put("jakarta.json provider lookup per call (Json.createReader -> ServiceLoader, class-path scans)",
                List.of("JsonProvider.provider", "JsonProvider.lookupUsing", "java.util.ServiceLoader"));
        CATEGORIES.put("anchoring worker (claim, Merkle tree, proofs, confirm)", List.of("application.AnchoringBatches",
                "application.AnchoringScheduler", "application.BatchSteps", "persistence.AnchorOutbox"));
        CATEGORIES.put("chain client (web3j, okhttp: eth_call, sends)", List.of("org.web3j.", "okhttp3.", "chain.Web3jLedger"));
        CATEGORIES.put("proof checks in the portal (Merkle proofs, keccak; without their eth_calls)", List.of("merkle.", "application.ProofCheck", "KeccakDigest"));
        CATEGORIES.put("import (CSV, encryption, batch inserts)", List.of("application.ImportingBooks", "application.ImportBatch",
                "persistence.JdbcImportRepository", "persistence.JdbcCaseRepository", "crypto.PersonalDataVault", "commons.csv"));
        CATEGORIES.put("JPA / JDBC / PostgreSQL driver", List.of("org.postgresql.", "org.eclipse.persistence.", "persistence.Jdbc",
                "persistence.Jpa", "com.sun.gjc.", "jdbcra"));
        CATEGORIES.put("random ids and salts (SecureRandom)", List.of("SecureRandom", "UUID.randomUUID"));
        CATEGORIES.put("class loading / resource lookups", List.of("ClassLoader.loadClass", "findResource", "ZipFile.getEntry",
                "URLClassPath"));
        CATEGORIES.put("JTA transactions, CDI, interceptors", List.of("com.sun.enterprise.transaction", "org.jboss.weld.",
                "com.sun.jts", "interceptor"));
        CATEGORIES.put("container security per request (JACC permissions, Subject, realms, Soteria)", List.of(
                "com.sun.enterprise.security.", "jakarta.security.jacc.", "javax.security.auth.", "org.glassfish.soteria.",
                "org.glassfish.exousia.", "com.sun.web.security."));
        CATEGORIES.put("JSON reading and writing (JSON-P parsson, JSON-B yasson)", List.of("org.eclipse.yasson.",
                "org.eclipse.parsson.", "JsonBodyLimits.", "JsonBinding$"));
        CATEGORIES.put("JAX-RS dispatch (Jersey, HK2 injection, providers)", List.of("org.glassfish.jersey.", "org.jvnet.hk2.",
                "org.glassfish.hk2."));
        CATEGORIES.put("HTTP server and servlet container (Grizzly I/O, request parsing, Catalina)", List.of(
                "org.glassfish.grizzly.", "org.apache.catalina.", "org.apache.coyote", "com.sun.enterprise.web."));
    }

    public static void main(String[] args) throws IOException {
        System.out.print(markdown(Path.of(args[0]), args.length > 1 ? args[1] : args[0]));
    }

    static String markdown(Path recording, String title) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> leaves = new LinkedHashMap<>();
        CATEGORIES.keySet().forEach(k -> counts.put(k, 0L));
        counts.put("other (JIT, JDK, logging, ...)", 0L);
        long total = 0;
        double gcPauseMs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
            }
            if (!type.equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            String category = classify(frames);
            counts.merge(category, 1L, Long::sum);
            String app = frames.stream().filter(f -> f.getMethod() != null && f.getMethod().getType() != null)
                    .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName())
                    .filter(n -> !n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun."))
                    .findFirst().orElse("(JDK only)");
            leaves.computeIfAbsent(category, k -> new LinkedHashMap<>()).merge(app, 1L, Long::sum);
        }
        StringBuilder s = new StringBuilder();
        s.append("### ").append(title).append(": portal CPU samples by what they were doing (JFR, ").append(total)
                .append(" samples; GC pauses ").append(String.format(Locale.ROOT, "%.0f ms", gcPauseMs)).append(")\n\n");
        s.append("| where | samples | share |\n|---|---|---|\n");
        long t = Math.max(1, total);
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).filter(en -> en.getValue() > 0)
                .forEach(en -> s.append("| ").append(en.getKey()).append(" | ").append(en.getValue()).append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f%%", 100.0 * en.getValue() / t)).append(" |\n"));
        s.append('\n');
        String biggest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (biggest != null && leaves.containsKey(biggest)) {
            s.append("Largest bucket, by its innermost non-JDK method: ");
            s.append(String.join("; ", leaves.get(biggest).entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(8)
                    .map(en -> "`" + en.getKey() + "` " + String.format(Locale.ROOT, "%.0f%%", 100.0 * en.getValue() / t)).toList()));
            s.append("\n\n");
        }
        return s.toString();
    }

    static String classify(List<RecordedFrame> frames) {
        for (Map.Entry<String, List<String>> c : CATEGORIES.entrySet()) {
            for (RecordedFrame f : frames) {
                if (f.getMethod() == null || f.getMethod().getType() == null) {
                    continue;
                }
                String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
                for (String marker : c.getValue()) {
                    if (name.contains(marker)) {
                        return c.getKey();
                    }
                }
            }
        }
        return "other (JIT, JDK, logging, ...)";
    }
}
