package org.plumbline.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;

/**
 * Resolves a missile SPEC: a catalog id, or an inline generic rocket
 * {@code range=10400km[,burn-time=300s][,propellant=solid]} or
 * {@code burnout-speed=7.2km/s[,...]}.
 */
public final class MissileSpecs {
    /** A catalog entry of the built-in generic missiles. */
    public record Entry(String id, String description, String propellant, double nominalRangeM, double burnTimeS,
                        List<String> sources) {
    }

    /** The built-in missiles of this issue; the full public-data catalog comes with the scenario format. */
    public static final Map<String, Entry> CATALOG;

    static {
        Map<String, Entry> m = new TreeMap<>();
        m.put("generic-liquid-icbm", new Entry("generic-liquid-icbm",
                "Notional two-stage liquid ICBM, 1,000 kg payload, scaled to a 10,000 km nominal range",
                "liquid", 10_000_000, 250, List.of(
                "Range: MET rule of thumb 7.2 km/s for about 10,000 km (shared/reference/public-data.md V02, [COMP])",
                "Burn time 250 s: APS boost-phase study (2003) via IEEE Spectrum (2005), V09 [SEC], +-15 %",
                "Stage proportions: notional (Sutton & Biblarz, Rocket Propulsion Elements, 8th ed., 2010)")));
        m.put("generic-solid-icbm", new Entry("generic-solid-icbm",
                "Notional three-stage solid ICBM, 1,000 kg payload, scaled to a 10,000 km nominal range",
                "solid", 10_000_000, 180, List.of(
                "Range: MET rule of thumb 7.2 km/s for about 10,000 km (shared/reference/public-data.md V02, [COMP])",
                "Burn time 180 s: APS boost-phase study (2003) via IEEE Spectrum (2005), V09 [SEC], +-15 %",
                "Stage proportions: notional (Sutton & Biblarz, Rocket Propulsion Elements, 8th ed., 2010)")));
        CATALOG = java.util.Collections.unmodifiableMap(m);
    }

    private static final Set<String> KEYS = Set.of("range", "burnout-speed", "burn-time", "propellant");
    private static final String EXPECTED = "a missile: a catalog id (" + String.join(", ", CATALOG.keySet())
            + ") or range=LEN[,burn-time=DUR][,propellant=liquid|solid] or burnout-speed=SPEED[,...]";

    private MissileSpecs() {
    }

    /** The missile a SPEC names. Scaling a generic rocket takes about 0.1-0.3 s. */
    public static Missile resolve(String spec, FlightSettings settings) throws InputException {
        String s = spec == null ? "" : spec.trim();
        Entry entry = CATALOG.get(s);
        if (entry != null) {
            GenericRocket.Propellant p = entry.propellant().equals("solid") ? GenericRocket.Propellant.SOLID
                    : GenericRocket.Propellant.LIQUID;
            Missile template = p == GenericRocket.Propellant.SOLID ? GenericRocket.solidIcbmTemplate()
                    : GenericRocket.liquidIcbmTemplate();
            return GenericRocket.withNominalRange(template, entry.nominalRangeM(), entry.burnTimeS(), settings)
                    .withId(entry.id());
        }
        if (!s.contains("=")) {
            String near = Suggest.nearest(s, CATALOG.keySet());
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
