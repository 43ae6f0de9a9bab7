package io.github.debrickedmaven.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {

    private static final JsonNode JSON = read("{\"progress\": 100, \"vulnerabilitiesFound\": 3, \"action\": \"fail\","
            + " \"version\": \"10\", \"rules\": [{\"triggered\": true}], \"none\": null, \"score\": 7.5}");

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/progress == 100 | true",
        "/progress == 100.0 | true",
        "/progress != 100 | false",
        "/vulnerabilitiesFound > 0 | true",
        "/vulnerabilitiesFound >= 3 | true",
        "/vulnerabilitiesFound < 3 | false",
        "/vulnerabilitiesFound <= 2 | false",
        "/score > 7 | true",
        "/version > 9 | true",
        "/action == fail | true",
        "/action == \"fail\" | true",
        "/action != \"warn\" | true",
        "/action > fa | true",
        "/rules/0/triggered == true | true",
        "/rules/1/triggered == true | false",
        "/rules exists | true",
        "/none exists | true",
        "/nothing exists | false",
        "/nothing missing | true",
        "/nothing != 1 | false",
        "/progress missing | false"})
    void holds(String condition, boolean expected) {
        assertThat(Condition.parse(condition).holds(JSON)).isEqualTo(expected);
    }

    @Test
    void numbersCompareAsNumbersNotText() {
        // as text "10" < "9"; as numbers it is not
        assertThat(Condition.parse("/progress > 99").holds(JSON)).isTrue();
        assertThat(Condition.parse("/version < 9").holds(JSON)).isFalse();
    }

    @Test
    void reportsWhatWasFound() {
        assertThat(Condition.parse("/rules exists").found(JSON)).isEqualTo("[{\"triggered\":true}]");
        assertThat(Condition.parse("/x exists").found(JSON)).isEqualTo("missing");
        assertThat(Condition.parse("/action == x").found(JSON)).isEqualTo("fail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/progress", "/progress = 100", "progress == 100", "/progress ==", "/a is b",
        "/progress =! 3"})
    void malformedConditionsAreRefusedWithAHint(String text) {
        assertThatThrownBy(() -> Condition.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'");
    }
}
