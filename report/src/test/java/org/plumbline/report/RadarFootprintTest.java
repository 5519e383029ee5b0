package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.sensor.LineOfSight;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarCoverage;
import org.plumbline.io.scenario.ScenarioReader;

/** The drawn coverage is the core's detection test, not a nominal circle. */
class RadarFootprintTest {
    /** Beyond the boundary by this much, the target is no longer detected, m (4 bisection resolutions). */
    private static final double BEYOND_M = 4 * RadarFootprint.RANGE_RESOLUTION_M;

    private static Radar radar(String id) throws Exception {
        Scenario s = ScenarioReader.standard().read("epaa-phase-3");
        return s.systems().stream().flatMap(x -> x.radars().stream()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void theOuterBoundaryIsWhereDetectionEnds() throws Exception {
        Radar r = radar("kurecik");
        List<List<double[]>> faces = RadarFootprint.faces(r);
        assertEquals(1, faces.size());
        RadarCoverage c = RadarCoverage.of(r, EarthModel.WGS84, RadarFootprint.TARGET_RCS_M2, LineOfSight.GEOMETRIC);
        Geodesy g = new Geodesy(EarthModel.WGS84);
        int checked = 0;
        for (double[] p : faces.get(0)) {
            GeodeticPoint ground = new GeodeticPoint(p[0], p[1], 0);
            double[] da = g.distanceAndAzimuth(r.position(), ground);
            if (da[0] < 600_000) {
                continue; // the inner boundary and the radar itself
            }
            assertTrue(c.detects(at(ground)), "detected on the boundary");
            GeodeticPoint beyond = g.destination(r.position(), da[1], da[0] + BEYOND_M);
            assertFalse(c.detects(at(beyond)), "not detected beyond it");
            checked++;
        }
        assertTrue(checked > 100, checked + " rays");
    }

    @Test
    void aFourFacedRadarHasAFootprintPerFace() throws Exception {
        Radar r = radar("deveselu-radar");
        List<List<double[]>> faces = RadarFootprint.faces(r);
        assertEquals(4, faces.size());
        for (List<double[]> f : faces) {
            assertTrue(f.size() > 90);
        }
    }

    private static GeodeticPoint at(GeodeticPoint p) {
        return new GeodeticPoint(p.latitudeRad(), p.longitudeRad(), RadarFootprint.REFERENCE_ALTITUDE_M);
    }
}
