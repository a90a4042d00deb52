package org.judicialchain.portal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEntry;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.notifications.NotifyingParties;
import org.judicialchain.portal.domain.evidence.EvidenceJournal;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The portal's layers: interfaces -> application -> domain, with infrastructure implementing the ports
 * that domain and application declare. Settings ({@code portal.config}) are read by every layer.
 */
class PortalArchitectureTest {

    private static final String PORTAL = "org.judicialchain.portal";

    private final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PORTAL);

    @Test
    void layersDependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Interfaces").definedBy(PORTAL + ".interfaces..")
                .layer("Application").definedBy(PORTAL + ".application..")
                .layer("Domain").definedBy(PORTAL + ".domain..")
                .layer("Infrastructure").definedBy(PORTAL + ".infrastructure..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Interfaces", "Infrastructure")
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
                // Authenticating a request is part of receiving it: the sign-in pages and the bearer-token
                // mechanism call the identity provider's client and token verifier directly.
                .ignoreDependency(JavaClass.Predicates.resideInAnyPackage(PORTAL + ".interfaces.web..",
                                PORTAL + ".interfaces.rest.shared.security.."),
                        JavaClass.Predicates.resideInAPackage(PORTAL + ".infrastructure.security.."))
                .check(portal);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage(PORTAL + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "java.sql..", "javax.sql..",
                        "org.web3j..", "com.itextpdf..", "org.eclipse..", PORTAL + ".config..")
                .check(portal);
    }

    @Test
    void theApplicationKnowsNoTransportNorStorageTechnology() {
        noClasses().that().resideInAPackage(PORTAL + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..",
                        "jakarta.persistence..", "java.sql..", "javax.sql..", "org.web3j..", "com.itextpdf..",
                        "jakarta.mail..")
                .check(portal);
    }

    @Test
    void contextsWithinEachLayerAreFreeOfCycles() {
        for (String layer : new String[] {"domain", "application", "interfaces.rest", "infrastructure.persistence"}) {
            slices().matching(PORTAL + "." + layer + ".(*)..").should().beFreeOfCycles().check(portal);
        }
    }

    /**
     * Use cases return what happened (domain events); the custody log and the notices observe those events.
     * Evidence intake alone writes its entry itself, with the item, under the same lock.
     */
    @Test
    void custodyEntriesAndNoticesFollowDomainEvents() {
        noClasses().that().resideInAPackage(PORTAL + ".application..")
                .and().doNotHaveSimpleName("CustodyRecorder").and().doNotHaveSimpleName("SubmittingEvidence")
                .should().callMethod(EvidenceJournal.class, "add", CustodyEntry.class)
                .check(portal);
        noClasses().that().resideOutsideOfPackage(PORTAL + ".application.notifications..")
                .and().haveSimpleNameNotEndingWith("Notices")
                .should().callMethod(NotifyingParties.class, "tell", NotifyingParties.Audience.class, String.class,
                        String.class, Notice.class, Instant.class)
                .check(portal);
    }

    @Test
    void persistenceAdaptersImplementAPort() {
        classes().that().resideInAPackage(PORTAL + ".infrastructure.persistence..")
                .and().haveSimpleNameStartingWith("Jdbc").or().haveSimpleNameStartingWith("Jdbi").or().haveSimpleNameStartingWith("Jpa")
                .should(implementAPortOfTheDomain())
                .check(portal);
    }

    private static ArchCondition<JavaClass> implementAPortOfTheDomain() {
        return new ArchCondition<>("implement a port declared in domain or application") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean implementsPort = item.getRawInterfaces().stream().anyMatch(i ->
                        i.getPackageName().startsWith(PORTAL + ".domain") || i.getPackageName().startsWith(PORTAL + ".application"));
                if (!implementsPort) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " implements no port"));
                }
            }
        };
    }
}
