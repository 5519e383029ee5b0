package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.scenario.CommandDelays;
import org.plumbline.core.scenario.DataExchange;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.sensor.EarlyWarningSatellite;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarFace;

/**
 * Reads and changes the declared defence parameters of a scenario by the paths of the scenario
 * format ({@code systems.nato-bmd.sites.deveselu.interceptor.burnout-speed}), in SI units, and
 * says which way each one helps the defence.
 *
 * <p>Every parameter here widens or narrows the set of feasible intercepts monotonically (a faster
 * interceptor, a shorter delay, a longer radar range never remove an intercept: tested in the
 * engagement properties), except a radar face's boresight, which turns coverage from one place to
 * another. That monotonicity is what lets two corners of the uncertainty box bound every metric.
 */
public final class ParameterPaths {
    /** How a larger value of a parameter acts on the defence. */
    public enum Effect {
        /** A larger value never removes a feasible intercept. */
        HELPS,
        /** A larger value never adds one. */
        HURTS,
        /** Neither (a boresight; a count, which does not enter the kinematics). */
        NEITHER
    }

    private ParameterPaths() {
    }

    /**
     * Whether the path names a defence parameter this class can read and change: a field of a
     * system's delays, radars (and their faces), early-warning satellites or interceptor sites, or a
     * data-exchange link's latency ({@code data-exchange[1].latency}).
     */
    public static boolean supports(Scenario s, String path) {
        return value(s, path).isPresent();
    }

