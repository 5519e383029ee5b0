package org.plumbline.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.assessment.AssessmentFixtures.DEVESELU;
import static org.plumbline.core.assessment.AssessmentFixtures.IB;
import static org.plumbline.core.assessment.AssessmentFixtures.KURECIK;
import static org.plumbline.core.assessment.AssessmentFixtures.SEMNAN;
import static org.plumbline.core.assessment.AssessmentFixtures.TPY2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.engagement.CriticalValue;
import org.plumbline.core.engagement.DefenceEvaluation;
import org.plumbline.core.engagement.FireControl;
import org.plumbline.core.engagement.ReachTables;
import org.plumbline.core.engagement.ThreatTrack;
import org.plumbline.core.scenario.CommandDelays;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Party;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.sensor.LineOfSight;
import org.plumbline.core.sensor.RadarCoverage;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.sensor.TargetPath;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySolver;

/**
 * The assessment against independent per-engagement calculations: its criterion-level margins must
 * agree with the critical values of each (threat, site) pair computed directly, its corners must
 * bracket the nominal value, and its results must not depend on the number of threads.
 *
 * <p>Fixture: an IRBM-class threat from Semnan at four cities in south-eastern Europe, one AN/TPY-2-like
 * radar at Kurecik with two back-to-back faces (all-round cover, so that tracks exist) and an SM-3 IB-like site at Deveselu (public-data.md B.1, B.3, B.4;
 * values as in EngagementTest, [UNVERIFIED]/ASSUMPTION as labelled in the catalog).
 */
