package org.plumbline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.engagement.CriticalValue;
import org.plumbline.core.engagement.DefenceEvaluation;
import org.plumbline.core.engagement.EngagementWindow;
import org.plumbline.core.engagement.InterceptPoint;
import org.plumbline.core.engagement.ReachTables;
import org.plumbline.core.engagement.ThreatTrack;
import org.plumbline.core.geography.Region;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.sensor.DetectionInterval;
import org.plumbline.core.sensor.LineOfSight;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarCoverage;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.sensor.TargetPath;
import org.plumbline.core.sensor.TrackInterval;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.TrajectoryOutput;

/**
 * One threat flown against every interceptor site of a deployment ({@code plumbline engage} and the
 * web API's engage): the flight over the rotating WGS84 Earth with 1 s samples, every radar's
 * timeline, the early-warning cues, and each site's engagement window. {@link #json()} is the
 * contract of {@code engage --format json}.
 *
 * @param missile   the threat missile
 * @param result    the targeting result (an unreachable target is an answer)
 * @param timelines radar timelines by radar id, in scenario order (empty when unreachable)
 * @param cues      early-warning cues (empty when unreachable)
 * @param sites     every site's evaluation, in scenario order (empty when unreachable)
 */
public record EngageResult(Missile missile, TargetingResult result, Map<String, RadarTimeline> timelines,
                           List<DefenceEvaluation.Cue> cues, List<DefenceEvaluation.SiteResult> sites) {
    /**
     * Accepted threat radar cross-sections, m^2, open interval (0, MAX): the CLI's --rcs and the API's
     * rcsM2 both check against it.
     */
    public static final double MAX_RCS_M2 = 1e4;
    /** Longest accepted time to assess a shot before the next, s (CLI --assessment, API assessmentS). */
    public static final double MAX_ASSESSMENT_S = 3600;

    public EngageResult {
        timelines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timelines));
        cues = List.copyOf(cues);
        sites = List.copyOf(sites);
    }

    /**
     * Flies the threat and evaluates every site.
     *
     * @param rcsM2       threat radar cross-section, m^2
     * @param assessmentS time to assess a shot before the next, s
     * @param regions     named regions (for sectors)
     */
    public static EngageResult of(Scenario s, Missile m, GeodeticPoint from, GeodeticPoint to, Shape shape,
                                  double rcsM2, double assessmentS, Map<String, Region> regions) {
        FlightSettings settings = FlightSettings.DEFAULT.withSampleIntervalS(1.0);
        EarthModel earth = EarthModel.WGS84;
        TargetingResult result = new TrajectorySolver(new NativeFlightEngine(earth, m, settings)).solve(from, to, shape);
        if (!(result instanceof TargetingResult.Reached reached)) {
            return new EngageResult(m, result, Map.of(), List.of(), List.of());
        }
        Trajectory t = reached.trajectory();
        TargetPath path = TargetPath.of(t, earth);
        Map<String, RadarTimeline> timelines = new LinkedHashMap<>();
        for (DefenceSystem sys : s.systems()) {
            for (Radar r : sys.radars()) {
                timelines.put(r.id(), RadarCoverage.of(r, earth, rcsM2, LineOfSight.GEOMETRIC).timeline(path));
            }
        }
        ThreatTrack track = ThreatTrack.of(t, earth);
        ReachTables tables = new ReachTables(settings.atmosphere(), earth.rotationRateRadPerS());
        List<DefenceEvaluation.SiteResult> results = DefenceEvaluation.evaluate(s, t, track, timelines, tables,
                regions, assessmentS, true);
        return new EngageResult(m, result, timelines, DefenceEvaluation.cues(s, t), results);
    }

    /** The reached trajectory (1 s samples). */
    public Trajectory trajectory() {
        return ((TargetingResult.Reached) result).trajectory();
    }

    /** Whether the missile reaches the target. */
    public boolean reachable() {
        return result instanceof TargetingResult.Reached;
    }

    /** The JSON of {@code engage --format json}: SI units, the trajectory with samples every 10 s. */
    public String json() {
        if (result instanceof TargetingResult.Unreachable u) {
            JsonWriter w = new JsonWriter().beginObject().name("trajectory").beginObject();
            w.name("reachable").value(false).name("reason").value(u.reason());
            w.name("distanceM").value(u.distanceM(), 1).name("maxRangeM").value(u.maxRangeM(), 1);
            return w.endObject().name("sensors").beginArray().endArray().name("sites").beginArray().endArray()
                    .endObject().toString();
        }
        JsonWriter w = new JsonWriter().beginObject();
        w.name("missile").value(missile.id());
        w.name("trajectory").beginObject().name("reachable").value(true);
        TrajectoryOutput.fields(w, decimate(trajectory()), true);
        w.endObject();
        w.name("sensors").beginArray();
        for (RadarTimeline rt : timelines.values()) {
            w.beginObject().name("id").value(rt.radarId()).name("detections").beginArray();
            for (DetectionInterval d : rt.detections()) {
                w.beginObject().name("startS").value(d.startS(), 2).name("endS").value(d.endS(), 2).endObject();
            }
            w.endArray().name("tracks").beginArray();
            for (TrackInterval ti : rt.tracks()) {
                w.beginObject().name("formedS").value(ti.formedS(), 2).name("reportedS").value(ti.reportedS(), 2)
                        .name("endS").value(ti.endS(), 2).endObject();
            }
            w.endArray().endObject();
        }
        for (DefenceEvaluation.Cue c : cues) {
            w.beginObject().name("id").value(c.satelliteId()).name("cue").value(c.reported());
            if (c.reported()) {
                w.name("reportS").value(c.timeS(), 2);
            }
            w.endObject();
        }
        w.endArray();
        w.name("sites").beginArray();
        for (DefenceEvaluation.SiteResult r : sites) {
            site(w, r);
        }
        w.endArray();
        return w.endObject().toString();
    }

    private static void site(JsonWriter w, DefenceEvaluation.SiteResult r) {
        EngagementWindow e = r.window();
        w.beginObject().name("siteId").value(r.site().id()).name("system").value(r.systemId());
        w.name("interceptor").value(r.site().interceptor().id());
        w.name("feasible").value(e.feasible());
        if (!e.feasible()) {
            w.name("reason").value(e.reason());
        }
        w.name("trackSources").beginArray();
        r.track().sources().forEach(w::value);
        w.endArray();
        if (r.track().exists()) {
            w.name("firstUsableTrackS").value(r.track().firstS(), 2);
            w.name("earliestLaunchS").value(e.earliestLaunchS(), 2);
        }
        if (e.feasible()) {
            w.name("firstInterceptS").value(e.firstInterceptS(), 2);
            w.name("lastInterceptS").value(e.lastInterceptS(), 2);
        }
        w.name("opportunities").value(e.opportunities());
        w.name("intercepts").beginArray();
        for (InterceptPoint p : e.intercepts()) {
            w.beginObject().name("tS").value(p.tS(), 2).name("interceptorLaunchS").value(p.interceptorLaunchS(), 2)
                    .name("altitudeM").value(p.altitudeM(), 1)
                    .name("latDeg").value(Math.toDegrees(p.latitudeRad()), 6)
                    .name("lonDeg").value(Math.toDegrees(p.longitudeRad()), 6)
                    .name("groundRangeM").value(p.groundRangeM(), 1)
                    .name("closingSpeedMps").value(p.closingSpeedMps(), 1)
                    .name("crossingAngleDeg").value(Math.toDegrees(p.crossingAngleRad()), 2).endObject();
        }
        w.endArray();
        critical(w, "criticalBurnoutSpeedMps", r.criticalBurnoutSpeed(), 1);
        critical(w, "criticalDelayS", e.criticalDelayS() >= 0 ? CriticalValue.of(e.criticalDelayS())
                : CriticalValue.NONE, 2);
        w.endObject();
    }

    private static void critical(JsonWriter w, String name, CriticalValue v, int decimals) {
        w.name(name);
        if (v.found()) {
            w.value(v.value(), decimals);
        } else {
            w.value("none");
        }
    }

    /** The trajectory with samples every 10 s for output (the evaluation used 1 s samples). */
    private static Trajectory decimate(Trajectory t) {
        List<TrajectorySample> out = new ArrayList<>();
        List<TrajectorySample> all = t.samples();
        for (int i = 0; i < all.size(); i++) {
            if (i % 10 == 0 || i == all.size() - 1) {
                out.add(all.get(i));
            }
        }
        return new Trajectory(t.launch(), t.impact(), t.launchAzimuthRad(), t.pitchOverRad(), t.burnoutTimeS(),
                t.burnoutSpeedMps(), t.burnoutAltitudeM(), t.burnoutFlightPathAngleRad(), t.apogeeAltitudeM(),
                t.apogeeTimeS(), t.flightTimeS(), t.groundRangeM(), t.events(), out);
    }
}