    /** The parameter's value in SI units, or empty when the path is not a supported defence parameter. */
    public static Optional<Double> value(Scenario s, String path) {
        try {
            return Optional.of(apply(s, path, Double.NaN, false).value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A copy of the scenario with one parameter changed (SI units). */
    public static Scenario with(Scenario s, String path, double value) {
        return apply(s, path, value, true).scenario;
    }

    /** How the parameter acts on the defence. */
    public static Effect effect(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return switch (field) {
            case "burnout-speed", "max-altitude", "max-flight-time", "max-range", "detection-range",
                 "instrumented-range", "half-width", "max-elevation" -> Effect.HELPS;
            case "burn-time", "launch-delay", "min-altitude", "min-range", "detection-to-decision",
                 "decision-to-launch", "track-formation", "reporting-latency", "min-elevation" -> Effect.HURTS;
            case "latency" -> path.startsWith("data-exchange[") ? Effect.HURTS : Effect.NEITHER;
            default -> Effect.NEITHER;
        };
    }

    /**
     * The interval a margin search explores, SI: the physical limits the model accepts for the
     * field (a burnout speed from 0.5 to 12 km/s, as the critical values of {@code engage}; a delay
     * up to 30 min; a length up to ten times the declared value).
     */
    public static double[] searchBounds(String path, double nominal) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return switch (field) {
            case "burnout-speed" -> new double[] {500.0, 12_000.0};
            case "burn-time" -> new double[] {1.0, 600.0};
            case "max-flight-time" -> new double[] {1.0, 7200.0};
            case "launch-delay", "detection-to-decision", "decision-to-launch", "track-formation",
                 "reporting-latency", "latency" -> new double[] {0.0, 1800.0};
            case "half-width" -> new double[] {Math.toRadians(1.0), Math.PI};
            case "min-elevation", "max-elevation" -> new double[] {0.0, Math.PI / 2};
            case "boresight" -> new double[] {0.0, 2 * Math.PI};
            case "count" -> new double[] {1.0, 10_000.0};
            default -> new double[] {0.0, Math.max(10.0 * nominal, 1.0)};
        };
    }

    /** The resolution of a margin search, SI: 10 m/s, 1 s, 1 km, 0.1 deg or 1. */
    public static double resolution(String path) {
        return switch (unit(path)) {
            case "m/s" -> 10.0;
            case "s" -> 1.0;
            case "m" -> 1000.0;
            case "rad" -> Math.toRadians(0.1);
            default -> 1.0;
        };
    }

    /** The parameter's field name in words: {@code burnout-speed} reads "burnout speed". */
    public static String label(String path) {
        String[] p = path.split("\\.");
        String field = p[p.length - 1].replace('-', ' ');
        if (p.length >= 5 && p[2].equals("sites")) {
            return p[3] + " interceptor " + field;
        }
        if (p.length >= 4 && p[2].equals("delays")) {
            return p[1] + " " + field + " delay";
        }
        if (p.length >= 4) {
            return p[3] + " " + field;
        }
        if (p[0].startsWith("data-exchange[")) {
            return "data-exchange link " + p[0].substring("data-exchange".length()) + " latency";
        }
        return path;
    }

    /** The SI unit of a scenario parameter's value, from its field name (any numeric path of the format). */
    public static String unit(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return switch (field) {
            case "burnout-speed" -> "m/s";
            case "burn-time", "launch-delay", "max-flight-time", "detection-to-decision", "decision-to-launch",
                 "track-formation", "reporting-latency", "latency" -> "s";
            case "max-altitude", "min-altitude", "max-range", "min-range", "detection-range", "instrumented-range",
                 "detection-altitude", "nominal-range", "apogee", "spacing" -> "m";
            case "half-width", "max-elevation", "min-elevation", "boresight" -> "rad";
            case "reference-rcs" -> "m2";
            default -> "";
        };
    }

    private record Applied(Scenario scenario, double value) {
    }

    private static Applied apply(Scenario s, String path, double v, boolean change) {
        String[] p = path.split("\\.");
        if (p.length == 2 && p[0].startsWith("data-exchange[") && p[0].endsWith("]") && p[1].equals("latency")) {
            return dataExchangeLatency(s, p[0].substring("data-exchange[".length(), p[0].length() - 1), v, change,
                    path);
        }
        if (p.length < 4 || !p[0].equals("systems")) {
            throw new IllegalArgumentException("not a defence parameter: " + path);
        }
        List<DefenceSystem> systems = new ArrayList<>(s.systems());
        int si = indexOf(systems.stream().map(DefenceSystem::id).toList(), p[1], path);
        DefenceSystem sys = systems.get(si);
        double old;
        DefenceSystem changed;
        switch (p[2]) {
            case "delays" -> {
                CommandDelays d = sys.delays();
                if (p.length != 4) {
                    throw new IllegalArgumentException(path);
                }
                switch (p[3]) {
                    case "detection-to-decision" -> {
                        old = d.detectionToDecisionS();
                        d = change ? new CommandDelays(v, d.decisionToLaunchS()) : d;
                    }
                    case "decision-to-launch" -> {
                        old = d.decisionToLaunchS();
                        d = change ? new CommandDelays(d.detectionToDecisionS(), v) : d;
                    }
                    default -> throw new IllegalArgumentException(path);
                }
                changed = change ? new DefenceSystem(sys.id(), sys.partyId(), sys.radars(), sys.satellites(), sys.sites(),
                        d, sys.launchOnRemote()) : sys;
            }
            case "sites" -> {
                List<InterceptorSite> sites = new ArrayList<>(sys.sites());
                int k = indexOf(sites.stream().map(InterceptorSite::id).toList(), p[3], path);
                InterceptorSite site = sites.get(k);
                Interceptor it = site.interceptor();
                if (p.length == 5 && p[4].equals("count")) {
                    old = site.count();
                    if (change) {
                        site = new InterceptorSite(site.id(), site.kind(), site.position(), it, (int) Math.round(v));
                    }
                } else if (p.length == 6 && p[4].equals("interceptor")) {
                    old = interceptorField(it, p[5], path);
                    if (change) {
                        site = new InterceptorSite(site.id(), site.kind(), site.position(), withField(it, p[5], v),
                                site.count());
                    }
                } else {
                    throw new IllegalArgumentException(path);
                }
                sites.set(k, site);
                changed = new DefenceSystem(sys.id(), sys.partyId(), sys.radars(), sys.satellites(), sites,
                        sys.delays(), sys.launchOnRemote());
            }
            case "radars" -> {
                List<Radar> radars = new ArrayList<>(sys.radars());
                int k = indexOf(radars.stream().map(Radar::id).toList(), p[3], path);
                Radar r = radars.get(k);
                double[] o = new double[1];
                Radar nr = radarField(r, java.util.Arrays.copyOfRange(p, 4, p.length), v, o, path);
                old = o[0];
                radars.set(k, nr);
                changed = new DefenceSystem(sys.id(), sys.partyId(), radars, sys.satellites(), sys.sites(),
                        sys.delays(), sys.launchOnRemote());
            }
            case "satellites" -> {
                List<EarlyWarningSatellite> sats = new ArrayList<>(sys.satellites());
                int k = indexOf(sats.stream().map(EarlyWarningSatellite::id).toList(), p[3], path);
                EarlyWarningSatellite e = sats.get(k);
                if (p.length != 5) {
                    throw new IllegalArgumentException(path);
                }
                switch (p[4]) {
                    case "detection-altitude" -> {
                        old = e.detectionAltitudeM();
                        e = change ? new EarlyWarningSatellite(e.id(), v, e.latencyS()) : e;
                    }
                    case "latency" -> {
                        old = e.latencyS();
                        e = change ? new EarlyWarningSatellite(e.id(), e.detectionAltitudeM(), v) : e;
                    }
                    default -> throw new IllegalArgumentException(path);
                }
                sats.set(k, e);
                changed = new DefenceSystem(sys.id(), sys.partyId(), sys.radars(), sats, sys.sites(), sys.delays(),
                        sys.launchOnRemote());
            }
            default -> throw new IllegalArgumentException(path);
        }
        if (!change) {
            return new Applied(s, old);
        }
        systems.set(si, changed);
        return new Applied(new Scenario(s.id(), s.title(), s.description(), s.assumptions(), s.sources(), s.parties(),
                systems, s.dataExchange(), s.sectors(), s.threatSets(), s.criteria(), s.uncertainties()), v);
    }

    private static Applied dataExchangeLatency(Scenario s, String index, double v, boolean change, String path) {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path);
        }
        if (i < 0 || i >= s.dataExchange().size()) {
            throw new IllegalArgumentException(path);
        }
        DataExchange d = s.dataExchange().get(i);
        if (!change) {
            return new Applied(s, d.latencyS());
        }
        List<DataExchange> links = new ArrayList<>(s.dataExchange());
        links.set(i, new DataExchange(d.fromSystemId(), d.toSystemId(), d.shared(), v));
        return new Applied(new Scenario(s.id(), s.title(), s.description(), s.assumptions(), s.sources(), s.parties(),
                s.systems(), links, s.sectors(), s.threatSets(), s.criteria(), s.uncertainties()), v);
    }