class AssessorTest {
    private static final String SPEED = "systems.bmd.sites.deveselu.interceptor.burnout-speed";
    private static final String DECISION = "systems.bmd.delays.detection-to-decision";
    private static final String RANGE = "systems.bmd.radars.kurecik.detection-range";
    private static final Missile IRBM = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 3_000_000,
            150, FlightSettings.DEFAULT);
    private static final List<TargetSet.NamedPoint> TARGETS = List.of(
            new TargetSet.NamedPoint("bucharest", GeodeticPoint.ofDegrees(44.43, 26.10)),
            new TargetSet.NamedPoint("sofia", GeodeticPoint.ofDegrees(42.70, 23.32)),
            new TargetSet.NamedPoint("ankara", GeodeticPoint.ofDegrees(39.93, 32.86)),
            new TargetSet.NamedPoint("athens", GeodeticPoint.ofDegrees(37.98, 23.73)));

    private static Assessor assessor;
    private static Scenario scenario;
    private static ScenarioAssessment result;

    @BeforeAll
    static void assess() {
        scenario = scenario(60.0);
        assessor = new Assessor(Assessor.Settings.defaults().withThreads(2), Map.of(), List.of());
        result = assessor.assess(scenario, Progress.NONE);
    }

    @AfterAll
    static void close() {
        assessor.close();
    }

    static Scenario scenario(double decisionS) {
        DefenceSystem bmd = new DefenceSystem("bmd", "blue", List.of(TPY2), List.of(),
                List.of(new InterceptorSite("deveselu", InterceptorSite.Kind.LAND, DEVESELU, IB, 24)),
                new CommandDelays(decisionS, 10.0), true);
        ThreatSet threats = new ThreatSet("irbm", List.of(new LaunchArea.Point("semnan", SEMNAN)), List.of(IRBM),
                new TargetSet.Points(TARGETS), List.of(Shape.MINIMUM_ENERGY));
        List<Criterion> criteria = List.of(
                new Criterion("all-engageable", "every threat engageable", Criterion.Metric.ENGAGEABLE_FRACTION,
                        Criterion.Comparison.AT_LEAST, 1.0, "irbm", List.of(), "", List.of(SPEED, DECISION)),
                new Criterion("none-engageable", "no threat engageable", Criterion.Metric.ENGAGEABLE_FRACTION,
                        Criterion.Comparison.AT_MOST, 0.0, "irbm", List.of(), "", List.of(SPEED, RANGE)),
                new Criterion("low-intercepts", "intercepts above 100 km only",
                        Criterion.Metric.LOWEST_INTERCEPT_ALTITUDE, Criterion.Comparison.AT_LEAST, 100_000.0, "irbm",
                        List.of(), "", List.of()),
                new Criterion("fast-enough", "a 2.5 km/s interceptor at least",
                        Criterion.Metric.INTERCEPTOR_BURNOUT_SPEED, Criterion.Comparison.AT_LEAST, 2_500.0, "",
                        List.of(), "", List.of(SPEED)));
        return new Scenario("test", "test", "", List.of(), List.of(), List.of(new Party("blue", "Blue")), List.of(bmd),
                List.of(), List.of(), List.of(threats), criteria,
                Map.of(SPEED, new Scenario.Range(2_700, 3_500), DECISION, new Scenario.Range(20, 180)));
    }

    private static CriterionResult criterion(String id) {
        return result.criteria().stream().filter(c -> c.criterion().id().equals(id)).findFirst().orElseThrow();
    }

    /** The (threat, site) pairs computed directly, as {@code plumbline engage} does. */
    private record Pair(Trajectory trajectory, ThreatTrack track, FireControl.UsableTrack usable,
                        double criticalDelayS, CriticalValue criticalSpeed,
                        org.plumbline.core.engagement.EngagementWindow window) {
    }

    private static List<Pair> pairs;

    private static synchronized List<Pair> directPairs() {
        if (pairs == null) {
            pairs = computePairs();
        }
        return pairs;
    }

    private static List<Pair> computePairs() {
        FlightSettings fine = FlightSettings.DEFAULT.withSampleIntervalS(1.0);
        TrajectorySolver solver = new TrajectorySolver(new NativeFlightEngine(EarthModel.WGS84, IRBM, fine));
        ReachTables tables = new ReachTables(fine.atmosphere(), EarthModel.WGS84.rotationRateRadPerS());
        DefenceSystem sys = scenario.systems().get(0);
        InterceptorSite site = sys.sites().get(0);
        List<Pair> out = new ArrayList<>();
        for (TargetSet.NamedPoint t : TARGETS) {
            TargetingResult r = solver.solve(SEMNAN, t.position(), Shape.MINIMUM_ENERGY);
            if (!(r instanceof TargetingResult.Reached reached)) {
                continue;
            }
            Trajectory tr = reached.trajectory();
            ThreatTrack track = ThreatTrack.of(tr, EarthModel.WGS84);
            RadarTimeline tl = RadarCoverage.of(TPY2, EarthModel.WGS84, 0.1, LineOfSight.GEOMETRIC)
                    .timeline(TargetPath.of(tr, EarthModel.WGS84));
            FireControl.UsableTrack usable = FireControl.usableTrack(scenario, sys, site, Map.of("kurecik", tl));
            double delay = sys.delays().totalS() + IB.launchDelayS();
            var w = org.plumbline.core.engagement.Engagement.evaluate(track, DEVESELU, tables.of(IB, DEVESELU),
                    usable.firstS(), delay, usable.endS(), 60.0);
            CriticalValue v = usable.exists() ? DefenceEvaluation.criticalBurnoutSpeed(track, site, usable, delay,
                    tables, 60.0) : CriticalValue.NONE;
            out.add(new Pair(tr, track, usable, w.criticalDelayS(), v, w));
        }
        return out;
    }

    @Test
    void theFixtureHasEngageableThreats() {
        // The margins below are only tests when the site engages something.
        double engageable = result.metrics().get("threat-set.irbm.engageable");
        double reachable = result.metrics().get("threat-set.irbm.reachable");
        assertEquals(4.0, reachable, "all four cities are within 3,000 km of Semnan's IRBM");
        assertTrue(engageable >= 1, "engageable: " + engageable);
    }

    @Test
    void theSpeedMarginIsTheLargestCriticalSpeedOfThePairs() {
        // "All engageable" by one site holds exactly when the burnout speed reaches every pair's own
        // critical speed: the criterion's margin must be the largest of them. Both are bisections to
        // 10 m/s from different brackets, so they agree to two resolutions.
        double largest = directPairs().stream().mapToDouble(p -> p.criticalSpeed().found() ? p.criticalSpeed().value()
                : Double.POSITIVE_INFINITY).max().orElseThrow();
        Margin m = criterion("all-engageable").margins().get(0);
        assertEquals(SPEED, m.parameter());
        assertTrue(Double.isFinite(largest), "the fixture's threats are all engageable at some speed");
        assertTrue(m.found(), m.statement());
        assertEquals(largest, m.critical(), 2 * ParameterPaths.resolution(SPEED), m.statement());
        CriterionResult c = criterion("all-engageable");
        assertEquals(c.nominalHolds(), IB.burnoutSpeedMps() >= largest, m.statement());
        assertTrue(m.statement().startsWith(c.nominalHolds()
                ? "holds unless the deveselu interceptor burnout speed falls below"
                : "fails; would hold if the deveselu interceptor burnout speed were above"), m.statement());
    }

    @Test
    void theNoneEngageableMarginIsTheSmallestCriticalSpeed() {
        double smallest = directPairs().stream().filter(p -> p.criticalSpeed().found())
                .mapToDouble(p -> p.criticalSpeed().value()).min().orElseThrow();
        Margin m = criterion("none-engageable").margins().get(0);
        assertTrue(m.found(), m.statement());
        assertEquals(smallest, m.critical(), 2 * ParameterPaths.resolution(SPEED), m.statement());
        assertTrue(m.statement().startsWith("fails; would hold if the deveselu interceptor burnout speed were below"),
                m.statement());
    }

    @Test
    void theDelayMarginFollowsFromTheCriticalDelays() {
        // With everything else fixed, a pair stays feasible while the total delay (decision + launch
        // order + interceptor launch delay) is at most its critical delay: the exact edge, to 1 s.
        List<Pair> pairs = directPairs();
        double otherDelays = 10.0 + IB.launchDelayS();
        Margin m = criterion("all-engageable").margins().get(1);
        assertEquals(DECISION, m.parameter());
        boolean anyUnreachable = pairs.stream().anyMatch(p -> p.criticalDelayS() < 0);
        if (anyUnreachable) {
            assertFalse(m.found(), "no delay makes a geometrically unreachable threat engageable: " + m.statement());
        } else {
            double edge = pairs.stream().mapToDouble(p -> p.criticalDelayS() - otherDelays).min().orElseThrow();
            assertTrue(m.found(), m.statement());
            assertEquals(Math.max(0.0, edge), m.critical(), ParameterPaths.resolution(DECISION) + 1e-9, m.statement());
        }
    }

    @Test
    void aRadarRangeMarginSearchesOnlyRangesTheModelAccepts() {
        // The search interval starts at 0 m, which no radar may have: the bound moves to the nearest
        // accepted value (the model needs at least 1 m). With the radar's range near zero nothing is tracked, so nothing is engaged.
        Margin m = criterion("none-engageable").margins().get(1);
        assertEquals(RANGE, m.parameter());
        assertTrue(m.lowerBound() >= 1.0 && m.lowerBound() < ParameterPaths.resolution(RANGE),
                m.lowerBound() + " " + m.statement());
        assertTrue(m.found(), m.statement());
        assertTrue(m.critical() < 3_000_000, m.statement());
        assertTrue(m.statement().startsWith("fails; would hold if the kurecik detection range were below"),
                m.statement());
    }

    @Test
    void theLowestInterceptIsAtAnEndOfTheFeasibleWindow() {
        // Independent: over every feasible pair, the threat's altitude at the first and last feasible
        // intercept, from the trajectory's own samples.
        double expected = Double.POSITIVE_INFINITY;
        for (Pair p : directPairs()) {
            if (p.window().feasible()) {
                TargetPath path = TargetPath.of(p.trajectory(), EarthModel.WGS84);
                expected = Math.min(expected, Math.min(path.altitudeAtM(p.window().firstInterceptS()),
                        path.altitudeAtM(p.window().lastInterceptS())));
            }
        }
        CriterionResult c = criterion("low-intercepts");
        assertTrue(Double.isFinite(expected));
        // The assessment flies its threats with solveAll, these pairs with solve: the two flights agree to
        // 0.007 s in flight time and 12 m in apogee (TrajectorySolverBatchTest), so at ~4 km/s of descent
        // the altitudes at the same instant agree to about 4,000 x 0.007 + 12 = 40 m.
        assertEquals(expected, c.value(), 50.0);
    }

    @Test
    void cornersBracketTheNominalValue() {
        for (CriterionResult c : result.criteria()) {
            boolean decreasing = c.criterion().metric() == Criterion.Metric.LOWEST_INTERCEPT_ALTITUDE
                    || c.criterion().metric() == Criterion.Metric.EARLIEST_INTERCEPT_TIME;
            double least = decreasing ? -c.lowCornerValue() : c.lowCornerValue();
            double most = decreasing ? -c.highCornerValue() : c.highCornerValue();
            double value = decreasing ? -c.value() : c.value();
            assertTrue(least <= value && value <= most,
                    c.criterion().id() + ": " + c.lowCornerValue() + ", " + c.value() + ", " + c.highCornerValue());
            boolean low = c.criterion().comparison() == Criterion.Comparison.AT_LEAST
                    ? c.lowCornerValue() >= c.criterion().threshold() : c.lowCornerValue() <= c.criterion().threshold();
            boolean high = c.criterion().comparison() == Criterion.Comparison.AT_LEAST
                    ? c.highCornerValue() >= c.criterion().threshold()
                    : c.highCornerValue() <= c.criterion().threshold();
            Verdict expected = low == high && high == c.nominalHolds() ? (low ? Verdict.PASS : Verdict.FAIL)
                    : Verdict.INDETERMINATE;
            assertEquals(expected, c.verdict(), c.criterion().id());
        }
    }

    @Test
    void aDeclaredParameterCriterionReadsTheDeclaration() {
        CriterionResult c = criterion("fast-enough");
        assertEquals(3_000.0, c.value());
        assertEquals(2_700.0, c.lowCornerValue());
        assertEquals(3_500.0, c.highCornerValue());
        assertEquals(Verdict.PASS, c.verdict());
        Margin m = c.margins().get(0);
        assertEquals(2_500.0, m.critical(), ParameterPaths.resolution(SPEED), m.statement());
    }

    @Test
    void assessorsSharingReachTablesBuildThemOnceForTheSameResults() {
        Assessor.Settings settings = Assessor.Settings.defaults().withThreads(2);
        ReachTables shared = new ReachTables(settings.flight().atmosphere(), settings.earth().rotationRateRadPerS());
        try (Assessor first = new Assessor(settings, Map.of(), List.of(), shared)) {
            assertEquals(result, first.assess(scenario, Progress.NONE));
        }
        int variants = shared.rotatingVariants();
        // The first assessor built its reach in the tables it was given (the nominal interceptor, the
        // corners' and the margin searches' variants).
        assertTrue(variants > 1, "variants built in the shared tables: " + variants);
        try (Assessor second = new Assessor(settings, Map.of(), List.of(), shared)) {
            assertEquals(result, second.assess(scenario, Progress.NONE));
        }
        assertEquals(variants, shared.rotatingVariants(), "the second assessor found every variant built");
        // Two assessors on new shared tables at the same time (a server's warm assessor and a map's):
        // each builds or helps build the sectors the other needs, and both get the one result.
        ReachTables together = new ReachTables(settings.flight().atmosphere(), settings.earth().rotationRateRadPerS());
        try (Assessor a = new Assessor(settings, Map.of(), List.of(), together);
             Assessor b = new Assessor(settings, Map.of(), List.of(), together)) {
            java.util.concurrent.CompletableFuture<ScenarioAssessment> first =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> a.assess(scenario, Progress.NONE));
            ScenarioAssessment second = b.assess(scenario, Progress.NONE);
            assertEquals(result, first.join());
            assertEquals(result, second);
        }
        ReachTables otherEarth = new ReachTables(settings.flight().atmosphere(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new Assessor(settings, Map.of(), List.of(), otherEarth));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        try (Assessor one = new Assessor(Assessor.Settings.defaults().withThreads(1), Map.of(), List.of())) {
            assertEquals(result, one.assess(scenario, Progress.NONE));
        }
    }
}
