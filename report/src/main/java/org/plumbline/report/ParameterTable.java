package org.plumbline.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.scenario.DataExchange;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.Sector;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.sensor.EarlyWarningSatellite;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarFace;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.scenario.Catalog;

/**
 * Every parameter of a scenario as a row: its path in the scenario format, its value in display
 * units, its declared uncertainty range, and where it comes from. Uncertainty ranges that no row
 * shows (for instance a threat missile's nominal range, which the model turns into stage data) get
 * rows of their own, so that no declared range goes unshown.
 */
final class ParameterTable {
    /**
     * One parameter.
     *
     * @param group  what it belongs to ("site deveselu")
     * @param path   its path in the scenario format
     * @param value  the value, display units
     * @param range  the declared uncertainty range, display units, or empty
     * @param source where the value comes from
     */
    record Row(String group, String path, String value, String range, String source) {
    }

    private final Scenario scenario;
    private final Catalog catalog;
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> shownRanges = new LinkedHashSet<>();

    private ParameterTable(Scenario scenario, Catalog catalog) {
        this.scenario = scenario;
        this.catalog = catalog;
    }

    static List<Row> of(Scenario s, Catalog catalog) {
        ParameterTable t = new ParameterTable(s, catalog);
        t.build();
        return t.rows;
    }

    /** Catalog entries the scenario uses (interceptors, radars, missiles), in first-use order. */
    static List<Catalog.Entry> catalogEntries(Scenario s, Catalog catalog) {
        Set<String> seen = new LinkedHashSet<>();
        List<Catalog.Entry> out = new ArrayList<>();
        for (DefenceSystem sys : s.systems()) {
            for (Radar r : sys.radars()) {
                catalog.find(Catalog.Kind.RADARS, r.type()).filter(e -> seen.add(e.id())).ifPresent(out::add);
            }
            for (InterceptorSite site : sys.sites()) {
                catalog.find(Catalog.Kind.INTERCEPTORS, site.interceptor().id()).filter(e -> seen.add(e.id()))
                        .ifPresent(out::add);
            }
        }
        for (ThreatSet ts : s.threatSets()) {
            for (Missile m : ts.missiles()) {
                catalog.find(Catalog.Kind.MISSILES, m.id()).filter(e -> seen.add(e.id())).ifPresent(out::add);
            }
        }
        return out;
    }

    private void build() {
        for (DefenceSystem sys : scenario.systems()) {
            String p = "systems." + sys.id();
            String g = "system " + sys.id();
            add(g, p + ".party", sys.partyId(), "scenario");
            add(g, p + ".launch-on-remote", sys.launchOnRemote() ? "yes" : "no", "scenario");
            quantity(g, p + ".delays.detection-to-decision", sys.delays().detectionToDecisionS(), "s", "scenario");
            quantity(g, p + ".delays.decision-to-launch", sys.delays().decisionToLaunchS(), "s", "scenario");
            for (EarlyWarningSatellite e : sys.satellites()) {
                String sp = p + ".satellites." + e.id();
                quantity("satellite " + e.id(), sp + ".detection-altitude", e.detectionAltitudeM(), "m", "scenario");
                quantity("satellite " + e.id(), sp + ".latency", e.latencyS(), "s", "scenario");
            }
            for (Radar r : sys.radars()) {
                radar(p, r);
            }
            for (InterceptorSite site : sys.sites()) {
                site(p, site);
            }
        }
        for (DataExchange d : scenario.dataExchange()) {
            add("data exchange", "data-exchange." + d.fromSystemId() + "->" + d.toSystemId(),
                    d.shared().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ", latency "
                            + DisplayFormat.quantity(d.latencyS(), "s"), "scenario");
        }
        for (Sector s : scenario.sectors()) {
            add("sectors", "sectors." + s.systemId(), "region " + s.regionId(), "scenario");
        }
        for (ThreatSet ts : scenario.threatSets()) {
            threatSet(ts);
        }
        for (Map.Entry<String, Scenario.Range> e : scenario.uncertainties().entrySet()) {
            if (!shownRanges.contains(e.getKey())) {
                String unit = unitOf(e.getKey());
                add("other declared ranges", e.getKey(), "(see the scenario file)", range(e.getValue(), unit),
                        "scenario");
            }
        }
    }

    private void radar(String systemPath, Radar r) {
        String p = systemPath + ".radars." + r.id();
        String g = "radar " + r.id();
        String src = source(Catalog.Kind.RADARS, r.type());
        add(g, p + ".type", r.type(), "scenario");
        add(g, p + ".position", DisplayFormat.latLon(r.position().latitudeRad(), r.position().longitudeRad())
                + ", " + DisplayFormat.quantity(r.position().altitudeM(), "m"), "scenario");
        quantity(g, p + ".detection-range", r.detectionRangeM(), "m", src);
        quantity(g, p + ".reference-rcs", r.referenceRcsM2(), "m2", src);
        quantity(g, p + ".instrumented-range", r.instrumentedRangeM(), "m", src);
        quantity(g, p + ".track-formation", r.trackFormationS(), "s", src);
        quantity(g, p + ".reporting-latency", r.reportingLatencyS(), "s", src);
        add(g, "(computed) detection range against " + DisplayFormat.quantity(RadarFootprint.TARGET_RCS_M2, "m2"),
                DisplayFormat.quantity(r.detectionRangeM(RadarFootprint.TARGET_RCS_M2), "m"), "",
                "R\u00a0=\u00a0R_ref\u00a0(\u03c3/\u03c3_ref)^\u00bc, capped at the instrumented range");
        for (int i = 0; i < r.faces().size(); i++) {
            RadarFace f = r.faces().get(i);
            String fp = p + ".faces[" + i + "]";
            String bore = r.faces().size() == 1 && scenario.uncertainties().containsKey(p + ".boresight")
                    ? p + ".boresight" : fp + ".boresight";
            quantity(g, bore, f.boresightAzimuthRad(), "rad", r.faces().size() == 1 ? "scenario" : src);
            quantity(g, fp + ".half-width", f.halfWidthRad(), "rad", src);
            quantity(g, fp + ".min-elevation", f.minElevationRad(), "rad", src);
            quantity(g, fp + ".max-elevation", f.maxElevationRad(), "rad", src);
        }
    }

