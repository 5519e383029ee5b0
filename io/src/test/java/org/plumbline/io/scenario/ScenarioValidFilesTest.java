package org.plumbline.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DataExchange;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.Sector;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.Shape;

/**
 * Valid scenario files ({@code scenario-valid/}) parse, and their values arrive in SI units: every
 * accepted position syntax, uncertainty syntax and unit spelling, and an include with overrides.
 *
 * <p>The files use the catalog interceptor {@code sm3-iia} only where a catalog reference is the point;
 * assertions never depend on its catalog values except where a file overrides them.
 */
class ScenarioValidFilesTest {
    /** Unit conversions are products of exact decimal factors: a few ulps of the result. */
    private static final double SI_TOLERANCE = 1e-9;
    /** Degrees go through radians and back: a few ulps of 180. */
    private static final double DEGREE_TOLERANCE = 1e-12;

    private static final ScenarioReader READER = ScenarioReader.standard();
    private static final Path VALID = ScenarioCorpusTest.folder("/scenario-valid");

    static Stream<String> files() throws IOException {
        try (Stream<Path> files = Files.list(VALID)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void parses(String name) throws ProblemReport {
        Scenario s = READER.readFile(VALID.resolve(name));
        assertEquals(name.replace(".yaml", ""), s.id());
    }

    @Test
    void positionsInEveryAcceptedSyntax() throws ProblemReport {
        ThreatSet t = read("positions.yaml").threatSets().get(0);
        Map<String, double[]> expected = Map.of(
                "hemispheres", new double[] {35.23, 53.92, 0},
                "south-west", new double[] {-33.87, -151.21, 0},
                "lowercase", new double[] {-33.87, -151.21, 0},
                "degree-signs", new double[] {35.23, 53.92, 0},
                "signed", new double[] {-33.87, -151.21, 0},
                "plus-signs", new double[] {35.23, 53.92, 0},
                "flow-list", new double[] {35.23, 53.92, 0},
                "block-map", new double[] {35.23, 53.92, 1200},
                "flow-map", new double[] {-33.87, 151.21, 0});
        assertEquals(expected.size() + 1, t.launchAreas().size());
        for (LaunchArea a : t.launchAreas()) {
            if (a instanceof LaunchArea.Point p) {
                assertPoint(expected.get(p.id()), p.position(), p.id());
            }
        }
        LaunchArea.Polygon polygon = (LaunchArea.Polygon) t.launchAreas().get(expected.size());
        assertEquals("polygon", polygon.id());
        assertPoint(new double[] {38, 45, 0}, polygon.vertices().get(0), "list vertex");
        assertPoint(new double[] {35, 47, 0}, polygon.vertices().get(1), "string vertex");
        assertPoint(new double[] {33, 48, 0}, polygon.vertices().get(2), "map vertex");
        assertEquals(200_000.0, polygon.spacingM(), SI_TOLERANCE);

        List<TargetSet.NamedPoint> targets = ((TargetSet.Points) t.targets()).points();
        assertEquals(List.of("bucharest", "poles", "antimeridian"),
                targets.stream().map(TargetSet.NamedPoint::id).toList());
        assertPoint(new double[] {90, 180, 0}, targets.get(1).position(), "north pole on the antimeridian");
        assertPoint(new double[] {-90, -180, 0}, targets.get(2).position(), "south pole, 180 W");
    }

    @Test
    void uncertaintiesInEveryAcceptedSyntax() throws ProblemReport {
        Scenario s = read("uncertainties.yaml");
        String site = "systems.nato-bmd.sites.";
        Map<String, Scenario.Range> u = s.uncertainties();
        assertSpeed(s, "plus-minus-both-units", 4500);
        assertRange(4000, 5000, u.get(site + "plus-minus-both-units.interceptor.burnout-speed"));
        assertSpeed(s, "plus-minus-one-unit", 4500);
        assertRange(4000, 5000, u.get(site + "plus-minus-one-unit.interceptor.burnout-speed"));
        assertSpeed(s, "ascii-plus-minus", 4500);
        assertRange(4250, 4750, u.get(site + "ascii-plus-minus.interceptor.burnout-speed"));
        assertSpeed(s, "interval", 4750);
        assertRange(4000, 5500, u.get(site + "interval.interceptor.burnout-speed"));
        assertSpeed(s, "value-map", 4200);
        assertRange(3900, 4600, u.get(site + "value-map.interceptor.burnout-speed"));
        assertSpeed(s, "exact", 4500);
        assertTrue(u.keySet().stream().noneMatch(k -> k.startsWith(site + "exact.")),
                "plain values carry no range, and replace the catalog's ranges: " + u.keySet());

        DefenceSystem nato = s.systems().get(0);
        assertEquals(60.0, nato.delays().detectionToDecisionS(), SI_TOLERANCE);
        assertEquals(10.0, nato.delays().decisionToLaunchS(), SI_TOLERANCE);
        assertRange(30, 90, u.get("systems.nato-bmd.delays.detection-to-decision"));
        assertRange(5, 15, u.get("systems.nato-bmd.delays.decision-to-launch"));
        assertRange(1_800_000, 2_200_000, u.get("threat-sets.iran.missiles[0].nominal-range"));

        List<Criterion> c = s.criteria();
        assertEquals(0.9, c.get(0).threshold(), SI_TOLERANCE);
        assertRange(0.85, 0.95, u.get("criteria.percent-plus-minus.at-least"));
        assertEquals(0.875, c.get(1).threshold(), SI_TOLERANCE);
        assertRange(0.8, 0.95, u.get("criteria.percent-interval.at-least"));
        assertEquals(0.9, c.get(2).threshold(), SI_TOLERANCE);
        assertRange(0.85, 0.95, u.get("criteria.plain-fraction.at-least"));
    }

    @Test
    void unitsInEveryAcceptedSpelling() throws ProblemReport {
        Scenario s = read("units.yaml");
        Interceptor i = s.systems().get(0).sites().get(0).interceptor();
        assertEquals("A generic interceptor", i.name());
        assertEquals(2500.0, i.burnoutSpeedMps(), SI_TOLERANCE, "9000 km/h");
        assertEquals(60.0, i.burnTimeS(), SI_TOLERANCE, "1 min");
        assertEquals(2, i.stages());
        assertEquals(15_240.0, i.minInterceptAltitudeM(), SI_TOLERANCE, "50000 ft");
        assertEquals(160_934.4, i.maxInterceptAltitudeM(), SI_TOLERANCE, "100 mi");
        assertEquals(360.0, i.maxFlightTimeS(), SI_TOLERANCE, "0.1 h");
        assertEquals(1.5, i.launchDelayS(), SI_TOLERANCE, "1500 ms");
        assertEquals(10_000.0, i.minRangeM(), SI_TOLERANCE, "10 km");
        assertEquals(1_000_000.0, i.maxRangeM(), SI_TOLERANCE, "1,000 km");

        ThreatSet iran = s.threatSets().get(0);
        assertEquals(185_200.0, ((LaunchArea.Polygon) iran.launchAreas().get(0)).spacingM(), SI_TOLERANCE, "100 nmi");
        assertEquals(2, iran.missiles().size());
        assertEquals(0.02, ((TargetSet.Grid) iran.targets()).spacingRad(), SI_TOLERANCE, "0.02 rad");
        assertEquals(Math.toRadians(2), ((TargetSet.Grid) s.threatSets().get(1).targets()).spacingRad(),
                SI_TOLERANCE, "a bare angle is in degrees");
        List<Shape> shapes = iran.shapes();
        assertInstanceOf(Shape.MinimumEnergy.class, shapes.get(0));
        assertEquals(1_200_000.0, ((Shape.Lofted) shapes.get(1)).apogeeAltitudeM(), SI_TOLERANCE);
        assertEquals(300_000.0, ((Shape.Depressed) shapes.get(2)).apogeeAltitudeM(), SI_TOLERANCE);
        assertEquals(Math.toRadians(20), ((Shape.BurnoutAngle) shapes.get(3)).angleRad(), SI_TOLERANCE);

        List<Criterion> c = s.criteria();
        assertEquals(2000.0, c.get(0).threshold(), SI_TOLERANCE, "2 km/s");
        assertEquals(300.0, c.get(1).threshold(), SI_TOLERANCE, "5 min");
        assertEquals(Criterion.Comparison.AT_MOST, c.get(1).comparison());
        assertEquals(500_000.0, c.get(2).threshold(), SI_TOLERANCE, "500 km");
        assertEquals("russia", c.get(2).regionId());
        assertEquals(4.0, c.get(3).threshold(), SI_TOLERANCE, "a count");
    }

    @Test
    void everySection() throws ProblemReport {
        Scenario s = read("full.yaml");
        assertEquals("Two systems that exchange tracks", s.title());
        assertEquals(2, s.assumptions().size());
        assertEquals(List.of("US White House fact sheet on the EPAA, 17 Sept 2009"), s.sources());
        assertEquals("United States", s.parties().get(1).name());

        DefenceSystem nato = s.systems().get(0);
        assertTrue(nato.launchOnRemote());
        assertEquals("sbirs", nato.satellites().get(0).id());
        assertEquals(15_000.0, nato.satellites().get(0).detectionAltitudeM(), SI_TOLERANCE);
        assertEquals(60.0, nato.satellites().get(0).latencyS(), SI_TOLERANCE);
        InterceptorSite ship = nato.sites().get(1);
        assertEquals(InterceptorSite.Kind.SEA, ship.kind());
        assertEquals(0.0, ship.position().altitudeM());
        assertEquals(4750.0, ship.interceptor().burnoutSpeedMps(), SI_TOLERANCE);
        assertRange(4000, 5500, s.uncertainties().get("systems.nato-bmd.sites.north-sea-ship.interceptor.burnout-speed"));

        DefenceSystem us = s.systems().get(1);
        assertFalse(us.launchOnRemote(), "\"no\" is false");
        InterceptorSite redzikowo = us.sites().get(0);
        assertEquals(InterceptorSite.Kind.LAND, redzikowo.kind());
        assertEquals(66.0, redzikowo.position().altitudeM(), SI_TOLERANCE);
        assertEquals(2, redzikowo.interceptor().stages(), "a catalog field overridden");

        assertEquals(List.of(new DataExchange("nato-bmd", "us-bmd", DataExchange.Shared.TRACKS, 5.0),
                new DataExchange("us-bmd", "nato-bmd", DataExchange.Shared.LAUNCH_WARNING, 0.0)), s.dataExchange());
        assertEquals(List.of(new Sector("nato-bmd", "nato-europe-2013"), new Sector("us-bmd", "nato-europe-today")),
                s.sectors());

        ThreatSet t = s.threatSets().get(0);
        assertEquals(new TargetSet.Cities("nato-europe-2013", 100_000), t.targets());
        assertEquals(2, t.missiles().size());
        assertEquals(List.of(Shape.MINIMUM_ENERGY, new Shape.Lofted(1_200_000)), t.shapes());

        Criterion c = s.criteria().get(0);
        assertEquals(Criterion.Metric.DEFENDED_POPULATION_FRACTION, c.metric());
        assertEquals(Criterion.Comparison.AT_LEAST, c.comparison());
        assertEquals(0.9, c.threshold(), SI_TOLERANCE, "90 %");
        assertEquals("iran-mrbm", c.threatSetId());
        assertEquals(List.of("nato-bmd", "us-bmd"), c.systemIds());
        assertEquals(List.of("systems.nato-bmd.sites.north-sea-ship.interceptor.burnout-speed"), c.marginParameters());
    }

    @Test
    void includeMergesMapsKeyByKey() throws ProblemReport {
        Scenario s = read("include-override.yaml");
        assertEquals("include-override", s.title(), "the included file's title is not inherited");
        assertEquals("NATO", s.parties().get(0).name());
        DefenceSystem nato = s.systems().get(0);
        assertEquals(60.0, nato.delays().detectionToDecisionS(), SI_TOLERANCE, "kept from the included file");
        assertEquals(20.0, nato.delays().decisionToLaunchS(), SI_TOLERANCE, "overridden");
        assertEquals(List.of("deveselu", "redzikowo"), nato.sites().stream().map(InterceptorSite::id).toList());
        assertEquals(12, nato.sites().get(0).count());
        assertEquals(5000.0, nato.sites().get(0).interceptor().burnoutSpeedMps(), SI_TOLERANCE);
        assertEquals("iran", s.threatSets().get(0).id());
    }

    @Test
    void includeOfABuiltinScenario() throws ProblemReport {
        assertTrue(ScenarioReader.builtinNames().contains("iran-threats"), ScenarioReader.builtinNames()::toString);
        Scenario s = read("include-builtin.yaml");
        assertEquals("The built-in Iranian threat sets against one site", s.title());
        ThreatSet t = s.threatSets().stream().filter(x -> x.id().equals("iran-mrbm-irbm")).findFirst().orElseThrow();
        assertEquals(List.of(Shape.MINIMUM_ENERGY, new Shape.Lofted(1_200_000)), t.shapes(), "the list is replaced");
        assertFalse(t.launchAreas().isEmpty(), "launch areas kept from the built-in");
        assertFalse(t.missiles().isEmpty(), "missiles kept from the built-in");
        assertEquals("deveselu", s.systems().get(0).sites().get(0).id());
    }

    // ------------------------------------------------------------------ helpers

    private static Scenario read(String name) throws ProblemReport {
        return READER.readFile(VALID.resolve(name));
    }

    private static void assertPoint(double[] latLonAlt, GeodeticPoint p, String what) {
        assertEquals(latLonAlt[0], p.latitudeDeg(), DEGREE_TOLERANCE, what + " latitude");
        assertEquals(latLonAlt[1], p.longitudeDeg(), DEGREE_TOLERANCE, what + " longitude");
        assertEquals(latLonAlt[2], p.altitudeM(), SI_TOLERANCE, what + " altitude");
    }

    private static void assertSpeed(Scenario s, String site, double mps) {
        InterceptorSite found = s.systems().get(0).sites().stream().filter(x -> x.id().equals(site)).findFirst()
                .orElseThrow();
        assertEquals(mps, found.interceptor().burnoutSpeedMps(), SI_TOLERANCE, site);
    }

    private static void assertRange(double low, double high, Scenario.Range r) {
        assertEquals(low, r.low(), SI_TOLERANCE, "low");
        assertEquals(high, r.high(), SI_TOLERANCE, "high");
    }
}
