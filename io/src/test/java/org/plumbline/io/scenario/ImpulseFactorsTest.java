package org.plumbline.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;

/**
 * The written factors ({@code impulse-factors.tsv}) are what the scaling finds, bit for bit, and
 * cover every generic rocket of the built-in scenarios and the catalog. On failure the message is the file as it
 * should be (header lines, then one line per missile of the built-in scenarios, in reading order).
 */
class ImpulseFactorsTest {

    /** The generic rockets of every built-in scenario and catalog missile, without repeats, sorted. */
    private static List<ImpulseFactors.Key> builtinKeys() throws Exception {
        Set<ImpulseFactors.Key> seen = ConcurrentHashMap.newKeySet();
        List<ImpulseFactors.Key> order = java.util.Collections.synchronizedList(new ArrayList<>());
        ScenarioReader reader = ScenarioReader.observingScalings(k -> {
            if (seen.add(k)) {
                order.add(k);
            }
        });
        for (String name : ScenarioReader.builtinNames()) {
            reader.read(name);
        }
        for (String id : Catalog.builtin().entries(Catalog.Kind.MISSILES).keySet()) {
            reader.catalogMissile(id);
        }
        // Threat sets scale side by side: sort for a stable file.
        List<ImpulseFactors.Key> sorted = new ArrayList<>(order);
        sorted.sort(java.util.Comparator.comparing((ImpulseFactors.Key k) -> k.propellant())
                .thenComparing(ImpulseFactors.Key::measure).thenComparingDouble(ImpulseFactors.Key::value)
                .thenComparingDouble(ImpulseFactors.Key::burnTimeS));
        return sorted;
    }

    private static String file(List<ImpulseFactors.Key> keys) {
        StringBuilder sb = new StringBuilder();
        for (ImpulseFactors.Key k : keys) {
            sb.append(k.line(k.find(FlightSettings.DEFAULT))).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyBuiltInMissileIsWrittenAndEveryWrittenFactorIsFoundAgain() throws Exception {
        List<ImpulseFactors.Key> keys = builtinKeys();
        assertTrue(keys.size() >= 14, "the catalog's 15 missiles have 14 distinct definitions: " + keys);
        Map<ImpulseFactors.Key, Double> written = ImpulseFactors.written();
        Set<ImpulseFactors.Key> all = new LinkedHashSet<>(keys);
        all.addAll(written.keySet());
        List<String> wrong = new ArrayList<>();
        for (ImpulseFactors.Key k : all) {
            Double w = written.get(k);
            if (w == null) {
                wrong.add("missing: " + k);
            } else if (!keys.contains(k)) {
                wrong.add("not a built-in scenario's or catalog missile: " + k);
            } else if (Double.doubleToLongBits(w) != Double.doubleToLongBits(k.find(FlightSettings.DEFAULT))) {
                wrong.add("differs: " + k + " written " + w + ", found " + k.find(FlightSettings.DEFAULT));
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong) + "\nimpulse-factors.tsv should read, after its comment lines:\n"
                    + file(keys));
        }
    }

    private static Missile scaled(ImpulseFactors.Key k, FlightSettings settings) {
        return k.measure() == ImpulseFactors.Measure.NOMINAL_RANGE
                ? GenericRocket.withNominalRange(k.template(), k.value(), k.burnTimeS(), settings)
                : GenericRocket.withBurnoutSpeed(k.template(), k.value(), k.burnTimeS(), settings);
    }

    /** For every line (four templates, both propellants): the missile GenericRocket's scaling returns. */
    @Test
    void aWrittenFactorGivesTheMissileTheScalingGives() {
        Set<String> templates = new java.util.HashSet<>();
        for (ImpulseFactors.Key k : ImpulseFactors.written().keySet()) {
            assertEquals(scaled(k, FlightSettings.DEFAULT), ImpulseFactors.missile(k, FlightSettings.DEFAULT), k.toString());
            templates.add(k.template().id());
        }
        assertTrue(templates.size() >= 4, "templates covered: " + templates);
    }

    /**
     * With other flight settings (a finer boost step, which changes the factor: checked, so that a
     * table served for any settings fails here) the missile is scaled, not looked up.
     */
    @Test
    void otherSettingsOrInputsAreScaledNotLookedUp() {
        ImpulseFactors.Key k = ImpulseFactors.written().keySet().iterator().next();
        FlightSettings other = FlightSettings.DEFAULT.withSteps(0.25, FlightSettings.DEFAULT.reentryStepS(),
                FlightSettings.DEFAULT.coastStepS());
        assertTrue(Double.doubleToLongBits(k.find(other)) != Double.doubleToLongBits(ImpulseFactors.written().get(k)),
                "the other settings must change the factor for this test to mean anything");
        assertEquals(scaled(k, other), ImpulseFactors.missile(k, other));
        ImpulseFactors.Key shifted = new ImpulseFactors.Key(k.propellant(), k.measure(), k.value() + 1.0,
                k.burnTimeS());
        assertTrue(!ImpulseFactors.written().containsKey(shifted));
        assertEquals(scaled(shifted, FlightSettings.DEFAULT), ImpulseFactors.missile(shifted, FlightSettings.DEFAULT));
    }

    /** The file's reader names the line, what it expected and what it found. */
    @Test
    void aMalformedLineIsNamed() {
        String good = "liquid\tnominal-range\t1300000.0\t110.0\t0.8872895307253583";
        assertEquals(1, ImpulseFactors.parse("# comment\n" + good + "\n").size());
        String[][] cases = {
            {"liquid\tnominal-range\t1300000.0\t110.0", ":1: expected 5 tab-separated fields, found 4"},
            {"gel\tnominal-range\t1300000.0\t110.0\t0.9", ":1: expected liquid or solid, found gel"},
            {"liquid\trange\t1300000.0\t110.0\t0.9", ":1: expected nominal-range or burnout-speed, found range"},
            {"liquid\tnominal-range\t1300 km\t110.0\t0.9", ":1: expected a number in field 3, found 1300 km"},
            {good + "\n" + good, ":2: expected each inputs once"},
        };
        for (String[] c : cases) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ImpulseFactors.parse(c[0]));
            assertTrue(e.getMessage().contains(ImpulseFactors.RESOURCE + c[1]), e.getMessage());
        }
    }
}
