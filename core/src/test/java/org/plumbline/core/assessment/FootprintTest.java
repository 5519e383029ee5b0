package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.geography.CellUnion;
import org.plumbline.core.geography.City;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.scenario.ThreatExpansion;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.Trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.assessment.AssessmentFixtures.box;

/** Defended-area contours, population by cell and route shares, on hand-made footprints and outcomes. */
class FootprintTest {
    private static final double R_M = 6_371_000.0;
    /** The report's unit: 1e-5 degree. */
    private static final long UNITS_PER_TURN = 36_000_000L;
    private static final double UNIT_RAD = 2 * Math.PI / UNITS_PER_TURN;
    private static final Missile MISSILE = GenericRocket.liquidIrbmTemplate();

    /**
     * The lattice ThreatExpansion samples over a 40-60 N, 0-30 E box at 0.25 deg, each cell defended in
     * an annulus 2 to 6 deg (of latitude-scaled distance) around 50 N 15 E, undefended elsewhere.
     */
    private static Footprint annulus() {
        Region region = box(40, 60, 0, 30);
        double spacing = Math.toRadians(0.25);
        ThreatSet set = new ThreatSet("grid", List.of(new LaunchArea.Point("l", GeodeticPoint.ofDegrees(35, 50))),
                List.of(MISSILE), new TargetSet.Grid("box", spacing), List.of(Shape.MINIMUM_ENERGY));
        List<Footprint.Cell> cells = new ArrayList<>();
        for (ThreatCase t : ThreatExpansion.expand(set, Map.of("box", region), List.of())) {
            double lat = t.target().latitudeDeg();
            double lon = t.target().longitudeDeg();
            double d = Math.hypot(lat - 50, (lon - 15) * Math.cos(Math.toRadians(50)));
            Footprint.Status s = d >= 2 && d <= 6 ? Footprint.Status.DEFENDED : Footprint.Status.UNDEFENDED;
            cells.add(new Footprint.Cell(t.target().latitudeRad(), t.target().longitudeRad(), t.weight(), s, 1,
                    s == Footprint.Status.DEFENDED ? 1 : 0));
        }
        return new Footprint("grid", spacing, cells);
    }

    /**
     * Grids and footprints share one range of spacings, TargetSet.Grid's 0.05 to 5 degrees (a footprint
     * accepted 0.001 degrees and a grid 0.01 degrees before).
     */
    @Test
    void gridsAndFootprintsShareOneSpacingRange() {
        assertEquals(Math.toRadians(0.05), TargetSet.Grid.MIN_SPACING_RAD);
        assertEquals(Math.toRadians(5), TargetSet.Grid.MAX_SPACING_RAD);
        assertEquals(TargetSet.Grid.MIN_SPACING_RAD, new TargetSet.Grid("box", Math.toRadians(0.05)).spacingRad());
        assertEquals(TargetSet.Grid.MAX_SPACING_RAD, new Footprint("grid", Math.toRadians(5), List.of()).spacingRad());
        for (double deg : new double[] {0.001, 0.01, 0.02, 5.5, 10}) {
            assertThrows(IllegalArgumentException.class, () -> new TargetSet.Grid("box", Math.toRadians(deg)),
                    deg + " deg");
            assertThrows(IllegalArgumentException.class, () -> new Footprint("grid", Math.toRadians(deg), List.of()),
                    deg + " deg");
        }
    }

    /** Points outside the region are counted only for a refined map, and never below zero. */
    @Test
    void outsidePointsOnlyWithRefinement() {
        double s = Math.toRadians(0.5);
        assertEquals(0, new Footprint("grid", s, List.of(), 4).outsidePoints());
        assertEquals(12, new Footprint("grid", s, List.of(), 4, 12).outsidePoints());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Footprint("grid", s, List.of(), 1, 3));
        assertEquals("outsidePoints = 3 with refineFactor = 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Footprint("grid", s, List.of(), 4, -1));
    }

    private static double area(List<CellUnion.Polygon> polygons) {
        double a = 0;
        for (CellUnion.Polygon p : polygons) {
            a += p.sphericalAreaM2(UNIT_RAD, R_M);
        }
        return a;
    }

