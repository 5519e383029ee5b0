package org.plumbline.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.assessment.AssessmentFixtures.DEVESELU;
import static org.plumbline.core.assessment.AssessmentFixtures.IB;
import static org.plumbline.core.assessment.AssessmentFixtures.KURECIK;
import static org.plumbline.core.assessment.AssessmentFixtures.SEMNAN;
import static org.plumbline.core.assessment.AssessmentFixtures.TPY2;
import static org.plumbline.core.assessment.AssessmentFixtures.box;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.scenario.CommandDelays;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Party;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.scenario.ThreatExpansion;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;

/**
 * The refined, streaming map ({@link FootprintSurvey}) against the full assessment of the same grid:
 * with every cell evaluated it must be the full assessment's map cell by cell, at the nominal inputs
 * and at both corners; refined, its evaluated cells must be exact and it must find every status change
 * of this map while evaluating a fraction of the cells.
 *
 * <p>Fixture (as {@link AssessorTest}): a 2,200 km IRBM-class threat from Semnan, an AN/TPY-2-like
 * radar at Kurecik with all-round cover and an SM-3 IB-like site at Deveselu, with uncertainty
 * ranges on the interceptor's burnout speed and the decision delay (so that the corners' maps differ
 * from the nominal one), over a 36-48 N, 16-36 E box at 0.5 deg: the range limit, the site's reach and
 * the radar's cover all cross the box.
 */
