package org.plumbline.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;
import org.plumbline.core.scenario.Scenario;

class ParameterPathsTest {
    private static final Scenario S = AssessorTest.scenario(60.0);

    @Test
    void readsAndChangesEachKindOfParameter() {
        for (String path : List.of("systems.bmd.sites.deveselu.interceptor.burnout-speed",
                "systems.bmd.sites.deveselu.interceptor.launch-delay", "systems.bmd.sites.deveselu.count",
                "systems.bmd.delays.detection-to-decision", "systems.bmd.delays.decision-to-launch",
                "systems.bmd.radars.kurecik.detection-range", "systems.bmd.radars.kurecik.faces[1].half-width")) {
            double v = ParameterPaths.value(S, path).orElseThrow();
            Scenario changed = ParameterPaths.with(S, path, v + 1.0);
            assertEquals(v + 1.0, ParameterPaths.value(changed, path).orElseThrow(), 1e-12, path);
            assertEquals(S.systems().get(0).id(), changed.systems().get(0).id());
            assertFalse(changed.equals(S), path);
        }
        assertEquals(3000.0, ParameterPaths.value(S, "systems.bmd.sites.deveselu.interceptor.burnout-speed")
                .orElseThrow());
        assertEquals(60.0, ParameterPaths.value(S, "systems.bmd.delays.detection-to-decision").orElseThrow());
    }

    @Test
    void refusesWhatIsNotADefenceParameter() {
        assertFalse(ParameterPaths.supports(S, "threat-sets.irbm.missiles[0].burn-time"));
        assertFalse(ParameterPaths.supports(S, "systems.nobody.delays.detection-to-decision"));
        assertFalse(ParameterPaths.supports(S, "systems.bmd.sites.deveselu.interceptor.colour"));
        assertFalse(ParameterPaths.supports(S, "systems.bmd.radars.kurecik.faces[7].half-width"));
        // Two faces: "boresight" alone is ambiguous.
        assertFalse(ParameterPaths.supports(S, "systems.bmd.radars.kurecik.boresight"));
        assertTrue(ParameterPaths.supports(S, "systems.bmd.radars.kurecik.faces[0].boresight"));
    }

    @Test
    void readsAndChangesADataExchangeLatency() {
        assertFalse(ParameterPaths.supports(S, "data-exchange[0].latency"), "the fixture has no link");
        Scenario linked = new Scenario(S.id(), S.title(), S.description(), S.assumptions(), S.sources(), S.parties(),
                S.systems(), List.of(new org.plumbline.core.scenario.DataExchange("bmd", "bmd",
                org.plumbline.core.scenario.DataExchange.Shared.TRACKS, 4.0)), S.sectors(), S.threatSets(),
                S.criteria(), S.uncertainties());
        assertEquals(4.0, ParameterPaths.value(linked, "data-exchange[0].latency").orElseThrow());
        assertEquals(9.0, ParameterPaths.value(ParameterPaths.with(linked, "data-exchange[0].latency", 9.0),
                "data-exchange[0].latency").orElseThrow());
        assertEquals(ParameterPaths.Effect.HURTS, ParameterPaths.effect("data-exchange[0].latency"));
        assertEquals(ParameterPaths.Effect.NEITHER, ParameterPaths.effect("systems.a.satellites.s.latency"));
    }

    @Test
    void effectsFollowThePhysics() {
        assertEquals(ParameterPaths.Effect.HELPS, ParameterPaths.effect("systems.a.sites.b.interceptor.burnout-speed"));
        assertEquals(ParameterPaths.Effect.HURTS, ParameterPaths.effect("systems.a.delays.detection-to-decision"));
        assertEquals(ParameterPaths.Effect.HURTS, ParameterPaths.effect("systems.a.radars.r.track-formation"));
        assertEquals(ParameterPaths.Effect.HELPS, ParameterPaths.effect("systems.a.radars.r.detection-range"));
        assertEquals(ParameterPaths.Effect.NEITHER, ParameterPaths.effect("systems.a.radars.r.boresight"));
        assertEquals(ParameterPaths.Effect.NEITHER, ParameterPaths.effect("systems.a.sites.b.count"));
    }

    @Test
    void distanceToARegionMatchesTheSphericalClosedForm() {
        // A 1 deg x 1 deg square at the equator; a point at (0.5 N, 3 E) is nearest to the meridian arc
        // lon = 1 deg: the distance to a great circle through the poles is asin(sin(dlon) cos(lat)).
        double d = Math.toRadians(1.0);
        Region square = new Region("sq", "square", List.of(new Polygon(List.<double[][]>of(new double[][] {
            {0, 0}, {0, d}, {d, d}, {d, 0}}))));
        GeodeticPoint p = GeodeticPoint.ofDegrees(0.5, 3.0);
        double expected = Math.asin(Math.sin(Math.toRadians(2.0)) * Math.cos(Math.toRadians(0.5)))
                * Regions.EARTH_RADIUS_M;
        assertEquals(expected, Regions.distanceM(square, p), 1e-6);
        // Beyond a corner the nearest point is the vertex.
        GeodeticPoint q = GeodeticPoint.ofDegrees(3.0, 3.0);
        double one = Math.toRadians(1.0);
        double three = Math.toRadians(3.0);
        double corner = Math.acos(Math.sin(one) * Math.sin(three)
                + Math.cos(one) * Math.cos(three) * Math.cos(three - one)) * Regions.EARTH_RADIUS_M;
        assertEquals(corner, Regions.distanceM(square, q), 1e-6);
        assertEquals(0.0, Regions.distanceM(square, GeodeticPoint.ofDegrees(0.5, 0.5)));
    }
}