    /**
     * The polygons' area on the sphere equals the sum of the cell weights to 1e-5: the weight
     * spacing^2 R^2 exceeds a cell rectangle's exact area by spacing^2 / 24 (8e-7 at 0.25 deg), and the
     * rounding of every vertex to 1e-5 deg moves each boundary edge by at most 2e-5 of a cell width.
     */
    @Test
    void anAnnulusIsOnePolygonWithOneHoleOfTheCellsArea() {
        Footprint f = annulus();
        List<CellUnion.Polygon> defended = f.contours(EnumSet.of(Footprint.Status.DEFENDED), UNITS_PER_TURN);
        assertEquals(1, defended.size());
        assertEquals(1, defended.get(0).holes().size(), "the undefended centre is a hole");
        double cellArea = f.areaM2(Footprint.Status.DEFENDED);
        assertEquals(cellArea, area(defended), 1e-5 * cellArea);
        // The undefended cells: the frame around the annulus (with the annulus as its hole) and the centre.
        List<CellUnion.Polygon> undefended = f.contours(EnumSet.of(Footprint.Status.UNDEFENDED), UNITS_PER_TURN);
        assertEquals(2, undefended.size());
        double u = f.areaM2(Footprint.Status.UNDEFENDED);
        assertEquals(u, area(undefended), 1e-5 * u);
        // Both statuses together: the whole lattice without holes.
        List<CellUnion.Polygon> all = f.contours(EnumSet.allOf(Footprint.Status.class), UNITS_PER_TURN);
        assertEquals(1, all.size());
        assertTrue(all.get(0).holes().isEmpty());
        // Deterministic.
        assertEquals(describe(defended), describe(annulus().contours(EnumSet.of(Footprint.Status.DEFENDED),
                UNITS_PER_TURN)));
    }

    @Test
    void cellsAtTheAntimeridianAreCutThere() {
        // Row 240 (60 N at 0.25 deg): cells 0.5 deg wide; columns 357..360 east of 178.25 E, -359..-357 west
        // of 178.25 W. The cell centred on 180 E spans 179.75 E to 179.75 W.
        double spacing = Math.toRadians(0.25);
        double lat = 240 * spacing;
        double w = spacing / Math.cos(lat);
        List<Footprint.Cell> cells = new ArrayList<>();
        for (int col : new int[] {357, 358, 359, 360, -359, -358, -357}) {
            cells.add(new Footprint.Cell(lat, col * w, R_M * R_M * spacing * spacing, Footprint.Status.DEFENDED, 1, 1));
        }
        Footprint f = new Footprint("grid", spacing, cells);
        List<CellUnion.Polygon> p = f.contours(EnumSet.of(Footprint.Status.DEFENDED), UNITS_PER_TURN);
        assertEquals(2, p.size(), "one polygon on each side of the antimeridian");
        long half = UNITS_PER_TURN / 2;
        boolean east = false;
        boolean west = false;
        for (CellUnion.Polygon q : p) {
            for (int i = 0; i < q.shell().size(); i++) {
                long x = q.shell().vertex(i)[0];
                assertTrue(x >= -half && x <= half, "inside [-180, 180]: " + x);
                east |= x == half;
                west |= x == -half;
            }
        }
        assertTrue(east && west, "both touch the antimeridian");
        double expected = R_M * R_M * 7 * w * (Math.sin(lat + spacing / 2) - Math.sin(lat - spacing / 2));
        assertEquals(expected, area(p), 1e-5 * expected);
    }

    @Test
    void citiesTakeTheStatusOfTheirCell() {
        Footprint f = annulus();
        Region region = box(40, 60, 0, 30);
        List<City> cities = List.of(
                city(1, 50, 15, 1_000_000),     // the centre: undefended
                city(2, 50, 19, 2_000_000),     // in the annulus: defended
                city(3, 59.99, 29.99, 500_000), // near the corner: undefended
                city(4, 45, 5, 50_000),         // below the population threshold
                city(5, 70, 15, 9_000_000));    // outside the region
        Footprint.Population p = f.population(cities, region, 100_000);
        assertEquals(3, p.cities());
        assertEquals(2_000_000, p.defended());
        assertEquals(1_500_000, p.undefended());
        assertEquals(0, p.unassigned());
        assertEquals(2.0 / 3.5, p.defendedFraction(), 1e-12);
        // A footprint without the cell of a city: the nearest neighbouring cell answers, or none.
        List<Footprint.Cell> some = new ArrayList<>(f.cells());
        some.removeIf(c -> Math.abs(c.latitudeRad() - Math.toRadians(50)) < 1e-9
                && Math.abs(c.longitudeRad() - Math.toRadians(19)) < Math.toRadians(0.2));
        Footprint holed = new Footprint("grid", f.spacingRad(), some);
        Footprint.Population q = holed.population(List.of(city(2, 50, 19, 2_000_000)), region, 0);
        assertEquals(2_000_000, q.defended(), "a neighbour in the annulus");
        Footprint empty = new Footprint("grid", f.spacingRad(), List.of());
        assertEquals(2_000_000, empty.population(List.of(city(2, 50, 19, 2_000_000)), region, 0).unassigned());
    }

