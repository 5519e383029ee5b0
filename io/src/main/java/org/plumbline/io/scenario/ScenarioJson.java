package org.plumbline.io.scenario;

import java.util.List;

import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DataExchange;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.Sector;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarFace;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.JsonWriter;

/**
 * A validated scenario, or the problems of an invalid one, as JSON ({@code plumbline check --format
 * json} and the web API's check): SI units with unit-suffixed names, positions in decimal degrees,
 * angles in degrees ({@code Deg}); items in scenario order.
 */
public final class ScenarioJson {
    private ScenarioJson() {
    }

    /** {"valid": true, "scenario": {...}} for a scenario that was read without problems. */
    public static String valid(Scenario s) {
        JsonWriter w = new JsonWriter().beginObject().name("valid").value(true).name("scenario");
        summary(w, s);
        return w.endObject().toString();
    }

    /** {"valid": false, "problems": [...]} with every problem, in the reader's order. */
    public static String invalid(List<Problem> problems) {
        JsonWriter w = new JsonWriter().beginObject().name("valid").value(false).name("problems");
        problems(w, problems);
        return w.endObject().toString();
    }

    /**
     * Writes the problems as an array: each {file, line, column, path, expected, found, hint, message},
     * message being the line {@code plumbline check} prints.
     */
    public static void problems(JsonWriter w, List<Problem> problems) {
        w.beginArray();
        for (Problem p : problems) {
            w.beginObject().name("file").value(p.file()).name("line").value(p.line()).name("column").value(p.column())
                    .name("path").value(p.path()).name("expected").value(p.expected()).name("found").value(p.found())
                    .name("hint").value(p.hint()).name("message").value(p.toString()).endObject();
        }
        w.endArray();
    }

    /** Writes the scenario's summary object. */
    public static void summary(JsonWriter w, Scenario s) {
        w.beginObject().name("id").value(s.id()).name("title").value(s.title());
        w.name("description").value(s.description());
        w.name("systems").beginArray();
        for (DefenceSystem sys : s.systems()) {
            w.beginObject().name("id").value(sys.id()).name("party").value(sys.partyId())
                    .name("launchOnRemote").value(sys.launchOnRemote());
            w.name("delays").beginObject()
                    .name("detectionToDecisionS").value(sys.delays().detectionToDecisionS(), 2)
                    .name("decisionToLaunchS").value(sys.delays().decisionToLaunchS(), 2).endObject();
            w.name("radars").beginArray();
            for (Radar r : sys.radars()) {
                w.beginObject().name("id").value(r.id()).name("type").value(r.type())
                        .name("latDeg").value(r.position().latitudeDeg(), 6)
                        .name("lonDeg").value(r.position().longitudeDeg(), 6)
                        .name("detectionRangeM").value(r.detectionRangeM(), 1)
                        .name("referenceRcsM2").value(r.referenceRcsM2(), 4);
                w.name("faces").beginArray();
                for (RadarFace f : r.faces()) {
                    w.beginObject().name("boresightDeg").value(Math.toDegrees(f.boresightAzimuthRad()), 2)
                            .name("halfWidthDeg").value(Math.toDegrees(f.halfWidthRad()), 2).endObject();
                }
                w.endArray().endObject();
            }
            w.endArray();
            w.name("satellites").beginArray();
            sys.satellites().forEach(e -> w.value(e.id()));
            w.endArray();
            w.name("sites").beginArray();
            for (InterceptorSite site : sys.sites()) {
                w.beginObject().name("id").value(site.id())
                        .name("kind").value(site.kind() == InterceptorSite.Kind.SEA ? "sea" : "land")
                        .name("latDeg").value(site.position().latitudeDeg(), 6)
                        .name("lonDeg").value(site.position().longitudeDeg(), 6)
                        .name("interceptor").value(site.interceptor().id())
                        .name("interceptorName").value(site.interceptor().name())
                        .name("burnoutSpeedMps").value(site.interceptor().burnoutSpeedMps(), 1)
                        .name("count").value(site.count()).endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("dataExchange").beginArray();
        for (int i = 0; i < s.dataExchange().size(); i++) {
            DataExchange d = s.dataExchange().get(i);
            w.beginObject().name("index").value(i).name("from").value(d.fromSystemId()).name("to").value(d.toSystemId())
                    .name("shared").value(d.shared() == DataExchange.Shared.TRACKS ? "tracks" : "launch-warning")
                    .name("latencyS").value(d.latencyS(), 2).endObject();
        }
        w.endArray();
        w.name("sectors").beginArray();
        for (Sector sec : s.sectors()) {
            w.beginObject().name("system").value(sec.systemId()).name("region").value(sec.regionId()).endObject();
        }
        w.endArray();
        w.name("threatSets").beginArray();
        for (ThreatSet t : s.threatSets()) {
            w.beginObject().name("id").value(t.id());
            w.name("launchAreas").beginArray();
            t.launchAreas().stream().map(LaunchArea::id).forEach(w::value);
            w.endArray().name("missiles").beginArray();
            t.missiles().stream().map(Missile::id).forEach(w::value);
            w.endArray().name("shapes").beginArray();
            t.shapes().stream().map(Shape::label).forEach(w::value);
            w.endArray().endObject();
        }
        w.endArray();
        w.name("criteria").beginArray();
        for (Criterion c : s.criteria()) {
            w.beginObject().name("id").value(c.id()).name("metric").value(c.metric().label())
                    .name("comparison").value(c.comparison().label()).name("threshold").value(c.threshold(), 6)
                    .name("unit").value(c.metric().unit()).endObject();
        }
        w.endArray();
        w.name("uncertainParameters").value(s.uncertainties().size());
        w.endObject();
    }
}
