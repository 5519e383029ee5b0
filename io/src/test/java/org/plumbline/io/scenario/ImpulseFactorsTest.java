package org.plumbline.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * cover every generic rocket of the built-in scenarios. On failure the message is the file as it
 * should be (header lines, then one line per missile of the built-in scenarios, in reading order).
 */
class ImpulseFactorsTest {

    /** Every built-in scenario's generic rockets, in reading order without repeats. */
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
        assertTrue(keys.size() >= 13, "the built-in scenarios scale at least the 13 catalog missiles: " + keys);
        Map<ImpulseFactors.Key, Double> written = ImpulseFactors.written();
        Set<ImpulseFactors.Key> all = new LinkedHashSet<>(keys);
        all.addAll(written.keySet());
        List<String> wrong = new ArrayList<>();
        for (ImpulseFactors.Key k : all) {
            Double w = written.get(k);
            if (w == null) {
                wrong.add("missing: " + k);
            } else if (!keys.contains(k)) {
                wrong.add("not used by a built-in scenario: " + k);
            } else if (Double.doubleToLongBits(w) != Double.doubleToLongBits(k.find(FlightSettings.DEFAULT))) {
                wrong.add("differs: " + k + " written " + w + ", found " + k.find(FlightSettings.DEFAULT));
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong) + "\nimpulse-factors.tsv should read, after its comment lines:\n"
                    + file(keys));
        }
    }

    @Test
    void aWrittenFactorGivesTheMissileTheScalingGives() {
        Map.Entry<ImpulseFactors.Key, Double> e = ImpulseFactors.written().entrySet().iterator().next();
        ImpulseFactors.Key k = e.getKey();
        Missile scaled = k.measure() == ImpulseFactors.Measure.NOMINAL_RANGE
                ? GenericRocket.withNominalRange(k.template(), k.value(), k.burnTimeS(), FlightSettings.DEFAULT)
                : GenericRocket.withBurnoutSpeed(k.template(), k.value(), k.burnTimeS(), FlightSettings.DEFAULT);
        assertEquals(scaled, ImpulseFactors.missile(k, FlightSettings.DEFAULT));
    }

    @Test
    void otherSettingsOrInputsAreScaledNotLookedUp() {
        ImpulseFactors.Key k = ImpulseFactors.written().keySet().iterator().next();
        FlightSettings other = FlightSettings.DEFAULT.withCoast(FlightSettings.Coast.KEPLER);
        Missile expected = k.measure() == ImpulseFactors.Measure.NOMINAL_RANGE
                ? GenericRocket.withNominalRange(k.template(), k.value(), k.burnTimeS(), other)
                : GenericRocket.withBurnoutSpeed(k.template(), k.value(), k.burnTimeS(), other);
        assertEquals(expected, ImpulseFactors.missile(k, other));
        ImpulseFactors.Key shifted = new ImpulseFactors.Key(k.propellant(), k.measure(), k.value() + 1.0,
                k.burnTimeS());
        assertTrue(!ImpulseFactors.written().containsKey(shifted));
        assertEquals(shifted.measure() == ImpulseFactors.Measure.NOMINAL_RANGE
                        ? GenericRocket.withNominalRange(shifted.template(), shifted.value(), shifted.burnTimeS(),
                        FlightSettings.DEFAULT)
                        : GenericRocket.withBurnoutSpeed(shifted.template(), shifted.value(), shifted.burnTimeS(),
                        FlightSettings.DEFAULT),
                ImpulseFactors.missile(shifted, FlightSettings.DEFAULT));
    }
}
