package org.plumbline.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.core.scenario.Scenario;

/**
 * A threat set's missiles are scaled side by side, each read into a record of its own: what each
 * item records (uncertainty ranges, problems) must reach the scenario as if read one after another.
 */
class ScenarioReaderMissilesTest {
    private static final ScenarioReader READER = ScenarioReader.standard();

    private static String scenario(String missiles) {
        return """
                plumbline: 1
                id: missiles
                parties:
                  nato: {name: NATO}
                systems:
                  nato-bmd:
                    party: nato
                    sites:
                      deveselu: {at: deveselu, interceptor: sm3-ib, count: 24}
                threat-sets:
                  iran:
                    launch-areas:
                      semnan: {position: "35.23 N, 53.92 E"}
                    missiles:
                """ + missiles + """
                    targets: {points: {bucharest: "44.43 N, 26.10 E"}}
                criteria:
                  speed:
                    metric: interceptor-burnout-speed
                    at-least: 2 km/s
                """;
    }

    @Test
    void everyMissilesUncertaintyRangesReachTheScenarioInOrder() throws ProblemReport {
        Scenario s = READER.parse("missiles.yaml", scenario("""
                      - {propellant: liquid, nominal-range: 1300 km ± 100 km, burn-time: 110 s}
                      - {propellant: solid, nominal-range: 2000 km, burn-time: 100 s ± 10 s}
                      - {propellant: liquid, nominal-range: 3000 km ± 200 km, burn-time: 120 s ± 5 s}
                """));
        List<String> paths = s.uncertainties().keySet().stream()
                .filter(p -> p.startsWith("threat-sets.iran.missiles")).toList();
        assertEquals(List.of("threat-sets.iran.missiles[0].nominal-range", "threat-sets.iran.missiles[1].burn-time",
                "threat-sets.iran.missiles[2].burn-time", "threat-sets.iran.missiles[2].nominal-range"), paths);
        assertEquals(3, s.threatSets().get(0).missiles().size());
    }

    @Test
    void problemsOfSeveralMissilesComeInTheListsOrder() {
        ProblemReport report = assertThrows(ProblemReport.class, () -> READER.parse("missiles.yaml", scenario("""
                      - {propellant: liquid, nominal-range: 1300 km, burn-time: 110 s}
                      - {propellant: solid, nominal-range: 2000 km, burn-time: 5 s}
                      - shahab-9
                      - {propellant: liquid, burnout-speed: 3 km/s, nominal-range: 900 km, burn-time: 90 s}
                """)));
        List<String> paths = report.problems().stream().map(Problem::path).toList();
        assertEquals(3, paths.size(), report.problems().toString());
        assertTrue(paths.get(0).startsWith("threat-sets.iran.missiles[1]"), paths.toString());
        assertTrue(paths.get(1).startsWith("threat-sets.iran.missiles[2]"), paths.toString());
        assertTrue(paths.get(2).startsWith("threat-sets.iran.missiles[3]"), paths.toString());
    }
}
