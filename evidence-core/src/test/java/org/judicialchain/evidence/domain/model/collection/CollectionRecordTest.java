package org.judicialchain.evidence.domain.model.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionRecordTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-06-10T02:00:00Z");
    private static final String DIGEST = "AB".repeat(32);

    private static Call call(String contactId, boolean answered, ContactTarget reached, boolean disclosed, String recording) {
        return new Call(ID, "CASE-1", "agency-a", AT, Duration.ofSeconds(30), ContactTarget.DEBTOR, contactId,
                answered, reached, disclosed, false, recording);
    }

    @Test
    void keepsDigestsLowerCaseWithoutPrefixAndNullWhenNothingWasRecorded() {
        assertThat(call("sha:1", false, null, false, "0x" + DIGEST).recordingSha256()).isEqualTo("ab".repeat(32));
        assertThat(call("sha:1", false, null, false, null).recording()).isEmpty();
        Visit visit = new Visit(ID, "CASE-1", "agency-a", AT, 2, DIGEST, null);
        assertThat(visit.audio()).contains("ab".repeat(32));
        assertThat(visit.video()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "zz" + "ab", "ab"})
    void refusesADigestThatIsNotSixtyFourHexDigits(String bad) {
        String digest = bad.length() < 4 ? bad : bad.repeat(16);
        assertThatThrownBy(() -> call("sha:1", false, null, false, digest))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recordingSha256 must be a SHA-256 digest of 64 hex digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "(212) 555-0199", "212-555-0199"})
    void refusesAPhoneNumberInClear(String number) {
        assertThatThrownBy(() -> call(number, false, null, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contactId must be a salted hash or a masked number, not a phone number in clear");
    }

    @ParameterizedTest
    @ValueSource(strings = {"138****5678", "sha256:9f86d081884c7d65", "contact-7", "110"})
    void acceptsMaskedOrHashedContactIds(String contactId) {
        assertThat(call(contactId, false, null, false, null).contactId()).isEqualTo(contactId);
    }

    @ParameterizedTest(name = "answered={0} reached={1} disclosed={2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "true,  -,           false, reached is missing",
            "false, DEBTOR,      false, reached must be null for an unanswered call",
            "true,  DEBTOR,      true,  debtDisclosedToThirdParty needs a call answered by a third party",
            "false, -,           true,  debtDisclosedToThirdParty needs a call answered by a third party",
    })
    void answeredAndReachedMustAgree(boolean answered, ContactTarget reached, boolean disclosed, String message) {
        assertThatThrownBy(() -> call("sha:1", answered, reached, disclosed, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void refusesMissingOrMalformedCommonFields() {
        assertThatThrownBy(() -> new Call(null, "CASE-1", "a", AT, Duration.ZERO, ContactTarget.DEBTOR, "sha:1", false, null, false, false, null))
                .hasMessage("id is missing");
        assertThatThrownBy(() -> new Call(ID, " ", "a", AT, Duration.ZERO, ContactTarget.DEBTOR, "sha:1", false, null, false, false, null))
                .hasMessage("caseRef is missing");
        assertThatThrownBy(() -> new Call(ID, "CASE 1", "a", AT, Duration.ZERO, ContactTarget.DEBTOR, "sha:1", false, null, false, false, null))
                .hasMessageContaining("caseRef must be");
        assertThatThrownBy(() -> new Call(ID, "CASE-1", "", AT, Duration.ZERO, ContactTarget.DEBTOR, "sha:1", false, null, false, false, null))
                .hasMessage("agency is missing");
        assertThatThrownBy(() -> new Call(ID, "CASE-1", "a", null, Duration.ZERO, ContactTarget.DEBTOR, "sha:1", false, null, false, false, null))
                .hasMessage("occurredAt is missing");
        assertThatThrownBy(() -> new Call(ID, "CASE-1", "a", AT, Duration.ofSeconds(-1), ContactTarget.DEBTOR, "sha:1", false, null, false, false, null))
                .hasMessageContaining("duration must not be negative");
        assertThatThrownBy(() -> new Call(ID, "CASE-1", "a", AT, Duration.ZERO, null, "sha:1", false, null, false, false, null))
                .hasMessage("dialled is missing");
    }

    @Test
    void smsLettersAndVisitsCheckTheirOwnFields() {
        assertThatThrownBy(() -> new Sms(ID, "CASE-1", "a", AT, ContactTarget.DEBTOR, "sha:1", true, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("debtDisclosedToThirdParty needs a message sent to a third party");
        assertThatThrownBy(() -> new Letter(ID, "CASE-1", "a", AT, ContactTarget.DEBTOR, "sha:1", true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("debtDisclosedToThirdParty needs a letter addressed to a third party");
        assertThatThrownBy(() -> new Letter(ID, "CASE-1", "a", AT, null, "sha:1", false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("addressee is missing");
        assertThatThrownBy(() -> new Visit(ID, "CASE-1", "a", AT, 0, DIGEST, DIGEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("staffCount must be at least 1, got 0");
        assertThatThrownBy(() -> new Visit(ID, "CASE-1", "a", AT, 2, DIGEST, "not-a-digest"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("videoSha256 must be a SHA-256 digest");
        assertThat(new Sms(ID, "CASE-1", "a", AT, ContactTarget.THIRD_PARTY, "sha:1", true, false, null).debtDisclosedToThirdParty()).isTrue();
    }

    @Test
    void callsKnowWhatCountsAsAConversationOrAFailedAttempt() {
        assertThat(call("sha:1", true, ContactTarget.DEBTOR, false, null).isConversationWithDebtor()).isTrue();
        assertThat(call("sha:1", true, ContactTarget.THIRD_PARTY, false, null).isConversationWithDebtor()).isFalse();
        assertThat(call("sha:1", true, ContactTarget.THIRD_PARTY, false, null).isFailedAttemptOnDebtor()).isTrue();
        assertThat(call("sha:1", false, null, false, null).isFailedAttemptOnDebtor()).isTrue();
        assertThat(call("sha:1", true, ContactTarget.DEBTOR, false, null).isFailedAttemptOnDebtor()).isFalse();
    }
}
