package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.core.assessment.CriterionResult;
import org.plumbline.core.assessment.Footprint;
import org.plumbline.core.assessment.Margin;
import org.plumbline.core.assessment.Route;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.io.Geography;
import org.plumbline.io.JsonWriter;

/**
 * {@code report.json}, also printed by {@code plumbline assess --format json}: the version, the
 * inputs' hash, and per scenario each criterion's verdict, value, threshold, corner values, margins
 * and evidence, with summary metrics. Numbers are SI (fractions 0..1) with fixed decimals; a value
 * no threat produces (no intercept at all) is the string {@code "none"}, an undefined one
 * {@code "undefined"}. Deterministic: the same report gives the same bytes.
 *
 * <p>A scenario with a defended-area criterion over a grid threat set also has
 * {@code defendedAreaMaps} (counts, areas, population and a run-length raster of the cells,
 * {@link DefendedAreaMap}); a report that maps routes has {@code routes} (the engageable share of
 * each base-to-target route, {@link Route}). Without them these keys are absent, so other reports keep
 * their bytes. The encoding is documented in docs/assessment.md, "Defended-area maps".
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static String write(Report report) {
        return write(report, Geography::builtin);
    }

    /**
     * The text, with the geography that defended-area maps count population with (asked for only
     * when a scenario has such a map).
     */
    public static String write(Report report, java.util.function.Supplier<Geography> geography) {
        return write(report, new DefendedAreaMaps(geography));
    }

    /** The text, with the scenarios' defended-area maps taken from {@code areaMaps}. */
    public static String write(Report report, DefendedAreaMaps areaMaps) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("plumbline").value(report.version());
        w.name("inputsSha256").value(report.inputsSha256());
        if (!report.timestamp().isEmpty()) {
            w.name("timestamp").value(report.timestamp());
        }
        w.name("scenarios").beginArray();
        for (ScenarioAssessment s : report.scenarios()) {
            scenario(w, s, report.routeThreatSets(), areaMaps);
        }
        w.endArray();
        return w.endObject().toString();
    }

    private static void scenario(JsonWriter w, ScenarioAssessment s, List<String> routeSets, DefendedAreaMaps areaMaps) {
        w.beginObject().name("id").value(s.scenario().id()).name("title").value(s.scenario().title());
        w.name("allPass").value(s.allPass());
        w.name("criteria").beginArray();
        for (CriterionResult c : s.criteria()) {
            criterion(w, s, c);
        }
        w.endArray();
        w.name("metrics").beginObject();
        for (Map.Entry<String, Double> m : s.metrics().entrySet()) {
            w.name(m.getKey());
            number(w, m.getValue(), 6);
        }
        w.endObject();
        List<DefendedAreaMap> maps = areaMaps.of(s);
        if (!maps.isEmpty()) {
            w.name("defendedAreaMaps").beginArray();
            maps.forEach(m -> defendedAreaMap(w, m));
            w.endArray();
        }
        List<Route> routes = new ArrayList<>();
        for (String set : routeSets) {
            routes.addAll(Route.of(s, set, Set.of()));
        }
        if (!routes.isEmpty()) {
            w.name("routes").beginArray();
            routes.forEach(r -> route(w, r));
            w.endArray();
        }
        w.endObject();
    }

    /** A defended-area map: counts, areas, population and the run-length raster (docs/assessment.md). */
    public static void defendedAreaMap(JsonWriter w, DefendedAreaMap m) {
        Footprint f = m.footprint();
        w.beginObject().name("threatSet").value(m.threatSetId()).name("region").value(m.regionId());
        w.name("systems").beginArray();
        m.systemIds().forEach(w::value);
        w.endArray();
        w.name("spacingRad").value(f.spacingRad(), 9);
        w.name("cells").beginObject().name("defended").value(f.count(Footprint.Status.DEFENDED))
                .name("undefended").value(f.count(Footprint.Status.UNDEFENDED))
                .name("notThreatened").value(f.count(Footprint.Status.NOT_THREATENED)).endObject();
        w.name("areaM2").beginObject().name("defended").value(f.areaM2(Footprint.Status.DEFENDED), 0)
                .name("undefended").value(f.areaM2(Footprint.Status.UNDEFENDED), 0)
                .name("notThreatened").value(f.areaM2(Footprint.Status.NOT_THREATENED), 0).endObject();
        w.name("defendedAreaFraction").value(f.defendedFraction(), 6);
        refinement(w, m);
        population(w, m.population());
        w.name("raster").beginObject().name("encoding").value("rows-rle-1").name("rows").beginArray();
        for (DefendedAreaMap.RasterRow r : m.raster()) {
            w.beginObject().name("row").value(r.row()).name("column").value(r.firstColumn()).name("runs")
                    .value(r.runs()).endObject();
        }
        w.endArray().endObject();
        w.endObject();
    }

    /** A base-to-target route with its engageable share. */
    public static void route(JsonWriter w, Route r) {
        w.beginObject().name("threatSet").value(r.threat().threatSetId()).name("launch").value(r.threat().launchAreaId())
                .name("target").value(r.threat().targetId()).name("missile").value(r.threat().missile().id())
                .name("shape").value(r.threat().shape().label()).name("reachable").value(r.reachable());
        if (!r.reachable()) {
            w.name("reason").value(r.unreachableReason());
        } else {
            w.name("engageableShare").value(r.share(), 6).name("engageableS").value(r.engageableS(), 2)
                    .name("flightTimeS").value(r.flightTimeS(), 2);
            w.name("windowsS").beginArray();
            for (double[] x : r.windows()) {
                w.beginArray().value(x[0], 2).value(x[1], 2).endArray();
            }
            w.endArray();
            w.name("engagedBy").beginArray();
            r.sites().forEach(w::value);
            w.endArray();
        }
        w.endObject();
    }

    private static void criterion(JsonWriter w, ScenarioAssessment s, CriterionResult c) {
        Criterion cr = c.criterion();
        int decimals = decimals(cr.metric().unit());
        w.beginObject().name("id").value(cr.id());
        w.name("description").value(cr.description());
        w.name("metric").value(cr.metric().label());
        w.name("unit").value(cr.metric().unit());
        w.name("comparison").value(cr.comparison().label());
        w.name("threshold");
        number(w, cr.threshold(), decimals);
        w.name("verdict").value(c.verdict().label());
        w.name("nominalHolds").value(c.nominalHolds());
        w.name("value");
        number(w, c.value(), decimals);
        w.name("corners").beginObject().name("leastFavourableToDefence");
        number(w, c.lowCornerValue(), decimals);
        w.name("mostFavourableToDefence");
        number(w, c.highCornerValue(), decimals);
        w.endObject();
        if (!cr.threatSetId().isEmpty()) {
            w.name("threatSet").value(cr.threatSetId());
        }
        w.name("margins").beginArray();
        for (Margin m : c.margins()) {
            margin(w, m);
        }
        w.endArray();
        w.name("evidence").beginObject().name("statement").value(c.evidence().statement());
        if (c.evidence().threatIndex() >= 0) {
            ThreatOutcome t = s.threats().get(c.evidence().threatIndex());
            w.name("threat").beginObject().name("threatSet").value(t.threat().threatSetId())
                    .name("launch").value(t.threat().launchAreaId()).name("target").value(t.threat().targetId())
                    .name("missile").value(t.threat().missile().id()).name("shape").value(t.threat().shape().label())
                    .endObject();
        }
        if (!c.evidence().siteId().isEmpty()) {
            w.name("site").value(c.evidence().siteId());
        }
        w.endObject();
        w.endObject();
    }

    private static void margin(JsonWriter w, Margin m) {
        int decimals = decimals(m.unit());
        w.beginObject().name("parameter").value(m.parameter()).name("label").value(m.label()).name("unit")
                .value(m.unit());
        w.name("nominal");
        number(w, m.nominal(), decimals);
        w.name("found").value(m.found());
        if (m.found()) {
            w.name("critical");
            number(w, m.critical(), decimals);
        }
        w.name("searchBounds").beginArray();
        number(w, m.lowerBound(), decimals);
        number(w, m.upperBound(), decimals);
        w.endArray();
        w.name("statement").value(m.statement());
        w.name("curve").beginArray();
        for (Margin.Point p : m.curve()) {
            w.beginObject().name("parameter");
            number(w, p.parameterValue(), decimals);
            w.name("metric");
            number(w, p.metricValue(), 6);
            w.name("holds").value(p.holds()).endObject();
        }
        w.endArray().endObject();
    }

    private static int decimals(String unit) {
        return switch (unit) {
            case "m/s", "s" -> 2;
            case "m" -> 1;
            case "rad" -> 6;
            default -> 6;
        };
    }

    private static void number(JsonWriter w, double v, int decimals) {
        if (Double.isNaN(v)) {
            w.value("undefined");
        } else if (Double.isInfinite(v)) {
            w.value("none");
        } else {
            w.value(v, decimals);
        }
    }

    /**
     * A map's "refinement" member, when it was surveyed (report.json and
     * {@code plumbline footprint --format json} both write it).
     */
    public static void refinement(JsonWriter w, DefendedAreaMap m) {
        Footprint f = m.footprint();
        if (m.surveyed()) {
            int evaluated = f.evaluatedCells();
            w.name("refinement").beginObject().name("factor").value(f.refineFactor())
                    .name("evaluatedCells").value(evaluated).name("inferredCells").value(f.cells().size() - evaluated)
                    .name("outsidePoints").value(f.outsidePoints())
                    .endObject();
        }
    }

    /** A map's "population" member (report.json and {@code plumbline footprint --format json}). */
    public static void population(JsonWriter w, Footprint.Population p) {
        w.name("population").beginObject().name("minPopulation").value(DefendedAreaMap.MIN_POPULATION)
                .name("cities").value(p.cities()).name("defended").value(p.defended(), 0)
                .name("undefended").value(p.undefended(), 0).name("notThreatened").value(p.notThreatened(), 0)
                .name("unassigned").value(p.unassigned(), 0).name("defendedFraction").value(p.defendedFraction(), 6)
                .endObject();
    }
}
