package org.plumbline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.plumbline.core.assessment.CriterionResult;
import org.plumbline.core.assessment.Evidence;
import org.plumbline.core.assessment.Margin;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.SiteOutcome;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.assessment.Verdict;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.engagement.DefenceEvaluation;
import org.plumbline.core.engagement.EngagementWindow;
import org.plumbline.core.engagement.InterceptPoint;
import org.plumbline.core.engagement.ReachTables;
import org.plumbline.core.engagement.ThreatTrack;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.scenario.ThreatExpansion;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.sensor.LineOfSight;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarCoverage;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.sensor.TargetPath;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectoryEvent;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.io.Geography;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioReader;

/**
 * Test reports.
 *
 * <p>{@link #small()}: the built-in {@code epaa-phase-3} with four real threats flown by the core
 * (an MRBM at Ankara, an IRBM at Warsaw, an MRBM that cannot reach London, a Topol-M from Kozelsk at
 * Washington) and evaluated against every site as {@code plumbline engage} does, with hand-made
 * criterion results and margins (the assessment itself is not under test here), plus a second,
 * hostile scenario whose texts carry markup, ampersands and quotes.
 *
 * <p>{@link #large()}: the four EPAA phases with their full threat sets (about 9,100 threats each)
 * on synthetic trajectories (great circles with a parabolic height profile, 10 s samples) and
 * synthetic site outcomes (a site engages when the track passes within its burnout speed times
 * 300 s while between 70 km and its ceiling), to measure the size of a realistic report fast.
 */
final class Fixtures {
    static final String VERSION = "0.1.0-test";
    static final String HASH = "3f2a9c1d5e7b8a6f4c2d0e1f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'quoted' ]]> \u0001";

    private static Report small;

    private Fixtures() {
    }

    static synchronized Report small() {
        if (small == null) {
            small = buildSmall();
        }
        return small;
    }

    private static Scenario read(String name) {
        try {
            return ScenarioReader.standard().read(name);
        } catch (ProblemReport e) {
            throw new IllegalStateException(e.describe(), e);
        }
    }

    private static ThreatCase find(Scenario s, String set, String missile, String launch, String targetPrefix) {
        for (ThreatSet ts : s.threatSets()) {
            if (!ts.id().equals(set)) {
                continue;
            }
            for (ThreatCase c : ThreatExpansion.expand(ts, Geography.builtin().regions(), Geography.builtin().cities())) {
                if (c.missile().id().equals(missile) && c.launchAreaId().equals(launch)
                        && c.targetId().startsWith(targetPrefix)) {
                    return c;
                }
            }
        }
        throw new IllegalStateException("no threat " + set + " " + missile + " " + launch + " " + targetPrefix);
    }

    /** Flies a threat and evaluates every site as plumbline engage does (10 s samples, 0.1 m^2). */
    static ThreatOutcome fly(Scenario s, ThreatCase c) {
        EarthModel earth = EarthModel.WGS84;
        FlightSettings settings = FlightSettings.DEFAULT;
        TargetingResult r = new TrajectorySolver(new NativeFlightEngine(earth, c.missile(), settings))
                .solve(c.launch(), c.target(), c.shape());
        if (r instanceof TargetingResult.Unreachable u) {
            return new ThreatOutcome(c, null, u.reason(), List.of());
        }
        Trajectory t = ((TargetingResult.Reached) r).trajectory();
        TargetPath path = TargetPath.of(t, earth);
        Map<String, RadarTimeline> timelines = new LinkedHashMap<>();
        for (DefenceSystem sys : s.systems()) {
            for (Radar radar : sys.radars()) {
                timelines.put(radar.id(), RadarCoverage.of(radar, earth, 0.1, LineOfSight.GEOMETRIC).timeline(path));
            }
        }
        List<DefenceEvaluation.SiteResult> results = DefenceEvaluation.evaluate(s, t, ThreatTrack.of(t, earth),
                timelines, new ReachTables(settings.atmosphere(), earth.rotationRateRadPerS()),
                Geography.builtin().regions(), 60.0, false);
        List<SiteOutcome> sites = new ArrayList<>();
        for (DefenceEvaluation.SiteResult sr : results) {
            EngagementWindow w = sr.window();
            double lowest = 0;
            if (w.feasible()) {
                lowest = Double.POSITIVE_INFINITY;
                for (InterceptPoint p : w.intercepts()) {
                    lowest = Math.min(lowest, p.altitudeM());
                }
            }
            sites.add(new SiteOutcome(sr.site().id(), sr.systemId(), w.feasible(), w.reason(), w.firstInterceptS(),
                    w.lastInterceptS(), lowest, w.opportunities(),
                    sr.track().exists() ? w.earliestLaunchS() : Double.POSITIVE_INFINITY, w.criticalDelayS()));
        }
        return new ThreatOutcome(c, t, "", sites);
    }

