package org.plumbline.report;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.io.Geography;

/**
 * The defended-area maps of assessed scenarios ({@link DefendedAreaMap#of(ScenarioAssessment, Supplier)}),
 * each scenario's built on first use and then shared: the files rendered from one report
 * ({@code report.json}, {@code index.html}, {@code footprint.geojson}) take their maps from one of
 * these instead of building them each. Safe to use from several threads; two threads that ask at
 * once for a scenario not yet built may both build its maps (the same maps), and both get the
 * first built.
 */
public final class DefendedAreaMaps {
    private final Supplier<Geography> geography;
    private final Map<ScenarioAssessment, List<DefendedAreaMap>> built = new IdentityHashMap<>();

    /**
     * Maps that count population with the given geography (asked for only when a scenario has a map).
     */
    public DefendedAreaMaps(Supplier<Geography> geography) {
        this.geography = Objects.requireNonNull(geography, "geography");
    }

    /** The maps of a scenario, in criterion order (none when no criterion asks for a defended area of a grid). */
    public List<DefendedAreaMap> of(ScenarioAssessment a) {
        synchronized (built) {
            List<DefendedAreaMap> maps = built.get(a);
            if (maps != null) {
                return maps;
            }
        }
        List<DefendedAreaMap> maps = DefendedAreaMap.of(a, geography);
        synchronized (built) {
            return built.computeIfAbsent(a, x -> maps);
        }
    }
}
