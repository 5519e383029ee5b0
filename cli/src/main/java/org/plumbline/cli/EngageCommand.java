package org.plumbline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.engagement.DefenceEvaluation;
import org.plumbline.core.engagement.EngagementWindow;
import org.plumbline.core.engagement.InterceptPoint;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.sensor.DetectionInterval;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.io.Geography;
import org.plumbline.io.InputException;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.MissileSpecs;
import org.plumbline.io.Places;
import org.plumbline.io.Quantities;
import org.plumbline.io.Suggest;
import org.plumbline.io.TrajectoryOutput;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioReader;
import org.plumbline.report.EngageResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline engage}: one threat trajectory against every interceptor site of a deployment. */
@Command(name = "engage", mixinStandardHelpOptions = true,
        description = {"Fly one threat and evaluate every interceptor site against it: sensor detections and tracks, "
                + "earliest interceptor launch, engagement window, shoot-look-shoot opportunities, and critical "
                + "values (lowest burnout speed and longest total delay that keep the pair feasible)."},
        footer = {"%nExamples:",
            "  plumbline engage epaa-phase-2 --launch semnan --target bucharest --missile shahab-3",
            "  plumbline engage --site 44.077,24.416:sm3-ib --radar 38.349,37.794:an-tpy-2:90 \\",
            "      --launch 35.235,53.921 --target 44.43,26.10 --missile range=2500km",
            "%nPLACE is LAT,LON (decimal degrees) or a catalog place id (plumbline catalog places).",
            "Exit codes: 0 answered, 1 internal error, 2 bad input."})
