package org.judicialchain.portal.interfaces.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.judicialchain.portal.PortalApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The access matrix is complete: every JAX-RS resource method has exactly one row in {@link EndpointAccessTable}. */
class EndpointAccessTableTest {

    /** Every resource method of the API, keyed like the table's rows, with the Java method it is. */
    static Map<String, String> endpointsInCode() {
        String root = "/" + PortalApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, String> endpoints = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.judicialchain.portal.interfaces.rest")) {
            Class<?> type = c.reflect();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String httpMethod = httpMethod(m);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = m.getAnnotation(Path.class);
                String path = join(root, classPath.value(), methodPath == null ? "" : methodPath.value());
                Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
                boolean hasBody = !httpMethod.equals("GET") && !httpMethod.equals("DELETE") && !httpMethod.equals("HEAD");
                String key = EndpointAccessTable.Row.key(httpMethod, path,
                        hasBody && consumes != null ? EndpointAccessTable.consumesKey(consumes.value()) : null);
                String previous = endpoints.put(key, type.getSimpleName() + "." + m.getName());
                assertThat(previous).as("two resource methods answer " + key).isNull();
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        String joined = String.join("/", parts).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        Map<String, String> inCode = endpointsInCode();
        Map<String, EndpointAccessTable.Row> declared = new TreeMap<>();
        for (EndpointAccessTable.Row row : EndpointAccessTable.ROWS) {
            assertThat(declared.put(row.key(), row)).as("two rows for " + row.key()).isNull();
        }
        List<String> missing = new ArrayList<>();
        inCode.forEach((key, javaMethod) -> {
            if (!declared.containsKey(key)) {
                missing.add(key + "   (" + javaMethod + ")");
            }
        });
        List<String> stale = declared.keySet().stream().filter(k -> !inCode.containsKey(k)).toList();
        assertThat(missing).as("endpoints without a row in EndpointAccessTable; add one saying who may call each:\n  "
                + String.join("\n  ", missing)).isEmpty();
        assertThat(stale).as("rows in EndpointAccessTable for endpoints that no longer exist:\n  "
                + String.join("\n  ", stale)).isEmpty();
        assertThat(inCode).as("the scan found the API").hasSizeGreaterThan(20);
    }

    @Test
    void onlyVerificationIsOpenToAnonymousCallers() {
        assertThat(EndpointAccessTable.publicRows()).allSatisfy(r -> assertThat(r.path())
                .matches("/api/v1/(verify|documents/by-code/\\{code})"));
    }

    @Test
    void theMatrixSizeIsReported() {
        System.out.println("access matrix: " + EndpointAccessTable.ROWS.size() + " endpoints, "
                + EndpointAccessTable.publicRows().size() + " public: " + EndpointAccessTable.ROWS.stream()
                .map(r -> r.key() + " -> " + r.access()).collect(Collectors.joining("\n  ", "\n  ", "")));
        assertThat(EndpointAccessTable.signedInRows()).isNotEmpty();
    }
}
