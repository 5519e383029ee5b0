package org.plumbline.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.engagement.DefenceEvaluation;
import org.plumbline.core.engagement.ReachTables;
import org.plumbline.core.engagement.ThreatTrack;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.sensor.LineOfSight;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarCoverage;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.sensor.TargetPath;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.io.scenario.ScenarioReader;

/**
 * Issue 4's monotonicity properties on whole deployments: adding a sensor or a data link never
 * removes a feasible intercept (nor delays the first one).
 */
class EngagementPropertiesTest {
    private static final String BASE = """
            plumbline: 1
            id: props
            parties: {nato: {name: NATO}, russia: {name: Russia}}
            systems:
              nato:
                party: nato
                delays: {detection-to-decision: 30 s, decision-to-launch: 10 s}
                radars:
                  deveselu-radar: {type: spy-1d, at: deveselu}
                sites:
                  deveselu: {at: deveselu, interceptor: sm3-ib, count: 24}
                  med-ship: {at: eastern-mediterranean, interceptor: sm3-iia, count: 8}
              russia:
                party: russia
                radars:
                  armavir: {type: voronezh-dm-armavir, at: armavir}
            """;
    private static final String MORE_SENSORS = BASE.replace("""
                  deveselu-radar: {type: spy-1d, at: deveselu}
            """, """
                  deveselu-radar: {type: spy-1d, at: deveselu}
                  kurecik: {type: an-tpy-2, at: kurecik, boresight: 90 deg}
            """);
    private static final String WITH_LINK = BASE + """
            data-exchange:
              - {from: russia, to: nato, shared: tracks, latency: 10 s}
            """;
    private static final String REMOTE = BASE.replace("    party: nato\n", "    party: nato\n    launch-on-remote: true\n");

    private static final List<GeodeticPoint[]> ROUTES = List.of(
            new GeodeticPoint[] {GeodeticPoint.ofDegrees(35.235, 53.921), GeodeticPoint.ofDegrees(44.43, 26.10)},
            new GeodeticPoint[] {GeodeticPoint.ofDegrees(38.08, 46.29), GeodeticPoint.ofDegrees(41.01, 28.98)},
            new GeodeticPoint[] {GeodeticPoint.ofDegrees(35.235, 53.921), GeodeticPoint.ofDegrees(37.98, 23.73)});
    private static final List<Trajectory> FLIGHTS = new java.util.ArrayList<>();

    @BeforeAll
    static void fly() throws Exception {
        Missile irbm = ScenarioReader.standard().catalogMissile("iran-irbm-liquid");
        TrajectorySolver solver = new TrajectorySolver(new NativeFlightEngine(EarthModel.WGS84, irbm,
                FlightSettings.DEFAULT.withSampleIntervalS(1.0)));
        for (GeodeticPoint[] r : ROUTES) {
            FLIGHTS.add(((TargetingResult.Reached) solver.solve(r[0], r[1], Shape.MINIMUM_ENERGY)).trajectory());
        }
    }

    private static Map<String, double[]> outcome(String yaml) throws Exception {
        Scenario s = ScenarioReader.standard().parse("props.yaml", yaml);
        ReachTables tables = new ReachTables(FlightSettings.DEFAULT.atmosphere(), EarthModel.WGS84.rotationRateRadPerS());
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int f = 0; f < FLIGHTS.size(); f++) {
            Trajectory t = FLIGHTS.get(f);
            TargetPath path = TargetPath.of(t, EarthModel.WGS84);
            Map<String, RadarTimeline> timelines = new LinkedHashMap<>();
            for (DefenceSystem sys : s.systems()) {
                for (Radar r : sys.radars()) {
                    timelines.put(r.id(), RadarCoverage.of(r, EarthModel.WGS84, 0.1, LineOfSight.GEOMETRIC).timeline(path));
                }
            }
            for (DefenceEvaluation.SiteResult r : DefenceEvaluation.evaluate(s, t, ThreatTrack.of(t, EarthModel.WGS84),
                    timelines, tables, Geography.builtin().regions(), 60, false)) {
                out.put(f + "/" + r.site().id(), new double[] {r.window().feasible() ? 1 : 0,
                        r.window().firstInterceptS()});
            }
        }
        return out;
    }

    private static void neverWorse(Map<String, double[]> before, Map<String, double[]> after, String what) {
        int feasible = 0;
        for (Map.Entry<String, double[]> e : before.entrySet()) {
            double[] b = e.getValue();
            double[] a = after.get(e.getKey());
            if (b[0] == 1) {
                feasible++;
                assertTrue(a[0] == 1, what + " removed the intercept of " + e.getKey());
                assertTrue(a[1] <= b[1] + 1e-9, what + " delayed the first intercept of " + e.getKey());
            }
        }
        long gained = after.entrySet().stream().filter(e -> e.getValue()[0] == 1
                && (before.get(e.getKey())[0] == 0 || e.getValue()[1] < before.get(e.getKey())[1] - 1e-9)).count();
        assertTrue(gained > 0, what + " changes nothing on these threats: the property would be vacuous ("
                + feasible + " feasible before)");
    }

    @Test
    void addingASensorNeverRemovesAnIntercept() throws Exception {
        neverWorse(outcome(REMOTE), outcome(MORE_SENSORS.replace("    party: nato\n",
                "    party: nato\n    launch-on-remote: true\n")), "a radar at Kurecik");
    }

    @Test
    void addingADataLinkNeverRemovesAnIntercept() throws Exception {
        neverWorse(outcome(BASE), outcome(WITH_LINK), "a data link from Russia");
    }

    @Test
    void launchOnRemoteNeverRemovesAnIntercept() throws Exception {
        neverWorse(outcome(MORE_SENSORS), outcome(MORE_SENSORS.replace("    party: nato\n",
                "    party: nato\n    launch-on-remote: true\n")), "launch on remote");
    }
}
