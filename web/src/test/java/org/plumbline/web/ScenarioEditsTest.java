package org.plumbline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plumbline.core.assessment.Assessor;
import org.plumbline.core.assessment.ParameterPaths;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.io.scenario.ScenarioReader;
import org.plumbline.report.InputsHash;

/** Edits applied to the YAML document: flattening keeps the meaning, each edit changes what it names. */
class ScenarioEditsTest {
    /** The built-ins with an interceptor site to edit (not the threat and criteria fragments). */
    static List<String> builtins() throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (String id : ScenarioReader.builtinNames()) {
            if (ScenarioReader.standard().readBuiltin(id).systems().stream().anyMatch(x -> !x.sites().isEmpty())) {
                out.add(id);
            }
        }
        return out;
    }

    private static String hash(Scenario s) {
        return InputsHash.ofAssessment(Assessor.Settings.defaults(), List.of(s));
    }

    /** An edit that changes nothing (a site left in service) gives the same scenario, to the last bit. */
    @ParameterizedTest
    @MethodSource("builtins")
    void theEditedDocumentOfANoOpEditIsTheSameScenario(String id) throws Exception {
        Scenario base = ScenarioReader.standard().readBuiltin(id);
        DefenceSystem sys = base.systems().stream().filter(x -> !x.sites().isEmpty()).findFirst().orElseThrow();
        String path = "systems." + sys.id() + ".sites." + sys.sites().get(0).id() + ".enabled";
        ScenarioInput in = ScenarioInput.read(id, null, null, List.of(new Edit(path, true)));
        assertTrue(in.edited());
        assertEquals(hash(base), hash(in.scenario()), in.yaml());
    }

    @Test
    void aParameterEditIsExactAndDropsItsRange() throws Exception {
        Scenario base = ScenarioReader.standard().readBuiltin("epaa-phase-3");
        String speed = "systems.nato-bmd.sites.redzikowo.interceptor.burnout-speed";
        assertTrue(base.uncertainties().containsKey(speed), base.uncertainties().keySet().toString());
        Scenario edited = ScenarioInput.read("epaa-phase-3", null, null, List.of(new Edit(speed, 5530.0))).scenario();
        assertEquals(5530.0, ParameterPaths.value(edited, speed).orElseThrow());
        assertTrue(!edited.uncertainties().containsKey(speed));
        assertEquals(base.uncertainties().size() - 1, edited.uncertainties().size());
    }

    @Test
    void anInterceptorTypeThenItsSpeed() {
        Scenario s = ScenarioInput.read("epaa-phase-3", null, null, List.of(
                new Edit("systems.nato-bmd.sites.deveselu.interceptor", "sm3-iib"),
                new Edit("systems.nato-bmd.sites.deveselu.interceptor.burnout-speed", 5500.0))).scenario();
        var site = s.systems().get(0).sites().get(0);
        assertEquals("sm3-iib", site.interceptor().id());
        assertEquals(5500.0, site.interceptor().burnoutSpeedMps());
        ApiException e = assertThrows(ApiException.class, () -> ScenarioInput.read("epaa-phase-3", null, null,
                List.of(new Edit("systems.nato-bmd.sites.deveselu.interceptor", "sm3-iiz"))));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("sm3-iib"), e.getMessage());
    }
}
