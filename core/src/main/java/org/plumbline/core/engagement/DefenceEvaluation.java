package org.plumbline.core.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plumbline.core.geography.Region;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.Sector;
import org.plumbline.core.sensor.EarlyWarningSatellite;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * One threat trajectory against every interceptor site of a scenario: usable tracks (own radars,
 * launch on remote, data exchange), sectors, engagement windows and critical values.
 */
public final class DefenceEvaluation {
    /** Search bounds of the critical burnout speed, m/s. */
    public static final double MIN_SPEED_MPS = 500.0;
    public static final double MAX_SPEED_MPS = 12_000.0;
    /** Resolution of the critical burnout speed, m/s. */
    public static final double SPEED_RESOLUTION_MPS = 10.0;

    private DefenceEvaluation() {
    }

    /**
     * The result for one site.
     *
     * @param systemId              owning system
     * @param site                  the site
     * @param track                 what it may fire on
     * @param inSector              false when the system has sectors and the threat's impact is outside them
     * @param window                the engagement window
     * @param criticalBurnoutSpeed  lowest interceptor burnout speed that keeps the pair feasible
     */
    public record SiteResult(String systemId, InterceptorSite site, FireControl.UsableTrack track, boolean inSector,
                             EngagementWindow window, CriticalValue criticalBurnoutSpeed) {
    }

    /** A system's early-warning cue: the time it reports the launch, or none. */
    public record Cue(String systemId, String satelliteId, boolean reported, double timeS) {
    }

    /**
     * Evaluates every site.
     *
     * @param withCriticalSpeed whether to search the critical burnout speed (about 1 s per site)
     */
    public static List<SiteResult> evaluate(Scenario scenario, Trajectory trajectory, ThreatTrack track,
                                            Map<String, RadarTimeline> timelines, ReachTables tables,
                                            Map<String, Region> regions, double assessmentS,
                                            boolean withCriticalSpeed) {
        List<SiteResult> out = new ArrayList<>();
        for (DefenceSystem system : scenario.systems()) {
            boolean inSector = inSector(scenario, system, trajectory, regions);
            for (InterceptorSite site : system.sites()) {
                FireControl.UsableTrack usable = FireControl.usableTrack(scenario, system, site, timelines);
                Interceptor it = site.interceptor();
                double delay = system.delays().totalS() + it.launchDelayS();
                EngagementWindow w;
                if (!inSector) {
                    w = new EngagementWindow(false, "the threat's target is outside the system's sector", 0, 0, 0, 0,
                            List.of(), -1);
                } else if (!usable.exists()) {
                    w = new EngagementWindow(false, "no usable track: no radar the site may fire on tracks the threat",
                            0, 0, 0, 0, List.of(), -1);
                } else {
                    w = Engagement.evaluate(track, site.position(), tables.of(it, site.position()), usable.firstS(),
                            delay, usable.endS(), assessmentS);
                }
                CriticalValue speed = CriticalValue.NONE;
                if (withCriticalSpeed && inSector && usable.exists()) {
                    speed = criticalBurnoutSpeed(track, site, usable, delay, tables, assessmentS);
                }
                out.add(new SiteResult(system.id(), site, usable, inSector, w, speed));
            }
        }
        return out;
    }

    /** Early-warning cues of every system: the first sample at or above the detection altitude, plus latency. */
    public static List<Cue> cues(Scenario scenario, Trajectory trajectory) {
        List<Cue> out = new ArrayList<>();
        for (DefenceSystem system : scenario.systems()) {
            for (EarlyWarningSatellite sat : system.satellites()) {
                double t = Double.NaN;
                for (TrajectorySample s : trajectory.samples()) {
                    if (s.altitudeM() >= sat.detectionAltitudeM()) {
                        t = s.tS();
                        break;
                    }
                }
                out.add(Double.isNaN(t) ? new Cue(system.id(), sat.id(), false, 0.0)
                        : new Cue(system.id(), sat.id(), true, t + sat.latencyS()));
            }
        }
        return out;
    }

    /** Whether a system may engage a threat under the scenario's sectors (always, when it has none). */
    public static boolean inSector(Scenario scenario, DefenceSystem system, Trajectory trajectory,
                                    Map<String, Region> regions) {
        List<Sector> mine = scenario.sectors().stream().filter(s -> s.systemId().equals(system.id())).toList();
        if (mine.isEmpty()) {
            return true;
        }
        for (Sector s : mine) {
            Region r = regions.get(s.regionId());
            if (r != null && r.contains(trajectory.impact().latitudeRad(), trajectory.impact().longitudeRad())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lowest burnout speed (bisection to {@link #SPEED_RESOLUTION_MPS}) at which the site still has a
     * feasible intercept, everything else unchanged; {@link CriticalValue#NONE} when even
     * {@link #MAX_SPEED_MPS} does not suffice.
     */
    public static CriticalValue criticalBurnoutSpeed(ThreatTrack track, InterceptorSite site,
                                                     FireControl.UsableTrack usable, double delayS, ReachTables tables,
                                                     double assessmentS) {
        Interceptor it = site.interceptor();
        java.util.function.DoublePredicate feasible = v -> Engagement.evaluate(track, site.position(),
                tables.of(it.withBurnoutSpeedMps(v), site.position()), usable.firstS(), delayS, usable.endS(),
                assessmentS).feasible();
        if (!feasible.test(MAX_SPEED_MPS)) {
            return CriticalValue.NONE;
        }
        if (feasible.test(MIN_SPEED_MPS)) {
            return CriticalValue.of(MIN_SPEED_MPS);
        }
        double lo = MIN_SPEED_MPS;
        double hi = MAX_SPEED_MPS;
        while (hi - lo > SPEED_RESOLUTION_MPS) {
            double mid = 0.5 * (lo + hi);
            if (feasible.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return CriticalValue.of(hi);
    }
}