    private static Report buildSmall() {
        Scenario s = read("epaa-phase-3");
        List<ThreatOutcome> threats = new ArrayList<>();
        threats.add(fly(s, find(s, "iran-mrbm-irbm", "shahab-3", "tabriz", "Ankara")));
        threats.add(fly(s, find(s, "iran-mrbm-irbm", "iran-irbm-solid", "semnan", "Warsaw")));
        threats.add(fly(s, find(s, "iran-mrbm-irbm", "shahab-3", "semnan", "London")));
        threats.add(fly(s, find(s, "russia-icbm", "topol-m", "kozelsk", "washington")));
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : s.criteria()) {
            results.add(criterion(s, c, threats));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("threats", (double) threats.size());
        metrics.put("engageable-fraction.iran-mrbm-irbm", 0.5);
        metrics.put("defended-population-fraction.nato-europe-2013", 0.934);
        ScenarioAssessment a = new ScenarioAssessment(s, results, threats, metrics);
        Scenario h = hostile(s);
        List<CriterionResult> hr = new ArrayList<>();
        hr.add(new CriterionResult(h.criteria().get(0), Verdict.FAIL, false, 0.42, 0.30, 0.55,
                List.of(margin(HOSTILE, "m/s", 3000, false, 0, 2700, 3500, v -> false)),
                new Evidence(HOSTILE, 3, "deveselu")));
        ScenarioAssessment b = new ScenarioAssessment(h, hr, threats, Map.of(HOSTILE, 1.0));
        return new Report(VERSION, HASH, List.of(a, b), "");
    }

    /** A copy of s whose texts are hostile, with one criterion. */
    static Scenario hostile(Scenario s) {
        Criterion c = s.criteria().get(0);
        Criterion hc = new Criterion(HOSTILE, HOSTILE, c.metric(), c.comparison(), c.threshold(), c.threatSetId(),
                c.systemIds(), c.regionId(), c.marginParameters());
        return new Scenario("hostile\"<id>&", HOSTILE, HOSTILE, List.of(HOSTILE), List.of(HOSTILE), s.parties(),
                s.systems(), s.dataExchange(), s.sectors(), s.threatSets(), List.of(hc), s.uncertainties());
    }

    private static CriterionResult criterion(Scenario s, Criterion c, List<ThreatOutcome> threats) {
        List<Margin> margins = new ArrayList<>();
        for (String p : c.marginParameters()) {
            if (!p.endsWith(".interceptor.burnout-speed")) {
                continue; // the fixture fakes burnout-speed margins only
            }
            String site = p.split("\\.")[3];
            double nominal = siteOf(s, site).interceptor().burnoutSpeedMps();
            if (c.id().equals("declared-purpose")) {
                // Population defended rises with burnout speed; it crosses 90 % below nominal for deveselu only.
                boolean found = site.equals("deveselu");
                double crit = 2_840;
                margins.add(margin(p, "m/s", nominal, found, crit, nominal - 1500, nominal + 1500,
                        v -> !found || v >= crit));
            } else {
                double crit = site.equals("redzikowo") ? 5_210 : 6_050;
                margins.add(atMostZeroMargin(p, nominal, crit, nominal - 1500, nominal + 2500));
            }
        }
        return switch (c.id()) {
            case "declared-purpose" -> new CriterionResult(c, Verdict.INDETERMINATE, true, 0.934, 0.712, 0.981,
                    margins, new Evidence("A Shahab-3 from Tabriz at Ankara is engaged only by med-ship, from "
                            + "the 1st usable track at 142 s", 0, "med-ship"));
            case "no-strategic-engagement" -> new CriterionResult(c, Verdict.PASS, true, 0.0, 0.0, 0.0, margins,
                    new Evidence("No Russian ICBM is engageable; the nearest, a Topol-M from Kozelsk at Washington, "
                            + "would need 5.21 km/s at redzikowo", 3, "redzikowo"));
            default -> new CriterionResult(c, Verdict.FAIL, false, 0.1, 0.033, 0.2, margins,
                    new Evidence("3 of 30 SLBM trajectories are engageable", -1, ""));
        };
    }

