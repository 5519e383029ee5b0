package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.plumbline.core.assessment.Assessor;
import org.plumbline.core.assessment.FootprintSurvey;
import org.plumbline.core.assessment.Progress;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.Geography;
import org.plumbline.io.InputException;
import org.plumbline.io.Places;
import org.plumbline.io.Suggest;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.ScenarioReader;

/**
 * The defended-area map of {@code plumbline footprint} (grid mode) and of the server's
 * {@code POST /api/footprint}: one function from (scenario, launch, missiles, region, spacing) to the
 * scenario variant to assess, and from its assessment to the map and {@code footprint.geojson}. The
 * caller runs the assessment (the command with its progress bar, the server under its time limit).
 *
 * <p>The variant is the scenario with one more threat set, {@value #THREAT_SET_ID}: the launch
 * area(s) and missiles against a grid over the region (minimum-energy trajectories), and one
 * criterion, its {@code defended-area-fraction} over the region (threshold 0: the map, not a verdict).
 */
public final class FootprintGrid {
    /** The id of the grid threat set added to the scenario. */
    public static final String THREAT_SET_ID = "footprint";
    /** The region mapped when none is named. */
    public static final String DEFAULT_REGION = "nato-europe-2013";
    /**
     * The coarsest lattice a map evaluates when no refinement factor is given, degrees: the resolution
     * below which an island of one status can be missed ({@link FootprintSurvey}).
     */
    public static final double DEFAULT_COARSE_SPACING_DEG = 1.0;

    /**
     * The refinement factor of a map when none is given: the largest power of 2 whose coarse lattice is at
     * most {@value #DEFAULT_COARSE_SPACING_DEG}° (1, every cell evaluated, above 0.5°; 2 at 0.5°, 4 at 0.25°,
     * 8 at 0.1°, 16 at 0.05°).
     */
    public static int defaultRefineFactor(double spacingDeg) {
        int f = 1;
        while (2 * f <= FootprintSurvey.MAX_REFINE_FACTOR && 2 * f * spacingDeg <= DEFAULT_COARSE_SPACING_DEG + 1e-9) {
            f *= 2;
        }
        return f;
    }

    private FootprintGrid() {
    }

    /**
     * What to assess for one map.
     *
     * @param scenario   the scenario as given
     * @param launchId   the launch as the map names it: the launch area's id, the threat set's id, the
     *                   catalog place or {@code LAT,LON} to 4 decimals
     * @param areas      the launch areas flown from (all a threat set's when the launch names one)
     * @param missiles   the missiles flown
     * @param regionId   the region mapped
     * @param spacingDeg the grid spacing along meridians, degrees
     * @param variant    the scenario to assess: the grid threat set and its criterion added
     */
    public record Plan(Scenario scenario, String launchId, List<LaunchArea> areas, List<Missile> missiles,
                       String regionId, double spacingDeg, Scenario variant) {
        public Plan {
            areas = List.copyOf(areas);
            missiles = List.copyOf(missiles);
        }
    }

    /** An assessed plan: the assessment, its map and {@code footprint.geojson}. */
    public record Result(Plan plan, ScenarioAssessment assessment, DefendedAreaMap map, String geoJson) {
        /** The criterion's value at the low corner of the uncertainty ranges. */
        public double lowCornerValue() {
            return assessment.criteria().get(0).lowCornerValue();
        }

        /** The criterion's value at the high corner of the uncertainty ranges. */
        public double highCornerValue() {
            return assessment.criteria().get(0).highCornerValue();
        }
    }

