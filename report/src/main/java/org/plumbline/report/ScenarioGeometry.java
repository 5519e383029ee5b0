package org.plumbline.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.trajectory.Trajectory;

/**
 * What the maps and layers of one assessed scenario show, derived once: sites, radars, launch
 * points, targets with their status, and threat ground tracks grouped by launch point and target.
 * Every list is in a fixed order (scenario order, then threat expansion order).
 *
 * <p>A target is <b>defended</b> when every threat that reaches it is engageable by at least one
 * site, <b>not defended</b> when at least one reaching threat is not, and <b>out of reach</b> when no
 * threat reaches it. This is the picture the map draws; the criteria's own metrics (which may count
 * only some systems or a region) are in the verdicts.
 */
final class ScenarioGeometry {
    /** What share of a group's threats is engageable. */
    enum Share {
        ALL("all engageable"), SOME("some engageable"), NONE("none engageable");

        private final String label;

        Share(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Share of(int engageable, int reachable) {
            return engageable == reachable ? ALL : engageable == 0 ? NONE : SOME;
        }
    }

    /** A target's status on the map. */
    enum TargetStatus {
        DEFENDED("defended"), NOT_DEFENDED("not defended"), OUT_OF_REACH("out of reach");

        private final String label;

        TargetStatus(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** An interceptor site with its system. */
    record Site(String systemId, InterceptorSite site) {
    }

    /** A radar with its system. */
    record RadarMark(String systemId, Radar radar) {
    }

    /** A launch point (a polygon launch area gives several, with the area's id). */
    record Launch(String areaId, GeodeticPoint position) {
    }

    /**
     * A target of the scenario's threats.
     *
     * @param threats    threats aimed at it
     * @param reachable  of which reach it
     * @param engageable of which some site engages
     */
    record Target(String id, GeodeticPoint position, double weight, int threats, int reachable, int engageable) {
        TargetStatus status() {
            return reachable == 0 ? TargetStatus.OUT_OF_REACH
                    : engageable == reachable ? TargetStatus.DEFENDED : TargetStatus.NOT_DEFENDED;
        }
    }

    /**
     * The reachable threats from one launch point at one target (different missiles or shapes),
     * drawn as one ground track: that of the first of them.
     */
    record TrackGroup(String threatSetId, String launchAreaId, String targetId, Trajectory trajectory, int reachable,
                      int engageable, List<String> missiles) {
        Share share() {
            return Share.of(engageable, reachable);
        }
    }

    /**
     * A launch point's identity: its area and its exact coordinates (a record compares doubles as
     * {@link Double#compare} does, so this groups as the text of the three did, without writing it).
     */
    private record LaunchKey(String areaId, double latitudeRad, double longitudeRad) {
    }

    /** A track group's identity: threat set, launch point and target. */
    private record GroupKey(String threatSetId, LaunchKey launch, String targetId) {
    }

    private final ScenarioAssessment assessment;
    private final List<Site> sites;
    private final List<RadarMark> radars;
    private final List<Launch> launches;
    private final List<Target> targets;
    private final List<TrackGroup> groups;
    private final int reachable;
    private final int engageable;

    private ScenarioGeometry(ScenarioAssessment a) {
        this.assessment = a;
        List<Site> s = new ArrayList<>();
        List<RadarMark> r = new ArrayList<>();
        for (DefenceSystem sys : a.scenario().systems()) {
            for (InterceptorSite site : sys.sites()) {
                s.add(new Site(sys.id(), site));
            }
            for (Radar radar : sys.radars()) {
                r.add(new RadarMark(sys.id(), radar));
            }
        }
        Map<LaunchKey, Launch> launchByKey = new LinkedHashMap<>();
        Map<String, int[]> targetCounts = new LinkedHashMap<>();
        Map<String, ThreatOutcome> targetFirst = new LinkedHashMap<>();
        Map<GroupKey, int[]> groupCounts = new LinkedHashMap<>();
        Map<GroupKey, ThreatOutcome> groupFirst = new LinkedHashMap<>();
        Map<GroupKey, List<String>> groupMissiles = new LinkedHashMap<>();
        int reach = 0;
        int engage = 0;
        for (ThreatOutcome t : a.threats()) {
            GeodeticPoint l = t.threat().launch();
            LaunchKey launchKey = new LaunchKey(t.threat().launchAreaId(), l.latitudeRad(), l.longitudeRad());
            launchByKey.putIfAbsent(launchKey, new Launch(t.threat().launchAreaId(), l));
            boolean ok = t.reachable() && t.engageable();
            int[] tc = targetCounts.computeIfAbsent(t.threat().targetId(), k -> new int[3]);
            targetFirst.putIfAbsent(t.threat().targetId(), t);
            tc[0]++;
            if (t.reachable()) {
                tc[1]++;
                reach++;
                if (ok) {
                    tc[2]++;
                    engage++;
                }
                GroupKey gk = new GroupKey(t.threat().threatSetId(), launchKey, t.threat().targetId());
                int[] gc = groupCounts.computeIfAbsent(gk, k -> new int[2]);
                groupFirst.putIfAbsent(gk, t);
                gc[0]++;
                if (ok) {
                    gc[1]++;
                }
                List<String> ms = groupMissiles.computeIfAbsent(gk, k -> new ArrayList<>());
                if (!ms.contains(t.threat().missile().id())) {
                    ms.add(t.threat().missile().id());
                }
            }
        }
        // A surveyed map keeps no threat: its launch areas come from its threat set.
        for (org.plumbline.core.assessment.Footprint f : a.footprints()) {
            for (org.plumbline.core.scenario.ThreatSet set : a.scenario().threatSets()) {
                if (!set.id().equals(f.threatSetId())) {
                    continue;
                }
                for (org.plumbline.core.scenario.LaunchArea area : set.launchAreas()) {
                    List<GeodeticPoint> at = area instanceof org.plumbline.core.scenario.LaunchArea.Point p
                            ? List.of(p.position()) : ((org.plumbline.core.scenario.LaunchArea.Polygon) area).vertices();
                    for (GeodeticPoint l : at) {
                        launchByKey.putIfAbsent(new LaunchKey(area.id(), l.latitudeRad(), l.longitudeRad()),
                                new Launch(area.id(), l));
                    }
                }
            }
        }
        List<Target> tg = new ArrayList<>();
        targetCounts.forEach((id, c) -> {
            ThreatOutcome first = targetFirst.get(id);
            tg.add(new Target(id, first.threat().target(), first.threat().weight(), c[0], c[1], c[2]));
        });
        List<TrackGroup> gr = new ArrayList<>();
        groupCounts.forEach((k, c) -> {
            ThreatOutcome first = groupFirst.get(k);
            gr.add(new TrackGroup(first.threat().threatSetId(), first.threat().launchAreaId(),
                    first.threat().targetId(), first.trajectory(), c[0], c[1], List.copyOf(groupMissiles.get(k))));
        });
        this.sites = Collections.unmodifiableList(s);
        this.radars = Collections.unmodifiableList(r);
        this.launches = List.copyOf(launchByKey.values());
        this.targets = Collections.unmodifiableList(tg);
        this.groups = Collections.unmodifiableList(gr);
        this.reachable = reach;
        this.engageable = engage;
    }

    static ScenarioGeometry of(ScenarioAssessment a) {
        return new ScenarioGeometry(a);
    }

    ScenarioAssessment assessment() {
        return assessment;
    }

    List<Site> sites() {
        return sites;
    }

    List<RadarMark> radars() {
        return radars;
    }

    List<Launch> launches() {
        return launches;
    }

    List<Target> targets() {
        return targets;
    }

    List<TrackGroup> groups() {
        return groups;
    }

    /** Threats that reach their target. */
    int reachableThreats() {
        return reachable;
    }

    /** Reachable threats that some site engages. */
    int engageableThreats() {
        return engageable;
    }
}
