package org.plumbline.web;

import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.SiteOutcome;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.io.JsonWriter;

/**
 * One assessed threat's engagement timeline for the page's chart: altitude against time (the samples
 * the assessment keeps for display, every 10 s) and every site's window at the nominal inputs. SI units.
 */
final class ThreatTimeline {
    private ThreatTimeline() {
    }

    /**
     * The timeline of the threat with this threat set and label.
     *
     * @throws ApiException 404 when the assessment has no such threat
     */
    static String json(ScenarioAssessment a, String threatSet, String label) {
        ThreatOutcome t = a.threats().stream()
                .filter(x -> x.threat().threatSetId().equals(threatSet) && x.label().equals(label))
                .findFirst().orElseThrow(() -> new ApiException(404, "no threat \"" + label + "\" in threat set \""
                        + threatSet + "\" of " + a.scenario().id()));
        JsonWriter w = new JsonWriter().beginObject();
        w.name("scenario").value(a.scenario().id()).name("threatSet").value(threatSet).name("threat").value(label);
        w.name("missile").value(t.threat().missile().id()).name("launch").value(t.threat().launchAreaId())
                .name("target").value(t.threat().targetId()).name("shape").value(t.threat().shape().label());
        w.name("reachable").value(t.reachable());
        if (!t.reachable()) {
            w.name("reason").value(t.unreachableReason());
            return w.endObject().toString();
        }
        w.name("engageable").value(t.engageable());
        w.name("flightTimeS").value(t.trajectory().flightTimeS(), 1)
                .name("apogeeAltitudeM").value(t.trajectory().apogeeAltitudeM(), 0);
        w.name("samples").beginArray();
        for (TrajectorySample s : t.trajectory().samples()) {
            w.beginArray().value(s.tS(), 1).value(s.altitudeM(), 0).endArray();
        }
        w.endArray();
        w.name("sites").beginArray();
        for (SiteOutcome o : t.sites()) {
            w.beginObject().name("siteId").value(o.siteId()).name("system").value(o.systemId())
                    .name("feasible").value(o.feasible());
            if (!o.feasible()) {
                w.name("reason").value(o.reason());
            }
            finite(w, "earliestLaunchS", o.earliestLaunchS(), 1);
            if (o.feasible()) {
                finite(w, "firstInterceptS", o.firstInterceptS(), 1);
                finite(w, "lastInterceptS", o.lastInterceptS(), 1);
                finite(w, "lowestInterceptAltitudeM", o.lowestInterceptAltitudeM(), 0);
                w.name("opportunities").value(o.opportunities());
            }
            w.endObject();
        }
        w.endArray();
        return w.endObject().toString();
    }

    private static void finite(JsonWriter w, String name, double v, int decimals) {
        if (Double.isFinite(v)) {
            w.name(name).value(v, decimals);
        }
    }
}