    /**
     * The plan for a map.
     *
     * @param s          the scenario
     * @param launch     a launch area of the scenario's threat sets, a threat set of the scenario (all its
     *                   launch areas), a catalog place or {@code LAT,LON}, tried in that order
     * @param missiles   the missiles to fly; empty: those the scenario's threat sets fly from the launch
     *                   area (a threat set's own missiles when the launch names one)
     * @param regionId   a built-in region ({@link ScenarioReader#REGIONS})
     * @param spacingDeg the grid spacing, degrees, {@link ScenarioReader#GRID_SPACING_MIN_DEG} to
 *                   {@link ScenarioReader#GRID_SPACING_MAX_DEG} (a caller may allow less)
     * @param launchName how problems name the launch ({@code --launch}, {@code launch})
     * @param missileName how problems name the missiles
     * @throws InputException when the launch is none of those, the region unknown, or no missile flies
     */
    public static Plan plan(Scenario s, String launch, List<Missile> missiles, String regionId, double spacingDeg,
                            String launchName, String missileName) throws InputException {
        if (!ScenarioReader.REGIONS.contains(regionId)) {
            throw new InputException("region: expected one of " + String.join(", ", ScenarioReader.REGIONS)
                    + ", found \"" + regionId + "\"");
        }
        if (!(spacingDeg >= ScenarioReader.GRID_SPACING_MIN_DEG && spacingDeg <= ScenarioReader.GRID_SPACING_MAX_DEG)) {
            throw new InputException("spacing: expected " + ScenarioReader.gridSpacingRangeDeg() + " degrees, found "
                    + spacingDeg);
        }
        List<Missile> flown = new ArrayList<>(missiles);
        String launchId;
        List<LaunchArea> areas;
        LaunchArea area = scenarioArea(s, launch);
        ThreatSet named = area != null ? null
                : s.threatSets().stream().filter(t -> t.id().equals(launch)).findFirst().orElse(null);
        if (area != null) {
            launchId = area.id();
            areas = List.of(area);
            if (flown.isEmpty()) {
                for (ThreatSet t : s.threatSets()) {
                    if (t.launchAreas().stream().anyMatch(a -> a.id().equals(area.id()))) {
                        t.missiles().stream().filter(m -> !flown.contains(m)).forEach(flown::add);
                    }
                }
            }
        } else if (named != null) {
            launchId = named.id();
            areas = named.launchAreas();
            if (flown.isEmpty()) {
                flown.addAll(named.missiles());
            }
        } else {
            LaunchArea point = point(s, launch, launchName);
            launchId = point.id();
            areas = List.of(point);
        }
        if (flown.isEmpty()) {
            throw new InputException(missileName + ": expected at least one missile (no threat set of " + s.id()
                    + " flies from \"" + launch + "\")");
        }
        ThreatSet grid = new ThreatSet(THREAT_SET_ID, areas, flown,
                new TargetSet.Grid(regionId, Math.toRadians(spacingDeg)), List.of(Shape.MINIMUM_ENERGY));
        List<ThreatSet> sets = new ArrayList<>(s.threatSets());
        sets.removeIf(t -> t.id().equals(THREAT_SET_ID));
        sets.add(grid);
        Criterion criterion = new Criterion("defended-area", "The defended share of the threatened area.",
                Criterion.Metric.DEFENDED_AREA_FRACTION, Criterion.Comparison.AT_LEAST, 0.0, THREAT_SET_ID, List.of(),
                regionId, List.of());
        Scenario variant = new Scenario(s.id(), s.title(), s.description(), s.assumptions(), s.sources(), s.parties(),
                s.systems(), s.dataExchange(), s.sectors(), sets, List.of(criterion), s.uncertainties());
        return new Plan(s, launchId, areas, flown, regionId, spacingDeg, variant);
    }

    /**
     * Assesses a plan by refinement, without keeping its flights ({@link FootprintSurvey}): the
     * assessment to pass to {@link #result}.
     *
     * @param refineFactor a power of 2 from 1 (every cell evaluated) to {@link FootprintSurvey#MAX_REFINE_FACTOR}
     */
    public static ScenarioAssessment survey(Plan plan, Assessor assessor, int refineFactor, Progress progress) {
        return FootprintSurvey.assess(assessor, plan.variant(), refineFactor, progress);
    }

    /**
     * As {@link #survey(Plan, Assessor, int, Progress)}, keeping the flights in the assessor when
     * keepFlights, for a later map of the same grid with another defence
     * ({@link FootprintSurvey#assess(Assessor, Scenario, int, Progress, boolean)}).
     */
    public static ScenarioAssessment survey(Plan plan, Assessor assessor, int refineFactor, Progress progress,
                                            boolean keepFlights) {
        return FootprintSurvey.assess(assessor, plan.variant(), refineFactor, progress, keepFlights);
    }

    /**
     * What a plan's flights depend on: its launch areas, missiles, region and spacing (the grid
     * threat set but its id, which is always {@link #THREAT_SET_ID}); two plans with the same key fly
     * the same threats whatever their defences.
     */
    public static List<Object> threatKey(Plan plan) {
        return List.of(plan.areas(), plan.missiles(), plan.regionId(), plan.spacingDeg());
    }

    /** The map of an assessed plan ({@code a} is the assessment of {@code plan.variant()}). */
    public static Result result(Plan plan, ScenarioAssessment a, Geography geo) {
        return result(plan, a, new DefendedAreaMaps(() -> geo));
    }

    /**
     * The same, the map taken from {@code maps}, which then holds it for the report files rendered
     * from the same assessment.
     */
    public static Result result(Plan plan, ScenarioAssessment a, DefendedAreaMaps maps) {
        DefendedAreaMap map = maps.of(a).get(0);
        String geoJson = FootprintGeoJson.write(plan.scenario().id(), plan.launchId(), List.of(map), List.of());
        return new Result(plan, a, map, geoJson);
    }

    private static LaunchArea scenarioArea(Scenario s, String launch) {
        for (ThreatSet t : s.threatSets()) {
            for (LaunchArea a : t.launchAreas()) {
                if (a.id().equals(launch)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static LaunchArea point(Scenario s, String launch, String launchName) throws InputException {
        var place = Catalog.builtin().find(Catalog.Kind.PLACES, launch);
        if (place.isPresent()) {
            return new LaunchArea.Point(launch, ScenarioReader.placePosition(place.get()));
        }
        try {
            GeodeticPoint p = Places.parse(launch);
            return new LaunchArea.Point(String.format(Locale.ROOT, "%.4f,%.4f", p.latitudeDeg(), p.longitudeDeg()), p);
        } catch (InputException e) {
            Set<String> names = new TreeSet<>(Catalog.builtin().entries(Catalog.Kind.PLACES).keySet());
            for (ThreatSet t : s.threatSets()) {
                names.add(t.id());
                t.launchAreas().forEach(a -> names.add(a.id()));
            }
            String near = Suggest.nearest(launch, names);
            throw new InputException(launchName + ": expected a launch area of the scenario, a threat set, a catalog "
                    + "place or LAT,LON, found \"" + launch + "\"" + (near == null ? "" : " (did you mean \"" + near
                    + "\"?)"));
        }
    }
}
