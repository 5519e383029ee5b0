package org.plumbline.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioReader;

/**
 * Resolves a missile SPEC: a catalog id (the built-in catalog's missiles), or an inline generic rocket
 * {@code range=10400km[,burn-time=300s][,propellant=solid]} or
 * {@code burnout-speed=7.2km/s[,...]}.
 */
public final class MissileSpecs {
    private static final Set<String> KEYS = Set.of("range", "burnout-speed", "burn-time", "propellant");
    private static final String EXPECTED = "a missile: a catalog id (see: plumbline catalog missiles) or "
            + "range=LEN[,burn-time=DUR][,propellant=liquid|solid] or burnout-speed=SPEED[,...]";

    private MissileSpecs() {
    }

    /** The missile a SPEC names. Scaling a generic rocket takes about 0.1-0.3 s. */
    public static Missile resolve(String spec, FlightSettings settings) throws InputException {
        String s = spec == null ? "" : spec.trim();
        Set<String> ids = Catalog.builtin().entries(Catalog.Kind.MISSILES).keySet();
        if (ids.contains(s)) {
            try {
                return new ScenarioReader(Catalog.builtin(), settings).catalogMissile(s);
            } catch (ProblemReport r) {
                throw new InputException("missile " + s + ": " + r.problems().get(0).found());
            }
        }
        if (!s.contains("=")) {
            String near = Suggest.nearest(s, ids);
            throw InputException.expected(EXPECTED, s, near == null ? null : "did you mean \"" + near + "\"?");
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : s.split(",(?=[a-z-]+=)")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.trim() : part.substring(0, eq).trim();
            if (eq < 0 || !KEYS.contains(key)) {
                String near = Suggest.nearest(key, KEYS);
                throw InputException.expected("a missile key (" + String.join(", ", new TreeMap<>(
                        Map.of("range", 0, "burnout-speed", 0, "burn-time", 0, "propellant", 0)).keySet()) + ")",
                        key, near == null ? null : "did you mean \"" + near + "\"?");
            }
            if (kv.put(key, part.substring(eq + 1).trim()) != null) {
                throw InputException.expected("each missile key once", key, "it is given twice");
            }
        }
        boolean hasRange = kv.containsKey("range");
        boolean hasSpeed = kv.containsKey("burnout-speed");
        if (hasRange == hasSpeed) {
            throw InputException.expected("exactly one of range= or burnout-speed=", s, null);
        }
        GenericRocket.Propellant propellant = GenericRocket.Propellant.LIQUID;
        if (kv.containsKey("propellant")) {
            String p = kv.get("propellant");
            if (p.equals("solid")) {
                propellant = GenericRocket.Propellant.SOLID;
            } else if (!p.equals("liquid")) {
                throw InputException.expected("propellant=liquid or propellant=solid", p, null);
            }
        }
        try {
            if (hasRange) {
                double range = Quantities.lengthM(kv.get("range"));
                if (!(range >= 100_000 && range <= 19_000_000)) {
                    throw InputException.expected("a range between 100 km and 19,000 km", kv.get("range"), null);
                }
                Missile template = GenericRocket.templateForRange(propellant, range);
                double burn = burnTime(kv, template);
                return GenericRocket.withNominalRange(template, range, burn, settings).withId(s);
            }
            double speed = Quantities.speedMps(kv.get("burnout-speed"));
            if (!(speed >= 500 && speed <= 7_800)) {
                throw InputException.expected("a burnout speed between 0.5 km/s and 7.8 km/s",
                        kv.get("burnout-speed"), null);
            }
            Missile template = GenericRocket.templateForBurnoutSpeed(propellant, speed);
            double burn = burnTime(kv, template);
            return GenericRocket.withBurnoutSpeed(template, speed, burn, settings).withId(s);
        } catch (IllegalArgumentException e) {
            throw new InputException("missile " + s + ": " + e.getMessage());
        }
    }

    private static double burnTime(Map<String, String> kv, Missile template) throws InputException {
        if (!kv.containsKey("burn-time")) {
            return template.burnTimeS();
        }
        double t = Quantities.durationS(kv.get("burn-time"));
        if (!(t >= 10 && t <= 1000)) {
            throw InputException.expected("a burn time between 10 s and 1000 s", kv.get("burn-time"), null);
        }
        return t;
    }
}
