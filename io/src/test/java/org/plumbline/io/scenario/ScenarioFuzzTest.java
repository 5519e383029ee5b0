package org.plumbline.io.scenario;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;


/**
 * Fuzz tests of the scenario reader's promise: for any text, {@link ScenarioReader#parse} returns a
 * scenario or throws a {@link ProblemReport}, and nothing else.
 *
 * <p>Under {@code mvn test} (no {@code JAZZER_FUZZ}) Jazzer runs each method once per seed in
 * {@code src/test/resources/org/plumbline/io/scenario/ScenarioFuzzTestInputs/<method>/}. With
 * {@code JAZZER_FUZZ=1} it fuzzes the first method selected, for {@code maxDuration}; see the section
 * "Fuzzing" of docs/scenario-format.md.
 */
class ScenarioFuzzTest {
    private static final ScenarioReader READER = ScenarioReader.standard();

    /** A small valid scenario that {@link #mutatedValidScenario} edits. */
    static final String VALID_SEED = """
            plumbline: 1
            id: seed
            parties:
              nato: {name: NATO}
            systems:
              nato-bmd:
                party: nato
                delays: {detection-to-decision: 60 s ± 30 s, decision-to-launch: 10 s}
                sites:
                  deveselu:
                    position: "44.08 N, 24.35 E"
                    interceptor: {type: sm3-iia, burnout-speed: "[4.0, 5.0] km/s"}
                    count: 24
            threat-sets:
              iran:
                launch-areas:
                  semnan: {position: [35.23, 53.92]}
                  west: {polygon: [[38, 45], [35, 47], [33, 48]], spacing: 200 km}
                missiles:
                  - {propellant: solid, nominal-range: 2000 km, burn-time: 100 s}
                targets:
                  points: {bucharest: {lat: 44.43, lon: 26.10}}
                shapes: [minimum-energy, "lofted:1200km"]
            criteria:
              reach:
                metric: engageable-fraction
                threat-set: iran
                at-least: 90 %
                margins: [systems.nato-bmd.sites.deveselu.interceptor.burnout-speed]
            """;

    /** Tokens that steer mutations towards the reader's branches. */
    private static final String[] TOKENS = {": ", "\n", "  ", "\t", "[", "]", "{", "}", ",", "\"", "&a ", "*a",
        "- ", "include: [x.yaml]", "±", "+/-", " km/s", " km", " s", " %", " deg", " m2", "N", "S", "E", "W", "-",
        "0", "1e308", "NaN", "[5, 4] km/s", "builtin:", "type: ", "sm3-iia", "position: ", "polygon: ", "? ",
        "value: ", "range: ", "at-least: ", "at-most: ", "lofted:", "burnout-angle:", "~", "null", "!!str ", "%"};

    /** Arbitrary text, from the first byte. */
    @FuzzTest(maxDuration = "3m")
    void arbitraryText(FuzzedDataProvider data) {
        parse(data.consumeRemainingAsString());
    }

    /** The valid seed with a few edits (delete, insert, replace a span) at fuzzer-chosen places. */
    @FuzzTest(maxDuration = "3m")
    void mutatedValidScenario(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder(VALID_SEED);
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, text.length());
            int end = Math.min(text.length(), at + data.consumeInt(0, 12));
            switch (data.consumeInt(0, 3)) {
                case 0 -> text.delete(at, end);
                case 1 -> text.insert(at, data.pickValue(TOKENS));
                case 2 -> text.replace(at, end, data.consumeString(12));
                default -> text.insert(at, data.consumeString(6));
            }
        }
        parse(text.toString());
    }

    /** Inputs that once crashed the reader (deep nesting, include: [/dev/zero]): regression seeds. */
    @FuzzTest
    void knownCrashes(FuzzedDataProvider data) {
        parse(data.consumeRemainingAsString());
    }

    private static void parse(String text) {
        try {
            READER.parse("fuzz.yaml", text);
        } catch (ProblemReport expected) {
            // A report is the promised answer to bad input; anything else propagates and fails the test.
        }
    }
}
