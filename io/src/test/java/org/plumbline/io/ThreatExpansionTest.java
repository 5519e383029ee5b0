package org.plumbline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.geography.Region;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.scenario.ThreatExpansion;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.scenario.ScenarioReader;

/** Threat sets expand to the expected concrete threats, deterministically. */
class ThreatExpansionTest {
    private static final Geography GEO = Geography.builtin();

    @Test
    void iranianThreatsAgainstNatoCities() throws Exception {
        Scenario s = ScenarioReader.standard().readBuiltin("iran-threats");
        ThreatSet set = s.threatSets().stream().filter(t -> t.targets() instanceof TargetSet.Cities).findFirst()
                .orElseThrow();
        TargetSet.Cities c = (TargetSet.Cities) set.targets();
        List<ThreatCase> cases = ThreatExpansion.expand(set, GEO.regions(), GEO.cities());
        int cities = GEO.citiesIn(GEO.region(c.regionId()).orElseThrow(), c.minPopulation()).size();
        assertTrue(cities > 400, "cities: " + cities);
        assertEquals(set.launchAreas().size() * set.missiles().size() * set.shapes().size() * cities, cases.size());
        assertEquals(cases, ThreatExpansion.expand(set, GEO.regions(), GEO.cities()), "deterministic");
        // Weights are populations: London is among the targets with its millions.
        assertTrue(cases.stream().anyMatch(k -> k.targetId().startsWith("London (") && k.weight() > 7e6));
    }

    @Test
    void polygonLaunchAreasAreSampledAtTheirSpacing() {
        // A triangle over western Iran, sampled every 100 km.
        LaunchArea.Polygon west = new LaunchArea.Polygon("west", List.of(GeodeticPoint.ofDegrees(38, 45),
                GeodeticPoint.ofDegrees(35, 47), GeodeticPoint.ofDegrees(33, 45)), 100_000);
        ThreatSet set = new ThreatSet("t", List.of(west), List.of(), new TargetSet.Points(List.of()),
                List.of(Shape.MINIMUM_ENERGY));
        double[][] ring = {{Math.toRadians(38), Math.toRadians(45)}, {Math.toRadians(35), Math.toRadians(47)},
            {Math.toRadians(33), Math.toRadians(45)}};
        List<double[][]> rings = java.util.Collections.singletonList(ring);
        Region triangle = new Region("tri", "tri", List.of(new org.plumbline.core.geography.Polygon(rings)));
        List<double[]> lattice = latticeOf(triangle, 100_000);
        assertTrue(lattice.size() >= 4, "samples: " + lattice.size());
        Geodesy sphere = new Geodesy(EarthModel.SPHERICAL);
        for (double[] p : lattice) {
            assertTrue(triangle.contains(p[0], p[1]));
        }
        // Neighbours along a parallel are one spacing apart.
        double[] a = lattice.get(0);
        double[] b = lattice.get(1);
        if (a[0] == b[0]) {
            double d = sphere.distanceM(new GeodeticPoint(a[0], a[1], 0), new GeodeticPoint(b[0], b[1], 0));
            assertEquals(100_000, d, 1_000);
        }
        assertEquals(0, ThreatExpansion.expand(set, GEO.regions(), GEO.cities()).size(), "no missiles, no threats");
    }

    @Test
    void gridCellsAddUpToTheRegionsArea() {
        // Iran covers about 1.65 million km^2 (1,648,195 km^2, CIA World Factbook); at 0.5 deg the
        // lattice's cells should add up to it within 5 % (the border is resolved to a cell).
        List<double[]> cells = latticeOf(GEO.region("iran").orElseThrow(), Math.toRadians(0.5) * 6_371_000.0);
        double area = cells.stream().mapToDouble(c -> c[2]).sum();
        assertEquals(1_648_195e6, area, 0.05 * 1_648_195e6);
    }

    /**
     * A grid cell's id is "cell %.4f %.4f" of its latitude and longitude in degrees (the reports name
     * cells so), however it is assembled: every cell of NATO Europe at 0.05 deg and of Russia, across
     * the antimeridian, at 0.25 deg.
     */
    @Test
    void gridCellIdsAreTheirDegreesToFourPlaces() {
        int checked = 0;
        for (Object[] c : new Object[][] {{"nato-europe-2013", 0.05}, {"russia", 0.25}}) {
            Region r = GEO.region((String) c[0]).orElseThrow();
            ThreatSet set = new ThreatSet("g", List.of(new LaunchArea.Point("l", GeodeticPoint.ofDegrees(0, 0))),
                    List.of(org.plumbline.core.trajectory.GenericRocket.liquidMrbmTemplate()), new TargetSet.Grid(r.id(),
                    Math.toRadians((Double) c[1])), List.of(Shape.MINIMUM_ENERGY));
            for (ThreatCase t : ThreatExpansion.expand(set, java.util.Map.of(r.id(), r), List.of())) {
                assertEquals(String.format(java.util.Locale.ROOT, "cell %.4f %.4f", Math.toDegrees(t.target()
                        .latitudeRad()), Math.toDegrees(t.target().longitudeRad())), t.targetId());
                checked++;
            }
        }
        assertTrue(checked > 150_000, checked + " cells");
    }

    private static List<double[]> latticeOf(Region r, double spacingM) {
        ThreatSet set = new ThreatSet("g", List.of(new LaunchArea.Point("l", GeodeticPoint.ofDegrees(0, 0))),
                List.of(org.plumbline.core.trajectory.GenericRocket.liquidMrbmTemplate()), new TargetSet.Grid(r.id(),
                spacingM / 6_371_000.0), List.of(Shape.MINIMUM_ENERGY));
        return ThreatExpansion.expand(set, java.util.Map.of(r.id(), r), List.of()).stream()
                .map(c -> new double[] {c.target().latitudeRad(), c.target().longitudeRad(), c.weight()}).toList();
    }
}