    private static int indexOf(List<String> ids, String id, String path) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no " + id + " in " + path);
        }
        return i;
    }

    private static double interceptorField(Interceptor it, String field, String path) {
        return switch (field) {
            case "burnout-speed" -> it.burnoutSpeedMps();
            case "burn-time" -> it.burnTimeS();
            case "min-altitude" -> it.minInterceptAltitudeM();
            case "max-altitude" -> it.maxInterceptAltitudeM();
            case "max-flight-time" -> it.maxFlightTimeS();
            case "launch-delay" -> it.launchDelayS();
            case "min-range" -> it.minRangeM();
            case "max-range" -> it.maxRangeM();
            default -> throw new IllegalArgumentException(path);
        };
    }

    private static Interceptor withField(Interceptor i, String field, double v) {
        return switch (field) {
            case "burnout-speed" -> i.withBurnoutSpeedMps(v);
            case "burn-time" -> new Interceptor(i.id(), i.name(), i.burnoutSpeedMps(), v, i.stages(),
                    i.minInterceptAltitudeM(), i.maxInterceptAltitudeM(), i.maxFlightTimeS(), i.launchDelayS(),
                    i.minRangeM(), i.maxRangeM());
            case "min-altitude" -> new Interceptor(i.id(), i.name(), i.burnoutSpeedMps(), i.burnTimeS(), i.stages(),
                    v, i.maxInterceptAltitudeM(), i.maxFlightTimeS(), i.launchDelayS(), i.minRangeM(), i.maxRangeM());
            case "max-altitude" -> new Interceptor(i.id(), i.name(), i.burnoutSpeedMps(), i.burnTimeS(), i.stages(),
                    i.minInterceptAltitudeM(), v, i.maxFlightTimeS(), i.launchDelayS(), i.minRangeM(), i.maxRangeM());
            case "max-flight-time" -> new Interceptor(i.id(), i.name(), i.burnoutSpeedMps(), i.burnTimeS(),
                    i.stages(), i.minInterceptAltitudeM(), i.maxInterceptAltitudeM(), v, i.launchDelayS(),
                    i.minRangeM(), i.maxRangeM());
            case "launch-delay" -> new Interceptor(i.id(), i.name(), i.burnoutSpeedMps(), i.burnTimeS(), i.stages(),
                    i.minInterceptAltitudeM(), i.maxInterceptAltitudeM(), i.maxFlightTimeS(), v, i.minRangeM(),
                    i.maxRangeM());
            case "min-range" -> new Interceptor(i.id(), i.name(), i.burnoutSpeedMps(), i.burnTimeS(), i.stages(),
                    i.minInterceptAltitudeM(), i.maxInterceptAltitudeM(), i.maxFlightTimeS(), i.launchDelayS(), v,
                    i.maxRangeM());
            case "max-range" -> new Interceptor(i.id(), i.name(), i.burnoutSpeedMps(), i.burnTimeS(), i.stages(),
                    i.minInterceptAltitudeM(), i.maxInterceptAltitudeM(), i.maxFlightTimeS(), i.launchDelayS(),
                    i.minRangeM(), v);
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Radar radarField(Radar r, String[] rest, double v, double[] old, String path) {
        boolean change = !Double.isNaN(v);
        if (rest.length == 1) {
            switch (rest[0]) {
                case "detection-range" -> {
                    old[0] = r.detectionRangeM();
                    return change ? new Radar(r.id(), r.type(), r.position(), r.faces(), v, r.referenceRcsM2(),
                            r.instrumentedRangeM(), r.trackFormationS(), r.reportingLatencyS()) : r;
                }
                case "instrumented-range" -> {
                    old[0] = r.instrumentedRangeM();
                    return change ? new Radar(r.id(), r.type(), r.position(), r.faces(), r.detectionRangeM(),
                            r.referenceRcsM2(), v, r.trackFormationS(), r.reportingLatencyS()) : r;
                }
                case "track-formation" -> {
                    old[0] = r.trackFormationS();
                    return change ? new Radar(r.id(), r.type(), r.position(), r.faces(), r.detectionRangeM(),
                            r.referenceRcsM2(), r.instrumentedRangeM(), v, r.reportingLatencyS()) : r;
                }
                case "reporting-latency" -> {
                    old[0] = r.reportingLatencyS();
                    return change ? new Radar(r.id(), r.type(), r.position(), r.faces(), r.detectionRangeM(),
                            r.referenceRcsM2(), r.instrumentedRangeM(), r.trackFormationS(), v) : r;
                }
                case "boresight" -> {
                    if (r.faces().size() != 1) {
                        throw new IllegalArgumentException(path);
                    }
                    return face(r, 0, "boresight", v, old, path);
                }
                default -> throw new IllegalArgumentException(path);
            }
        }
        if (rest.length == 2 && rest[0].startsWith("faces[") && rest[0].endsWith("]")) {
            int i;
            try {
                i = Integer.parseInt(rest[0].substring(6, rest[0].length() - 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(path);
            }
            if (i < 0 || i >= r.faces().size()) {
                throw new IllegalArgumentException(path);
            }
            return face(r, i, rest[1], v, old, path);
        }
        throw new IllegalArgumentException(path);
    }

    private static Radar face(Radar r, int i, String field, double v, double[] old, String path) {
        RadarFace f = r.faces().get(i);
        boolean change = !Double.isNaN(v);
        RadarFace nf = switch (field) {
            case "boresight" -> {
                old[0] = f.boresightAzimuthRad();
                yield change ? new RadarFace(v, f.halfWidthRad(), f.minElevationRad(), f.maxElevationRad()) : f;
            }
            case "half-width" -> {
                old[0] = f.halfWidthRad();
                yield change ? new RadarFace(f.boresightAzimuthRad(), v, f.minElevationRad(), f.maxElevationRad()) : f;
            }
            case "min-elevation" -> {
                old[0] = f.minElevationRad();
                yield change ? new RadarFace(f.boresightAzimuthRad(), f.halfWidthRad(), v, f.maxElevationRad()) : f;
            }
            case "max-elevation" -> {
                old[0] = f.maxElevationRad();
                yield change ? new RadarFace(f.boresightAzimuthRad(), f.halfWidthRad(), f.minElevationRad(), v) : f;
            }
            default -> throw new IllegalArgumentException(path);
        };
        if (!change) {
            return r;
        }
        List<RadarFace> faces = new ArrayList<>(r.faces());
        faces.set(i, nf);
        return new Radar(r.id(), r.type(), r.position(), faces, r.detectionRangeM(), r.referenceRcsM2(),
                r.instrumentedRangeM(), r.trackFormationS(), r.reportingLatencyS());
    }

    static String format(double v, String unit) {
        return switch (unit) {
            case "m/s" -> String.format(Locale.ROOT, "%.2f km/s", v / 1000.0);
            case "m" -> String.format(Locale.ROOT, "%,.0f km", v / 1000.0);
            case "s" -> String.format(Locale.ROOT, "%.0f s", v);
            case "rad" -> String.format(Locale.ROOT, "%.1f deg", Math.toDegrees(v));
            default -> String.format(Locale.ROOT, "%.4g", v);
        };
    }
}
