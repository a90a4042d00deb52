package org.judicialchain.identity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.identity.access.PolicyFixture.NOW;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The access policy against the table in src/test/resources/access/access-policy.csv. */
class AccessPolicyTableTest {

    private static final PolicyTable TABLE = PolicyTable.load();
    private final AccessPolicy policy = new AccessPolicy();

    static Stream<PolicyTable.Row> rows() {
        return TABLE.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesAsTheTableSays(PolicyTable.Row row) {
        Caller caller = PolicyFixture.caller(row.role());
        Decision decision = switch (row.action().target()) {
            case NONE -> policy.decide(caller, row.action(), NOW);
            case CASE -> policy.decide(caller, row.action(), PolicyFixture.facts(row.situation()), NOW);
            case CASE_ITEM -> policy.decide(caller, row.action(), PolicyFixture.facts(row.situation()),
                    PolicyFixture.itemOwner(row.role(), row.situation(), row.action()), NOW);
        };

        assertThat(decision.outcome()).as("line %d: %s (reason: %s)", row.line(), row, decision.reason())
                .isEqualTo(row.outcome());
        assertThat(decision.mustLogRead()).as("line %d: %s logged", row.line(), row).isEqualTo(row.logged());
    }

    @Test
    void tableCoversEveryActionForEveryRoleInOwnAndOtherCases() {
        Set<String> roles = PolicyFixture.CALLERS.keySet();
        assertThat(TABLE.rows()).extracting(PolicyTable.Row::role).containsOnlyElementsOf(roles);
        for (String role : roles) {
            List<PolicyTable.Row> ofRole = TABLE.rows().stream().filter(r -> r.role().equals(role)).toList();
            for (Action action : Action.values()) {
                Set<String> situations = ofRole.stream().filter(r -> r.action() == action)
                        .map(PolicyTable.Row::situation).collect(Collectors.toSet());
                Set<String> required = switch (action.target()) {
                    case NONE -> Set.of("no-case");
                    case CASE -> Set.of("own-case", "other-case");
                    case CASE_ITEM -> Set.of("own-case", "other-item", "other-case");
                };
                assertThat(situations).as("%s %s", role, action).containsAll(required);
            }
        }
        List<String> collectorSituations = TABLE.rows().stream().filter(r -> r.role().equals("collector"))
                .map(PolicyTable.Row::situation).distinct().toList();
        assertThat(collectorSituations).contains("auth-expired", "auth-revoked", "auth-not-yet-valid");
        assertThat(TABLE.rows()).anyMatch(r -> r.role().equals("debtor") && r.situation().equals("unclaimed-case"));
    }

    @Test
    void tableRowsAreUniqueAndFitTheirAction() {
        Set<String> seen = new HashSet<>();
        for (PolicyTable.Row row : TABLE.rows()) {
            assertThat(seen.add(row.role() + "/" + row.situation() + "/" + row.action()))
                    .as("duplicate row at line %d", row.line()).isTrue();
            boolean noCase = row.situation().equals("no-case");
            assertThat(noCase).as("line %d: no-case situation iff the action concerns no case", row.line())
                    .isEqualTo(!row.action().onCase());
            if (row.situation().equals("other-item")) {
                assertThat(row.action().onItem()).as("line %d: other-item only for item actions", row.line()).isTrue();
            }
        }
        assertThat(TABLE.rows()).hasSize(455);
        assertThat(Arrays.stream(Action.values()).map(Action::name))
                .allMatch(a -> TABLE.rows().stream().anyMatch(r -> r.action().name().equals(a)));
    }
}
