package org.plumbline.report;

import java.util.Map;

import org.plumbline.core.assessment.CriterionResult;
import org.plumbline.core.assessment.Margin;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.io.JsonWriter;

/**
 * {@code report.json}, also printed by {@code plumbline assess --format json}: the version, the
 * inputs' hash, and per scenario each criterion's verdict, value, threshold, corner values, margins
 * and evidence, with summary metrics. Numbers are SI (fractions 0..1) with fixed decimals; a value
 * no threat produces (no intercept at all) is the string {@code "none"}, an undefined one
 * {@code "undefined"}. Deterministic: the same report gives the same bytes.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static String write(Report report) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("plumbline").value(report.version());
        w.name("inputsSha256").value(report.inputsSha256());
        if (!report.timestamp().isEmpty()) {
            w.name("timestamp").value(report.timestamp());
        }
        w.name("scenarios").beginArray();
        for (ScenarioAssessment s : report.scenarios()) {
            scenario(w, s);
        }
        w.endArray();
        return w.endObject().toString();
    }

    private static void scenario(JsonWriter w, ScenarioAssessment s) {
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
}
