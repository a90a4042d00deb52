package org.judicialchain.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps evidence-core free of the chain client (its web3j adapters live in chain-adapter) and its
 * domain and application layers free of containers and PDF code.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.judicialchain.evidence");

    @Test
    void nothingInEvidenceCoreDependsOnTheChainClientOrItsAdapters() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.web3j..", "org.judicialchain.besu..", "org.judicialchain.chain..")
                .because("the chain ports are implemented in chain-adapter, which depends on evidence-core")
                .check(classes);
    }

    @Test
    void domainAndApplicationDependOnNoInfrastructure() {
        noClasses().that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "com.itextpdf..", "..infrastructure..")
                .check(classes);
    }
}
