package org.judicialchain.chain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The adapters are the only way in: what callers see (the public members of the public classes)
 * names no web3j type, so the ports' users never need web3j on their compile class path.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.judicialchain.chain");

    @Test
    void noWeb3jTypeInThePublicApi() {
        members().that().areDeclaredInClassesThat().arePublic()
                .and().haveModifier(JavaModifier.PUBLIC)
                .should(nameNoTypeIn("org.web3j.", "org.judicialchain.besu."))
                .check(classes);
    }

    @Test
    void everyPublicAdapterImplementsAPortOfTheDomain() {
        classes().that().arePublic().and().haveSimpleNameStartingWith("Web3j")
                .should().implement(DescribedPredicate.describe(
                        "an interface of org.judicialchain.evidence.domain.service",
                        (JavaClass c) -> c.isInterface() && c.getPackageName().equals("org.judicialchain.evidence.domain.service")))
                .check(classes);
    }

    private static ArchCondition<JavaMember> nameNoTypeIn(String... packagePrefixes) {
        return new ArchCondition<>("name no type of " + String.join(", ", packagePrefixes) + " in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                Set<JavaClass> named = new LinkedHashSet<>();
                if (member instanceof JavaField field) {
                    named.addAll(field.getType().getAllInvolvedRawTypes());
                } else if (member instanceof JavaCodeUnit unit) {
                    named.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                    unit.getParameterTypes().forEach(t -> named.addAll(t.getAllInvolvedRawTypes()));
                    named.addAll(unit.getThrowsClause().getTypes());
                }
                for (JavaClass type : named) {
                    for (String prefix : packagePrefixes) {
                        if (type.getName().startsWith(prefix)) {
                            events.add(SimpleConditionEvent.violated(member,
                                    member.getFullName() + " names " + type.getName()));
                        }
                    }
                }
            }
        };
    }
}