    private void site(String systemPath, InterceptorSite site) {
        String p = systemPath + ".sites." + site.id();
        String g = "site " + site.id();
        Interceptor it = site.interceptor();
        String src = source(Catalog.Kind.INTERCEPTORS, it.id());
        add(g, p + ".position", DisplayFormat.latLon(site.position().latitudeRad(), site.position().longitudeRad())
                + (site.kind() == InterceptorSite.Kind.SEA ? " (at sea)" : ""), "scenario");
        add(g, p + ".count", Integer.toString(site.count()), "scenario");
        add(g, p + ".interceptor", it.id() + " (" + it.name() + ")", "scenario");
        String ip = p + ".interceptor";
        quantity(g, ip + ".burnout-speed", it.burnoutSpeedMps(), "m/s", src);
        quantity(g, ip + ".burn-time", it.burnTimeS(), "s", src);
        add(g, ip + ".stages", Integer.toString(it.stages()), src);
        quantity(g, ip + ".min-altitude", it.minInterceptAltitudeM(), "m", src);
        quantity(g, ip + ".max-altitude", it.maxInterceptAltitudeM(), "m", src);
        quantity(g, ip + ".max-flight-time", it.maxFlightTimeS(), "s", src);
        quantity(g, ip + ".launch-delay", it.launchDelayS(), "s", src);
        quantity(g, ip + ".min-range", it.minRangeM(), "m", src);
        quantity(g, ip + ".max-range", it.maxRangeM(), "m", src);
    }

    private void threatSet(ThreatSet ts) {
        String p = "threat-sets." + ts.id();
        String g = "threat set " + ts.id();
        List<String> areas = new ArrayList<>();
        for (LaunchArea a : ts.launchAreas()) {
            if (a instanceof LaunchArea.Point pt) {
                areas.add(a.id() + " (" + DisplayFormat.latLon(pt.position().latitudeRad(),
                        pt.position().longitudeRad()) + ")");
            } else if (a instanceof LaunchArea.Polygon poly) {
                areas.add(a.id() + " (polygon of " + poly.vertices().size() + " vertices, sampled every "
                        + DisplayFormat.quantity(poly.spacingM(), "m") + ")");
            }
        }
        add(g, p + ".launch-areas", String.join("; ", areas), "scenario");
        String targets;
        if (ts.targets() instanceof TargetSet.Cities c) {
            targets = "cities of at least " + DisplayFormat.fixed(c.minPopulation(), 0, true) + " people in region "
                    + c.regionId() + " (GeoNames)";
        } else if (ts.targets() instanceof TargetSet.Grid gr) {
            targets = "grid every " + DisplayFormat.quantity(gr.spacingRad(), "rad") + " over region " + gr.regionId();
        } else {
            List<String> pts = new ArrayList<>();
            for (TargetSet.NamedPoint np : ((TargetSet.Points) ts.targets()).points()) {
                pts.add(np.id());
            }
            targets = String.join(", ", pts);
        }
        add(g, p + ".targets", targets, "scenario");
        add(g, p + ".shapes", String.join(", ", ts.shapes().stream().map(Shape::label).toList()), "scenario");
        for (int i = 0; i < ts.missiles().size(); i++) {
            Missile m = ts.missiles().get(i);
            String mp = p + ".missiles[" + i + "]";
            String src = source(Catalog.Kind.MISSILES, m.id());
            add(g, mp, m.id() + ": " + m.stages().size() + (m.stages().size() == 1 ? " stage" : " stages")
                    + ", launch mass " + DisplayFormat.fixed(m.launchMassKg(), 0, true) + " kg, payload "
                    + DisplayFormat.fixed(m.payloadMassKg(), 0, true) + " kg, ideal \u0394v "
                    + DisplayFormat.quantity(m.idealDeltaVMps(), "m/s"), src);
            quantity(g, mp + ".burn-time", m.burnTimeS(), "s", src);
        }
    }

    private String source(Catalog.Kind kind, String id) {
        return catalog.find(kind, id).isPresent() ? "catalog " + id : "scenario";
    }

    private void add(String group, String path, String value, String source) {
        add(group, path, value, rangeText(path), source);
    }

    private void add(String group, String path, String value, String range, String source) {
        rows.add(new Row(group, path, value, range, source));
    }

    private void quantity(String group, String path, double v, String unit, String source) {
        add(group, path, DisplayFormat.quantity(v, unit), rangeText(path, unit), source);
    }

    private String rangeText(String path) {
        return rangeText(path, unitOf(path));
    }

    private String rangeText(String path, String unit) {
        Scenario.Range r = scenario.uncertainties().get(path);
        if (r == null) {
            return "";
        }
        shownRanges.add(path);
        return range(r, unit);
    }

    private static String range(Scenario.Range r, String unit) {
        return DisplayFormat.quantity(r.low(), unit) + " \u2013 " + DisplayFormat.quantity(r.high(), unit);
    }

    /** The SI unit of a parameter path, from its field name. */
    static String unitOf(String path) {
        return org.plumbline.core.assessment.ParameterPaths.unit(path);
    }
}