    private static City city(long id, double latDeg, double lonDeg, long population) {
        return new City(id, "c" + id, "XX", GeodeticPoint.ofDegrees(latDeg, lonDeg), population);
    }

    // ------------------------------------------------------------------ routes

    private static ThreatOutcome outcome(boolean reachable, SiteOutcome... sites) {
        ThreatCase tc = new ThreatCase("icbm", "base", GeodeticPoint.ofDegrees(54, 36), MISSILE,
                Shape.MINIMUM_ENERGY, "target", GeodeticPoint.ofDegrees(39, -77), 1.0);
        Trajectory t = reachable ? new Trajectory(tc.launch(), tc.target(), 0.5, 0.1, 200, 7000, 200_000, 0.3,
                1_200_000, 900, 1800, 7_900_000, List.of(), List.of()) : null;
        return new ThreatOutcome(tc, t, reachable ? "" : "beyond its range", reachable ? List.of(sites) : List.of());
    }

    private static SiteOutcome site(String id, String system, double first, double last) {
        boolean ok = last > 0;
        return new SiteOutcome(id, system, ok, ok ? "" : "no track", first, last, 100_000, ok ? 1 : 0, 100, 10);
    }

    /** Hand-checkable: windows 300-500 s (sys-a) and 450-600 s (sys-b) of an 1,800 s flight. */
    @Test
    void theShareIsTheUnionOfTheCountedWindowsOverTheFlightTime() {
        ThreatOutcome t = outcome(true, site("a", "sys-a", 300, 500), site("b", "sys-b", 450, 600),
                site("c", "sys-a", 0, 0), site("d", "sys-c", 1000, 1090));
        Route all = Route.of(t, Set.of());
        assertEquals(2, all.windows().size());
        assertEquals(300 + 90, all.engageableS(), 1e-12);
        assertEquals(390.0 / 1800.0, all.share(), 1e-12);
        assertEquals(List.of("a", "b", "d"), all.sites());
        Route onlyA = Route.of(t, Set.of("sys-a"));
        assertEquals(200.0 / 1800.0, onlyA.share(), 1e-12);
        Route none = Route.of(t, Set.of("sys-x"));
        assertEquals(0.0, none.share());
        assertTrue(none.windows().isEmpty());
        Route unreachable = Route.of(outcome(false), Set.of());
        assertEquals(0.0, unreachable.share());
        assertNull(unreachable.trajectory());
        assertEquals("base -> target, " + MISSILE.id() + ", minimum-energy", all.label());
    }

    /**
     * The routes of an assessed scenario by threat set id: the threat set's outcomes, in order; an id
     * that is not a threat set of the scenario fails with the id and the scenario's threat sets,
     * rather than reading as a threat set without routes.
     */
    @Test
    void routesOfAnUnknownThreatSetFail() {
        ThreatSet icbm = new ThreatSet("icbm", List.of(new LaunchArea.Point("base", GeodeticPoint.ofDegrees(54, 36))),
                List.of(MISSILE), new TargetSet.Points(List.of(new TargetSet.NamedPoint("target",
                GeodeticPoint.ofDegrees(39, -77)))), List.of(Shape.MINIMUM_ENERGY));
        Scenario s = new Scenario("routes", "routes", "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(icbm), List.of(), Map.of());
        ScenarioAssessment a = new ScenarioAssessment(s, List.of(), List.of(outcome(true, site("a", "sys-a", 300,
                500)), outcome(false)), Map.of());
        List<Route> routes = Route.of(a, "icbm", Set.of());
        assertEquals(2, routes.size());
        assertEquals(200.0 / 1800.0, routes.get(0).share(), 1e-12);
        assertNull(routes.get(1).trajectory());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Route.of(a, "icmb", Set.of()));
        assertEquals("threatSetId = \"icmb\" is not a threat set of routes (icbm)", e.getMessage());
    }

    private static String describe(List<CellUnion.Polygon> polys) {
        StringBuilder b = new StringBuilder();
        for (CellUnion.Polygon p : polys) {
            List<CellUnion.Ring> rings = new ArrayList<>(List.of(p.shell()));
            rings.addAll(p.holes());
            for (CellUnion.Ring r : rings) {
                for (int i = 0; i < r.size(); i++) {
                    b.append(r.vertex(i)[0]).append(',').append(r.vertex(i)[1]).append(' ');
                }
                b.append('|');
            }
        }
        return b.toString();
    }
}