    private static InterceptorSite siteOf(Scenario s, String id) {
        for (DefenceSystem sys : s.systems()) {
            for (InterceptorSite site : sys.sites()) {
                if (site.id().equals(id)) {
                    return site;
                }
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** A margin whose curve is a smooth step around the critical value, evaluated on a bisection-like grid. */
    static Margin margin(String path, String unit, double nominal, boolean found, double critical, double lo, double hi,
                         java.util.function.DoublePredicate holds) {
        List<Margin.Point> pts = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            double v = lo + (hi - lo) * i / 12.0;
            double metric = 1.0 / (1.0 + Math.exp(-(v - (found ? critical : lo)) / 250.0));
            pts.add(new Margin.Point(v, holds.test(v) ? Math.max(metric, 0.9) : Math.min(metric, 0.89), holds.test(v)));
        }
        return margin(path, unit, nominal, found, critical, lo, hi, pts);
    }

    /** A margin of an at-most-0 criterion: the engageable fraction is 0 below the critical value, then rises. */
    static Margin atMostZeroMargin(String path, double nominal, double critical, double lo, double hi) {
        List<Margin.Point> pts = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            double v = lo + (hi - lo) * i / 12.0;
            double metric = v < critical ? 0.0 : Math.min(1.0, 0.04 + (v - critical) / 2500.0);
            pts.add(new Margin.Point(v, metric, v < critical));
        }
        String label = path.split("\\.")[3] + " interceptor burnout speed";
        return new Margin(path, label, "m/s", nominal, true, critical, lo, hi, "holds unless " + label + " exceeds "
                + DisplayFormat.quantity(critical, "m/s"), pts);
    }

    private static Margin margin(String path, String unit, double nominal, boolean found, double critical, double lo,
                                 double hi, List<Margin.Point> pts) {
        if (pts.isEmpty()) {
            throw new IllegalArgumentException("no points");
        }
        String label = path.contains(".sites.") ? path.split("\\.")[3] + " interceptor burnout speed" : path;
        String statement = found ? "holds unless " + label + " falls below " + DisplayFormat.quantity(critical, unit)
                : "holds for any " + label + " in [" + DisplayFormat.quantity(lo, unit) + ", "
                + DisplayFormat.quantity(hi, unit) + "]";
        return new Margin(path, label, unit, nominal, found, critical, lo, hi, statement, pts);
    }

    // ------------------------------------------------------------------ the large, synthetic report

    /** Nominal ranges of the catalog missiles, m, for the synthetic reachability test. */
    private static final Map<String, Double> RANGE_M = Map.of("shahab-3", 1.3e6, "ghadr-1", 1.6e6, "sejjil-2", 2.2e6,
            "iran-irbm-liquid", 5.0e6, "iran-irbm-solid", 3.7e6);

    static Report large() {
        List<ScenarioAssessment> out = new ArrayList<>();
        for (String name : List.of("epaa-phase-1", "epaa-phase-2", "epaa-phase-3", "epaa-phase-4")) {
            Scenario s = read(name);
            Random random = new Random(name.hashCode());
            List<ThreatOutcome> threats = new ArrayList<>();
            for (Criterion c : s.criteria()) {
                for (ThreatSet ts : s.threatSets()) {
                    if (ts.id().equals(c.threatSetId()) && threats.stream().noneMatch(
                            t -> t.threat().threatSetId().equals(ts.id()))) {
                        for (ThreatCase tc : ThreatExpansion.expand(ts, Geography.builtin().regions(),
                                Geography.builtin().cities())) {
                            threats.add(synthetic(s, tc));
                        }
                    }
                }
            }
            List<CriterionResult> results = new ArrayList<>();
            for (Criterion c : s.criteria()) {
                Verdict v = Verdict.values()[random.nextInt(3)];
                List<Margin> ms = new ArrayList<>();
                for (String p : c.marginParameters()) {
                    if (!p.endsWith(".interceptor.burnout-speed")) {
                        continue; // the fixture fakes burnout-speed margins only
                    }
                    double nominal = siteOf(s, p.split("\\.")[3]).interceptor().burnoutSpeedMps();
                    double crit = nominal + 500 * (random.nextInt(5) - 2);
                    ms.add(margin(p, "m/s", nominal, true, crit, nominal - 1500, nominal + 1500, x -> x >= crit));
                }
                int idx = -1;
                for (int i = 0; i < threats.size(); i++) {
                    if (threats.get(i).threat().threatSetId().equals(c.threatSetId()) && threats.get(i).reachable()) {
                        idx = i;
                        break;
                    }
                }
                results.add(new CriterionResult(c, v, v != Verdict.FAIL, random.nextDouble(), random.nextDouble(),
                        random.nextDouble(), ms, new Evidence("synthetic evidence", idx, "")));
            }
            out.add(new ScenarioAssessment(s, results, threats, Map.of("threats", (double) threats.size())));
        }
        return new Report(VERSION, HASH, out, "");
    }

    private static ThreatOutcome synthetic(Scenario s, ThreatCase c) {
        double[] a = unit(c.launch());
        double[] b = unit(c.target());
        double angle = Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
        double rangeM = angle * 6_371_000.0;
        double maxRange = RANGE_M.getOrDefault(c.missile().id(), 1.3e7);
        if (rangeM > maxRange) {
            return new ThreatOutcome(c, null, "beyond the missile's reach", List.of());
        }
        double apogee = Math.max(100_000, 0.25 * rangeM);
        double flight = 240 + rangeM / 4_000.0;
        List<TrajectorySample> samples = new ArrayList<>();
        for (double t = 0; t <= flight; t += 10) {
            double f = t / flight;
            double[] p = slerp(a, b, angle, f);
            samples.add(new TrajectorySample(t, Math.asin(p[2]), Math.atan2(p[1], p[0]), 4 * apogee * f * (1 - f),
                    3000));
        }
        Trajectory tr = new Trajectory(c.launch(), new GeodeticPoint(c.target().latitudeRad(),
                c.target().longitudeRad(), 0), 0, 0, 0.2 * flight, 3000, 0.3 * apogee, 0.5, apogee, flight / 2,
                flight, rangeM, List.<TrajectoryEvent>of(), samples);
        List<SiteOutcome> sites = new ArrayList<>();
        for (DefenceSystem sys : s.systems()) {
            for (InterceptorSite site : sys.sites()) {
                double reach = site.interceptor().burnoutSpeedMps() * 300;
                double[] u = unit(site.position());
                double first = -1;
                double last = -1;
                for (TrajectorySample x : samples) {
                    if (x.altitudeM() < 70_000 || x.altitudeM() > site.interceptor().maxInterceptAltitudeM()) {
                        continue;
                    }
                    double[] q = {Math.cos(x.latitudeRad()) * Math.cos(x.longitudeRad()),
                        Math.cos(x.latitudeRad()) * Math.sin(x.longitudeRad()), Math.sin(x.latitudeRad())};
                    double d = Math.acos(Math.max(-1, Math.min(1, u[0] * q[0] + u[1] * q[1] + u[2] * q[2]))) * 6.371e6;
                    if (d < reach) {
                        first = first < 0 ? x.tS() : first;
                        last = x.tS();
                    }
                }
                boolean ok = first >= 0;
                sites.add(new SiteOutcome(site.id(), sys.id(), ok, ok ? "" : "out of reach", ok ? first : 0,
                        ok ? last : 0, ok ? 70_000 : 0, ok ? 1 : 0, 100, ok ? 30 : -1));
            }
        }
        return new ThreatOutcome(c, tr, "", sites);
    }

    private static double[] unit(GeodeticPoint p) {
        return new double[] {Math.cos(p.latitudeRad()) * Math.cos(p.longitudeRad()),
            Math.cos(p.latitudeRad()) * Math.sin(p.longitudeRad()), Math.sin(p.latitudeRad())};
    }

    private static double[] slerp(double[] a, double[] b, double angle, double f) {
        if (angle < 1e-12) {
            return a;
        }
        double s = Math.sin(angle);
        double wa = Math.sin((1 - f) * angle) / s;
        double wb = Math.sin(f * angle) / s;
        return new double[] {wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]};
    }
}