class FootprintSurveyTest {
    private static final String SPEED = "systems.bmd.sites.deveselu.interceptor.burnout-speed";
    private static final String DECISION = "systems.bmd.delays.detection-to-decision";
    private static final String RANGE = "systems.bmd.radars.kurecik.detection-range";
    private static final Missile IRBM = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 2_200_000,
            150, FlightSettings.DEFAULT);
    private static final double SPACING_RAD = Math.toRadians(0.5);

    private static Assessor assessor;
    private static Scenario scenario;
    private static ScenarioAssessment full;
    private static FootprintSurvey.Survey every;

    @BeforeAll
    static void assess() {
        DefenceSystem bmd = new DefenceSystem("bmd", "blue", List.of(TPY2), List.of(),
                List.of(new InterceptorSite("deveselu", InterceptorSite.Kind.LAND, DEVESELU, IB, 24)),
                new CommandDelays(60.0, 10.0), true);
        ThreatSet grid = new ThreatSet("grid", List.of(new LaunchArea.Point("semnan", SEMNAN)), List.of(IRBM),
                new TargetSet.Grid("box", SPACING_RAD), List.of(Shape.MINIMUM_ENERGY));
        Criterion c = new Criterion("defended-area", "defended share", Criterion.Metric.DEFENDED_AREA_FRACTION,
                Criterion.Comparison.AT_LEAST, 0.5, "grid", List.of(), "box", List.of());
        scenario = new Scenario("test", "test", "", List.of(), List.of(), List.of(new Party("blue", "Blue")),
                List.of(bmd), List.of(), List.of(), List.of(grid), List.of(c),
                Map.of(SPEED, new Scenario.Range(2_500, 3_500), DECISION, new Scenario.Range(20, 180)));
        assessor = new Assessor(Assessor.Settings.defaults().withThreads(2), Map.of("box", box(36, 48, 16, 36)),
                List.of());
        full = assessor.assess(scenario, Progress.NONE);
        every = FootprintSurvey.survey(assessor, scenario, 1, Progress.NONE);
    }

    @AfterAll
    static void close() {
        assessor.close();
    }

    /** Cells whose status differs between two maps of the same lattice. */
    private static List<String> differences(Footprint a, Footprint b) {
        assertEquals(a.cells().size(), b.cells().size());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.cells().size(); i++) {
            Footprint.Cell x = a.cells().get(i);
            Footprint.Cell y = b.cells().get(i);
            assertEquals(x.latitudeRad(), y.latitudeRad());
            assertEquals(x.longitudeRad(), y.longitudeRad());
            if (x.status() != y.status()) {
                out.add(String.format(java.util.Locale.ROOT, "%.2f %.2f %s->%s%s", Math.toDegrees(x.latitudeRad()),
                        Math.toDegrees(x.longitudeRad()), x.status(), y.status(), y.evaluated() ? "" : " (inferred)"));
            }
        }
        return out;
    }

    @Test
    void everyCellEvaluatedIsTheFullAssessmentsMap() {
        Footprint exact = Footprint.of(full, "grid", SPACING_RAD);
        assertEquals(exact.cells(), every.nominal().cells(), "statuses and counts, cell by cell");
        assertEquals(exact.cells().size(), every.nominal().evaluatedCells());
        CriterionResult c = full.criteria().get(0);
        CriterionResult s = every.assessment().criteria().get(0);
        assertEquals(c.value(), s.value(), 1e-12);
        assertEquals(c.lowCornerValue(), every.low().defendedFraction(), 1e-12);
        assertEquals(c.highCornerValue(), every.high().defendedFraction(), 1e-12);
        assertEquals(c.lowCornerValue(), s.lowCornerValue(), 1e-12);
        assertEquals(c.highCornerValue(), s.highCornerValue(), 1e-12);
        assertEquals(c.verdict(), s.verdict());
        // The same words, but at a corner without an example threat (the survey keeps the nominal reasons only).
        String own = s.evidence().statement();
        int cells = exact.cells().size();
        assertTrue(own.endsWith(" (" + cells + " of " + cells + " cells evaluated, every cell)"), own);
        assertTrue(c.evidence().statement().startsWith(own.substring(0, own.lastIndexOf(" ("))), own);
        for (String m : List.of("cases", "reachable", "engageable", "engageable-by.deveselu")) {
            assertEquals(full.metrics().get("threat-set.grid." + m), every.assessment().metrics().get(
                    "threat-set.grid." + m), m);
        }
        // The fixture exercises what refinement must follow: all three statuses, corners unlike the nominal map.
        for (Footprint.Status st : Footprint.Status.values()) {
            assertTrue(exact.count(st) > 10, st + ": " + exact.count(st));
        }
        assertTrue(differences(every.nominal(), every.low()).size() > 20);
        assertTrue(differences(every.nominal(), every.high()).size() > 20);
        assertTrue(every.assessment().threats().isEmpty(), "no threat outcome is kept");
        assertEquals(List.of(every.nominal()), every.assessment().footprints());
    }

    @Test
    void refinedMapsFindEveryStatusChangeOfThisMapFromAFractionOfTheCells() {
        int cells = every.nominal().cells().size();
        for (int f : new int[] {2, 4}) {
            FootprintSurvey.Survey r = FootprintSurvey.survey(assessor, scenario, f, Progress.NONE);
            assertEquals(f, r.nominal().refineFactor());
            for (int i = 0; i < cells; i++) {
                if (r.nominal().cells().get(i).evaluated()) {
                    assertEquals(every.nominal().cells().get(i), r.nominal().cells().get(i).withEvaluated(true),
                            "an evaluated cell is exact");
                }
            }
            assertEquals(List.of(), differences(every.nominal(), r.nominal()), "nominal, factor " + f);
            assertEquals(List.of(), differences(every.low(), r.low()), "low corner, factor " + f);
            assertEquals(List.of(), differences(every.high(), r.high()), "high corner, factor " + f);
            int evaluated = r.nominal().evaluatedCells();
            assertTrue(evaluated < (f == 2 ? 0.75 : 0.5) * cells, evaluated + " of " + cells + " evaluated, factor " + f);
            String refinement = r.assessment().criteria().get(0).evidence().statement();
            assertTrue(refinement.endsWith(String.format(java.util.Locale.ROOT, "(%,d of %,d cells evaluated, the others "
                    + "inferred from evaluated neighbours; coarse lattice %d times the spacing)", evaluated, cells, f)),
                    refinement);
        }
    }

    /**
     * An assessor that kept a map's flights maps the same grid with another defence without flying
     * (the flights and the unchanged windows from its caches), and that map is the one a fresh
     * assessor computes: at factor 1 every cell is flown in the same batches whatever the defence.
     */
    @Test
    void aMapOnKeptFlightsIsTheMapComputedAfresh() {
        Assessor.Settings settings = Assessor.Settings.defaults().withThreads(2);
        // What-ifs in a row on one assessor, each an edit of the declared defence: a longer decision
        // delay, a radar of half the detection range, a slower interceptor; each map against a fresh
        // assessor's.
        Scenario later = ParameterPaths.with(scenario, DECISION, 150.0);
        Scenario shorter = ParameterPaths.with(scenario, RANGE,
                ParameterPaths.value(scenario, RANGE).orElseThrow() / 2.0);
        Scenario slower = ParameterPaths.with(scenario, SPEED, 2_000.0);
        long[] flown = new long[1];
        Progress counting = (stage, done, total) -> {
            if (stage.equals("trajectories")) {
                flown[0] = Math.max(flown[0], total);
            }
        };
        try (Assessor keeping = new Assessor(settings, assessor.regions(), List.of())) {
            FootprintSurvey.Survey declared = FootprintSurvey.survey(keeping, scenario, 1, counting, true);
            assertEquals(every.nominal(), declared.nominal());
            assertTrue(flown[0] > 0, "the first map flies its grid");
            for (Scenario whatIf : List.of(later, shorter, slower)) {
                flown[0] = 0;
                FootprintSurvey.Survey kept = FootprintSurvey.survey(keeping, whatIf, 1, counting, true);
                assertEquals(0, flown[0], "a map of the same grid flies nothing");
                assertTrue(!List.of(declared.nominal(), declared.low(), declared.high()).equals(
                        List.of(kept.nominal(), kept.low(), kept.high())), "each edit changes the maps");
                try (Assessor fresh = new Assessor(settings, assessor.regions(), List.of())) {
                    FootprintSurvey.Survey afresh = FootprintSurvey.survey(fresh, whatIf, 1, Progress.NONE, true);
                    assertEquals(afresh.nominal(), kept.nominal());
                    assertEquals(afresh.low(), kept.low());
                    assertEquals(afresh.high(), kept.high());
                    assertEquals(afresh.assessment(), kept.assessment());
                    // The flights themselves, to the last digit of every kept sample: those the first
                    // map flew for another defence are those a fresh map flies.
                    ThreatSet grid = scenario.threatSets().get(0);
                    for (ThreatCase c : ThreatExpansion.expand(grid, assessor.regions(), List.of())) {
                        assertEquals(fresh.heldFlight(c).display(), keeping.heldFlight(c).display(), c.targetId());
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> FootprintSurvey.survey(assessor, scenario, 2,
                Progress.NONE, true));
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        try (Assessor one = new Assessor(Assessor.Settings.defaults().withThreads(1), assessor.regions(), List.of())) {
            FootprintSurvey.Survey a = FootprintSurvey.survey(one, scenario, 4, Progress.NONE);
            FootprintSurvey.Survey b = FootprintSurvey.survey(assessor, scenario, 4, Progress.NONE);
            assertEquals(a.nominal(), b.nominal());
            assertEquals(a.low(), b.low());
            assertEquals(a.high(), b.high());
            assertEquals(a.assessment().metrics(), b.assessment().metrics());
        }
    }

    // ------------------------------------------------------------------ the rule, on a synthetic map

    /** 0.25 deg over 30-59.8 N, 0-40 E (row 239, at 59.75 N, is the northernmost). */
    private static final double FINE_RAD = Math.toRadians(0.25);

    private static Scenario synthetic() {
        ThreatSet grid = new ThreatSet("grid", List.of(new LaunchArea.Point("semnan", SEMNAN)), List.of(IRBM),
                new TargetSet.Grid("box", FINE_RAD), List.of(Shape.MINIMUM_ENERGY));
        Criterion c = new Criterion("defended-area", "defended share", Criterion.Metric.DEFENDED_AREA_FRACTION,
                Criterion.Comparison.AT_LEAST, 0.5, "grid", List.of(), "box", List.of());
        return new Scenario("synthetic", "synthetic", "", List.of(), List.of(), List.of(new Party("blue", "Blue")),
                scenario.systems(), List.of(), List.of(), List.of(grid), List.of(c), Map.of());
    }

    /**
     * Synthetic statuses, corner 0 nominal, 1 low, 2 high: nothing reaches west of 5 E; a disc of
     * radius 8 (6 at the low corner, 10 at the high one) deg of latitude-scaled distance around 45 N
     * 20 E is defended, except two islands of 0.3 deg: one at 45.1 N 21.3 E, between the points of the
     * 2 deg lattice, one centred on the 2 deg lattice point at row 176, column 48 (44 N 16.68 E); a
     * strip along the region's northern edge, north of 59.6 N from 10 to 30 E, is defended too.
     */
    private static int status(double latDeg, double lonDeg, int corner) {
        if (lonDeg < 5) {
            return 0;
        }
        double r = corner == 0 ? 8 : corner == 1 ? 6 : 10;
        if (latDeg > 59.6 && lonDeg > 10 && lonDeg < 30) {
            return 2;
        }
        if (island(latDeg, lonDeg, 45.1, 21.3) || island(latDeg, lonDeg, 44.0, 48 * 0.25 / Math.cos(Math.toRadians(44)))) {
            return 1;
        }
        return Math.hypot(latDeg - 45, (lonDeg - 20) * Math.cos(Math.toRadians(45))) <= r ? 2 : 1;
    }

    private static boolean island(double latDeg, double lonDeg, double la, double lo) {
        return Math.hypot(latDeg - la, (lonDeg - lo) * Math.cos(Math.toRadians(la))) <= 0.3;
    }

    private static FootprintSurvey.Survey synthetic(int f) {
        return synthetic(f, new ArrayList<>());
    }

    /** As {@link #synthetic(int)}, adding every case evaluated to {@code flown}. */
    private static FootprintSurvey.Survey synthetic(int f, List<org.plumbline.core.scenario.ThreatCase> flown) {
        return FootprintSurvey.survey(synthetic(), Map.of("box", box(30, 59.8, 0, 40)), List.of(), f, Progress.NONE,
                (cases, counter) -> {
                    flown.addAll(cases);
                    List<Assessor.Surveyed> out = new ArrayList<>();
                    for (org.plumbline.core.scenario.ThreatCase c : cases) {
                        int[] st = new int[3];
                        for (int k = 0; k < 3; k++) {
                            st[k] = status(c.target().latitudeDeg(), c.target().longitudeDeg(), k);
                        }
                        out.add(st[0] == 0 ? new Assessor.Surveyed(false, false, false, false, new boolean[0], "")
                                : new Assessor.Surveyed(true, st[0] == 2, st[1] == 2, st[2] == 2,
                                new boolean[] {st[0] == 2}, st[0] == 2 ? "" : "synthetic"));
                    }
                    return out;
                });
    }

    /**
     * The resolution, as FootprintSurvey states it: with a 2 deg coarse lattice over a 0.25 deg grid,
     * the three boundaries of the disc (nominal and corners) and the range limit are followed exactly,
     * a strip one row wide along the region's edge is found (by the points outside the region, which
     * this lattice uses: the box's long straight edges have more edge points than twice the outside
     * points of level 8), an island on a coarse point is found and followed down to the grid, and an
     * island of 0.3 deg between the coarse points is missed: its cells, and only they, are inferred
     * wrong. The points outside the region are flown and evaluated but are not cells of the map and
     * count in none of its metrics.
     */
    @Test
    void theRefinementFollowsBoundariesAndMissesOnlyAnIslandBetweenCoarsePoints() {
        FootprintSurvey.Survey exact = synthetic(1);
        List<org.plumbline.core.scenario.ThreatCase> flown = new ArrayList<>();
        FootprintSurvey.Survey refined = synthetic(8, flown);
        int outside = refined.nominal().outsidePoints();
        assertTrue(outside > 50, "outside points: " + outside);
        List<org.plumbline.core.scenario.ThreatCase> beyond = flown.stream().filter(c -> c.weight() == 0).toList();
        assertEquals(outside, beyond.size(), "one missile, one launch point: one case per point");
        for (org.plumbline.core.scenario.ThreatCase c : beyond) {
            double lat = c.target().latitudeDeg();
            double lon = c.target().longitudeDeg();
            assertTrue(c.targetId().startsWith("outside ") && (lat > 59.8 || lat < 30 || lon < 0 || lon > 40),
                    c.targetId());
        }
        // The map's metrics count the region's cells only: what the synthetic evaluator answered for them.
        List<org.plumbline.core.scenario.ThreatCase> inside = flown.stream().filter(c -> c.weight() > 0).toList();
        long reachable = inside.stream().filter(c -> status(c.target().latitudeDeg(), c.target().longitudeDeg(), 0) != 0)
                .count();
        long engageable = inside.stream().filter(c -> status(c.target().latitudeDeg(), c.target().longitudeDeg(), 0) == 2)
                .count();
        assertTrue(reachable < beyond.size() + inside.size() && engageable > 0, reachable + " " + engageable);
        Map<String, Double> metrics = refined.assessment().metrics();
        assertEquals(refined.nominal().evaluatedCells(), metrics.get("threat-set.grid.cases"));
        assertEquals(inside.size(), refined.nominal().evaluatedCells());
        assertEquals(outside, metrics.get("threat-set.grid.outside-cases"));
        assertEquals(reachable, metrics.get("threat-set.grid.reachable"));
        assertEquals(engageable, metrics.get("threat-set.grid.engageable"));
        assertEquals(engageable, metrics.get("threat-set.grid.engageable-by.deveselu"));
        // The evidence names the first undefended cell of the region, never a point outside it.
        String evidence = refined.assessment().criteria().get(0).evidence().statement();
        assertTrue(evidence.contains("largest undefended: cell ") && !evidence.contains("-> outside "), evidence);
        assertTrue(refined.assessment().criteria().get(0).evidence().statement().endsWith(String.format(
                java.util.Locale.ROOT, "; and %,d points outside the region, to follow boundaries along its edge)",
                outside)));
        int cells = exact.nominal().cells().size();
        assertEquals(cells, exact.nominal().evaluatedCells());
        List<String> missed = new ArrayList<>();
        int strip = 0;
        int found = 0;
        for (Footprint.Cell c : exact.nominal().cells()) {
            double lat = Math.toDegrees(c.latitudeRad());
            double lon = Math.toDegrees(c.longitudeRad());
            strip += lat > 59.6 && lon > 10 && lon < 30 ? 1 : 0;
            found += island(lat, lon, 44.0, 48 * 0.25 / Math.cos(Math.toRadians(44))) ? 1 : 0;
            if (island(lat, lon, 45.1, 21.3)) {
                missed.add(String.format(java.util.Locale.ROOT, "%.2f %.2f UNDEFENDED->DEFENDED (inferred)", lat, lon));
            }
        }
        assertTrue(strip >= 30 && found >= 3 && missed.size() >= 3, strip + " " + found + " " + missed);
        assertEquals(missed, differences(exact.nominal(), refined.nominal()));
        assertEquals(List.of(), differences(exact.low(), refined.low()).stream().filter(d -> !missed.contains(d)).toList());
        assertEquals(missed, differences(exact.high(), refined.high()));
        int evaluated = refined.nominal().evaluatedCells();
        assertTrue(evaluated < 0.3 * cells, evaluated + " of " + cells);
    }

    /**
     * With a 1 deg coarse lattice the box's edge points are fewer than twice its outside points of
     * level 4, so the side rule alone closes the edge: nothing outside the region is flown, every
     * point at the edge is evaluated, and the map (with its strip along the edge and both islands,
     * neither smaller than this lattice) is exact.
     */
    @Test
    void theSideRuleAloneWhereItEvaluatesFewerPoints() {
        FootprintSurvey.Survey exact = synthetic(1);
        List<org.plumbline.core.scenario.ThreatCase> flown = new ArrayList<>();
        FootprintSurvey.Survey refined = synthetic(4, flown);
        assertEquals(0, refined.nominal().outsidePoints());
        assertEquals(List.of(), flown.stream().filter(c -> c.weight() == 0).toList());
        assertEquals(refined.nominal().evaluatedCells(), flown.size());
        assertEquals(List.of(), differences(exact.nominal(), refined.nominal()));
        assertEquals(List.of(), differences(exact.low(), refined.low()));
        assertEquals(List.of(), differences(exact.high(), refined.high()));
        assertNull(refined.assessment().metrics().get("threat-set.grid.outside-cases"));
        // The northernmost row (row 239, odd) has no row of the region north of it: the side rule
        // evaluates every cell of it, whatever the statuses.
        double north = refined.nominal().cells().stream().mapToDouble(Footprint.Cell::latitudeRad).max().orElseThrow();
        int northRow = 0;
        for (Footprint.Cell c : refined.nominal().cells()) {
            if (c.latitudeRad() == north) {
                assertTrue(c.evaluated(), Math.toDegrees(c.latitudeRad()) + " " + Math.toDegrees(c.longitudeRad()));
                northRow++;
            }
        }
        assertTrue(northRow > 50, northRow + " cells in the northernmost row");
        assertTrue(refined.nominal().evaluatedCells() < 0.3 * exact.nominal().cells().size());
    }

    /**
     * Points outside the region past the antimeridian and the pole: a region of two boxes that meet at
     * 180 deg, from 60 N to 89.5 N, refined at F = 8 with the points outside it (lattice positions past
     * +-180 deg or beyond the pole are left out, and the points that lack them evaluated): no error,
     * and the map, at the nominal inputs and both corners, is the every-cell map.
     */
    @Test
    void outsidePointsPastTheAntimeridianAndThePole() {
        java.util.function.BiFunction<Double, Double, double[][]> ring = (west, east) -> new double[][] {
            {Math.toRadians(60), Math.toRadians(west)}, {Math.toRadians(60), Math.toRadians(east)},
            {Math.toRadians(89.5), Math.toRadians(east)}, {Math.toRadians(89.5), Math.toRadians(west)}};
        org.plumbline.core.geography.Region arctic = new org.plumbline.core.geography.Region("box", "box", List.of(
                new org.plumbline.core.geography.Polygon(List.<double[][]>of(ring.apply(165.0, 180.0))),
                new org.plumbline.core.geography.Polygon(List.<double[][]>of(ring.apply(-180.0, -165.0)))));
        FootprintSurvey.Evaluator polar = (cases, counter) -> {
            List<Assessor.Surveyed> out = new ArrayList<>();
            for (org.plumbline.core.scenario.ThreatCase c : cases) {
                double lat = c.target().latitudeDeg();
                double lon = c.target().longitudeDeg();
                // Reached north of 62 N; defended north of 75 N (70 and 80 at the corners) and in a
                // band astride the antimeridian.
                boolean reached = lat > 62;
                boolean[] d = new boolean[3];
                for (int k = 0; k < 3; k++) {
                    d[k] = lat > (k == 0 ? 75 : k == 1 ? 80 : 70) || Math.abs(lon) > 178.5;
                }
                out.add(!reached ? new Assessor.Surveyed(false, false, false, false, new boolean[0], "")
                        : new Assessor.Surveyed(true, d[0], d[1], d[2], new boolean[] {d[0]}, d[0] ? "" : "polar"));
            }
            return out;
        };
        FootprintSurvey.Survey exact = FootprintSurvey.survey(synthetic(), Map.of("box", arctic), List.of(), 1,
                Progress.NONE, polar);
        FootprintSurvey.Survey refined = FootprintSurvey.survey(synthetic(), Map.of("box", arctic), List.of(), 8,
                Progress.NONE, polar);
        assertTrue(refined.nominal().outsidePoints() > 0, "outside points used");
        assertEquals(List.of(), differences(exact.nominal(), refined.nominal()));
        assertEquals(List.of(), differences(exact.low(), refined.low()));
        assertEquals(List.of(), differences(exact.high(), refined.high()));
        assertTrue(refined.nominal().evaluatedCells() < 0.5 * exact.nominal().cells().size());
        // Every cell of the region defended, the points south of it undefended: the map has no
        // undefended cell to name, and the points outside are not named instead.
        FootprintSurvey.Evaluator southUndefended = (cases, counter) -> {
            List<Assessor.Surveyed> out = new ArrayList<>();
            for (org.plumbline.core.scenario.ThreatCase c : cases) {
                boolean d = c.target().latitudeDeg() >= 59.99;
                out.add(new Assessor.Surveyed(true, d, d, d, new boolean[] {d}, d ? "" : "south"));
            }
            return out;
        };
        FootprintSurvey.Survey all = FootprintSurvey.survey(synthetic(), Map.of("box", arctic), List.of(), 8,
                Progress.NONE, southUndefended);
        assertTrue(all.nominal().outsidePoints() > 0);
        assertEquals(1.0, all.nominal().defendedFraction());
        String statement = all.assessment().criteria().get(0).evidence().statement();
        assertTrue(!statement.contains("largest undefended"), statement);
    }

    /**
     * The physics with the points outside the region (F = 8 on the fixture's 0.5 deg box takes them):
     * every evaluated cell is the full assessment's, the three maps are the every-cell maps, and one
     * thread gives the same maps and metrics as two.
     */
    @Test
    void outsidePointsWithThePhysics() {
        FootprintSurvey.Survey r = FootprintSurvey.survey(assessor, scenario, 8, Progress.NONE);
        assertTrue(r.nominal().outsidePoints() > 0, "outside points used");
        for (int i = 0; i < r.nominal().cells().size(); i++) {
            if (r.nominal().cells().get(i).evaluated()) {
                assertEquals(every.nominal().cells().get(i), r.nominal().cells().get(i), "an evaluated cell is exact");
            }
        }
        assertEquals(List.of(), differences(every.nominal(), r.nominal()));
        assertEquals(List.of(), differences(every.low(), r.low()));
        assertEquals(List.of(), differences(every.high(), r.high()));
        try (Assessor one = new Assessor(Assessor.Settings.defaults().withThreads(1), assessor.regions(), List.of())) {
            FootprintSurvey.Survey a = FootprintSurvey.survey(one, scenario, 8, Progress.NONE);
            assertEquals(a.nominal(), r.nominal());
            assertEquals(a.low(), r.low());
            assertEquals(a.high(), r.high());
            assertEquals(a.assessment().metrics(), r.assessment().metrics());
        }
    }

    @Test
    void badRefinementFactorsAndScenariosAreRefused() {
        for (int f : new int[] {0, 3, 128, -2}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FootprintSurvey.assess(assessor, scenario, f, Progress.NONE));
            assertEquals("refineFactor = " + f + " is not a power of 2 in [1, 64]", e.getMessage());
        }
        Scenario two = new Scenario(scenario.id(), scenario.title(), scenario.description(), scenario.assumptions(),
                scenario.sources(), scenario.parties(), scenario.systems(), scenario.dataExchange(), scenario.sectors(),
                scenario.threatSets(), List.of(), scenario.uncertainties());
        assertThrows(IllegalArgumentException.class, () -> FootprintSurvey.assess(assessor, two, 1, Progress.NONE));
    }
}