final class EngageCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "A scenario file or built-in name.")
    String scenario;

    @Option(names = "--launch", required = true, paramLabel = "PLACE", description = "Threat launch point.")
    String launch;

    @Option(names = "--target", required = true, paramLabel = "PLACE", description = "Threat target.")
    String target;

    @Option(names = "--missile", required = true, paramLabel = "SPEC", description = "Threat missile.")
    String missile;

    @Option(names = "--shape", paramLabel = "SHAPE", defaultValue = "minimum-energy",
            converter = Converters.ShapeConverter.class, description = "Trajectory shape (default minimum-energy).")
    Shape shape;

    @Option(names = "--site", paramLabel = "LAT,LON:INTERCEPTOR", description = "Inline interceptor site (repeatable).")
    List<String> sites = new ArrayList<>();

    @Option(names = "--radar", paramLabel = "LAT,LON:RADAR[:BORESIGHT_AZ_DEG]", description = "Inline radar (repeatable).")
    List<String> radars = new ArrayList<>();

    @picocli.CommandLine.Mixin
    EngagementOptions engagement = new EngagementOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    String format;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("plumbline engage: --format: expected text or json, found \"" + format + "\"");
            return Main.BAD_INPUT;
        }
        if (!engagement.check("engage", err)) {
            return Main.BAD_INPUT;
        }
        if ((scenario == null) == sites.isEmpty() && radars.isEmpty()) {
            err.println("plumbline engage: expected a SCENARIO or inline --site/--radar options, found "
                    + (scenario == null ? "neither" : "both"));
            return Main.BAD_INPUT;
        }
        if (scenario != null && (!sites.isEmpty() || !radars.isEmpty())) {
            err.println("plumbline engage: expected a SCENARIO or inline --site/--radar options, found both");
            return Main.BAD_INPUT;
        }
        List<String> inline = inlineProblems();
        if (!inline.isEmpty()) {
            inline.forEach(problem -> err.println("plumbline engage: " + problem));
            return Main.BAD_INPUT;
        }
        GeodeticPoint from;
        GeodeticPoint to;
        try {
            from = place("--launch", launch);
            to = place("--target", target);
        } catch (InputException e) {
            err.println("plumbline engage: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Scenario s;
        try {
            s = scenario != null ? ScenarioReader.standard().read(scenario)
                    : ScenarioReader.standard().parse("command line", inlineScenario());
        } catch (ProblemReport r) {
            err.print(r.describe());
            err.println("plumbline engage: " + r.getMessage() + " in " + (scenario != null ? scenario : "the inline "
                    + "--site/--radar options"));
            return Main.BAD_INPUT;
        } catch (InputException e) {
            err.println("plumbline engage: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Missile m;
        try {
            m = MissileSpecs.resolve(missile, FlightSettings.DEFAULT);
        } catch (InputException e) {
            err.println("plumbline engage: --missile: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        EngageResult result = EngageResult.of(s, m, from, to, shape, engagement.rcsM2, engagement.assessmentS,
                Geography.builtin().regions());
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.print(result.json());
        } else if (result.result() instanceof TargetingResult.Unreachable u) {
            out.printf(Locale.ROOT, "The target is unreachable: %s (distance %,.0f km, maximum range %,.0f km)%n",
                    u.reason(), u.distanceM() / 1000, u.maxRangeM() / 1000);
        } else {
            out.print(text(s, m, result.trajectory(), result.timelines(), result.cues(), result.sites()));
        }
        out.flush();
        return 0;
    }

    private static GeodeticPoint place(String option, String text) throws InputException {
        return org.plumbline.io.scenario.CatalogPlaces.resolve(option, text);
    }

    /**
     * The problems of the inline --site and --radar options, each naming its option, all of them: the
     * form, the position, the catalog id (with the catalog's ids and the nearest one) and the boresight.
     */
    private List<String> inlineProblems() {
        List<String> problems = new ArrayList<>();
        for (String site : sites) {
            String[] p = site.split(":");
            if (p.length != 2) {
                problems.add("--site: expected LAT,LON:INTERCEPTOR, found \"" + site + "\"");
                continue;
            }
            position("--site", p[0], problems);
            catalogId("--site", Catalog.Kind.INTERCEPTORS, "an interceptor", p[1], problems);
        }
        for (String radar : radars) {
            String[] p = radar.split(":");
            if (p.length < 2 || p.length > 3) {
                problems.add("--radar: expected LAT,LON:RADAR[:BORESIGHT_AZ_DEG], found \"" + radar + "\"");
                continue;
            }
            position("--radar", p[0], problems);
            catalogId("--radar", Catalog.Kind.RADARS, "a radar", p[1], problems);
            if (p.length == 3) {
                try {
                    Quantities.angleRad(p[2]);
                } catch (InputException e) {
                    problems.add("--radar: boresight: " + e.getMessage());
                }
            }
        }
        return problems;
    }

    private static void position(String option, String text, List<String> problems) {
        try {
            Places.parse(text);
        } catch (InputException e) {
            problems.add(option + ": " + e.getMessage());
        }
    }

    private static void catalogId(String option, Catalog.Kind kind, String what, String id, List<String> problems) {
        Set<String> ids = Catalog.builtin().entries(kind).keySet();
        if (!ids.contains(id)) {
            String near = Suggest.nearest(id, ids);
            problems.add(option + ": expected " + what + " of the catalog (" + String.join(", ", ids) + "), found \""
                    + id + "\"" + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
        }
    }

    /** The inline options as a scenario document, so that they get the same checks as a file. */
    private String inlineScenario() throws InputException {
        StringBuilder y = new StringBuilder("plumbline: 1\nid: inline\nparties: {inline: {name: inline}}\n"
                + "systems:\n  inline:\n    party: inline\n    launch-on-remote: true\n");
        if (!radars.isEmpty()) {
            y.append("    radars:\n");
            for (int i = 0; i < radars.size(); i++) {
                String[] p = radars.get(i).split(":");
                if (p.length < 2 || p.length > 3) {
                    throw new InputException("--radar: expected LAT,LON:RADAR[:BORESIGHT_AZ_DEG], found \""
                            + radars.get(i) + "\"");
                }
                GeodeticPoint g = Places.parse(p[0]);
                y.append(String.format(Locale.ROOT, "      radar-%d: {type: %s, position: \"%s, %s\"%s}%n", i + 1,
                        quote(p[1]), JsonWriter.format(g.latitudeDeg(), 6), JsonWriter.format(g.longitudeDeg(), 6),
                        p.length == 3 ? ", boresight: " + Quantities.angleRad(p[2]) * 180 / Math.PI + " deg" : ""));
            }
        }
        if (!sites.isEmpty()) {
            y.append("    sites:\n");
            for (int i = 0; i < sites.size(); i++) {
                String[] p = sites.get(i).split(":");
                if (p.length != 2) {
                    throw new InputException("--site: expected LAT,LON:INTERCEPTOR, found \"" + sites.get(i) + "\"");
                }
                GeodeticPoint g = Places.parse(p[0]);
                y.append(String.format(Locale.ROOT, "      site-%d: {position: \"%s, %s\", interceptor: %s, count: 1}%n",
                        i + 1, JsonWriter.format(g.latitudeDeg(), 6), JsonWriter.format(g.longitudeDeg(), 6),
                        quote(p[1])));
            }
        }
        return y.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String text(Scenario s, Missile m, Trajectory t, Map<String, RadarTimeline> timelines,
                        List<DefenceEvaluation.Cue> cues, List<DefenceEvaluation.SiteResult> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s against %s (%s): %s -> %s%n", s.id(), m.id(), shape.label(),
                TrajectoryOutput.latLon(t.launch()), TrajectoryOutput.latLon(t.impact())));
        b.append(String.format(Locale.ROOT, "  threat: %,.0f km, %.0f s flight, burnout %.0f s at %.2f km/s, apogee %,.0f km "
                        + "at %.0f s, threat cross-section %.3g m2%n", t.groundRangeM() / 1000, t.flightTimeS(),
                t.burnoutTimeS(), t.burnoutSpeedMps() / 1000, t.apogeeAltitudeM() / 1000, t.apogeeTimeS(),
                engagement.rcsM2));
        b.append("\nSensors\n");
        for (RadarTimeline rt : timelines.values()) {
            if (rt.detections().isEmpty()) {
                b.append(String.format(Locale.ROOT, "  %-18s no detection%n", rt.radarId()));
            }
            for (int i = 0; i < rt.detections().size(); i++) {
                DetectionInterval d = rt.detections().get(i);
                b.append(String.format(Locale.ROOT, "  %-18s detects %6.0f-%6.0f s", i == 0 ? rt.radarId() : "",
                        d.startS(), d.endS()));
                if (i < rt.tracks().size()) {
                    b.append(String.format(Locale.ROOT, ", track reported at %.0f s", rt.tracks().get(i).reportedS()));
                }
                b.append('\n');
            }
        }
        for (DefenceEvaluation.Cue c : cues) {
            b.append(String.format(Locale.ROOT, "  %-18s %s%n", c.satelliteId(), c.reported()
                    ? String.format(Locale.ROOT, "launch warning at %.0f s (cue only)", c.timeS()) : "no launch warning"));
        }
        b.append("\nInterceptor sites\n");
        for (DefenceEvaluation.SiteResult r : results) {
            EngagementWindow e = r.window();
            b.append(String.format(Locale.ROOT, "  %-18s %-10s ", r.site().id(), r.site().interceptor().id()));
            if (!e.feasible()) {
                b.append("NO ENGAGEMENT: ").append(e.reason()).append('\n');
            } else {
                b.append(String.format(Locale.ROOT, "track %.0f s, launch from %.0f s, intercepts %.0f-%.0f s, "
                                + "%d shot(s)%n", r.track().firstS(), e.earliestLaunchS(), e.firstInterceptS(),
                        e.lastInterceptS(), e.opportunities()));
                for (InterceptPoint p : e.intercepts()) {
                    b.append(String.format(Locale.ROOT, "      intercept at %.0f s, %,.0f km altitude, %,.0f km from the "
                                    + "site, closing %.1f km/s, crossing %.0f deg%n", p.tS(), p.altitudeM() / 1000,
                            p.groundRangeM() / 1000, p.closingSpeedMps() / 1000, Math.toDegrees(p.crossingAngleRad())));
                }
            }
            b.append(String.format(Locale.ROOT, "      critical burnout speed %s, critical total delay %s%n",
                    r.criticalBurnoutSpeed().found() ? String.format(Locale.ROOT, "%.2f km/s",
                            r.criticalBurnoutSpeed().value() / 1000) : "none",
                    e.criticalDelayS() >= 0 ? String.format(Locale.ROOT, "%.0f s", e.criticalDelayS()) : "none"));
        }
        return b.toString();
    }
}
