package org.plumbline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DataExchange;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.Sector;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.TrajectoryOutput;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioJson;
import org.plumbline.io.scenario.ScenarioReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline check}: validate a scenario and summarise what it declares. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate a scenario file (or a built-in scenario by name) and print a one-screen summary.",
            "All problems are reported together as file:line:column field.path: expected ..., found ... (hint)."},
        footer = {"%nExamples:%n  plumbline check epaa-phase-3%n  plumbline check my-scenario.yaml",
            "Exit codes: 0 valid, 1 internal error, 2 the scenario has problems."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|NAME", description = "A scenario file or a built-in scenario name.")
    String scenario;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a summary) or json ({valid, scenario} or {valid: false, problems}, as the web API).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("plumbline check: --format: expected text or json, found \"" + format
                    + "\"");
            return Main.BAD_INPUT;
        }
        Scenario s;
        try {
            s = ScenarioReader.standard().read(scenario);
        } catch (ProblemReport r) {
            PrintWriter err = spec.commandLine().getErr();
            if (format.equals("json")) {
                out.print(ScenarioJson.invalid(r.problems()));
                out.flush();
            }
            err.print(r.describe());
            err.println("plumbline check: " + r.getMessage() + " in " + scenario);
            err.flush();
            return Main.BAD_INPUT;
        }
        out.print(format.equals("json") ? ScenarioJson.valid(s) : summary(s));
        out.flush();
        return 0;
    }

    static String summary(Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %s%n", s.id(), s.title()));
        for (DefenceSystem sys : s.systems()) {
            b.append(String.format(Locale.ROOT, "  system %s (party %s)%s, delays %.0f s + %.0f s%n", sys.id(),
                    sys.partyId(), sys.launchOnRemote() ? ", launch on remote" : "",
                    sys.delays().detectionToDecisionS(), sys.delays().decisionToLaunchS()));
            for (Radar r : sys.radars()) {
                b.append(String.format(Locale.ROOT, "    radar %-16s %-10s %s  %d face(s), %,.0f km vs %.3g m2%n",
                        r.id(), r.type(), TrajectoryOutput.latLon(r.position()), r.faces().size(),
                        r.detectionRangeM() / 1000, r.referenceRcsM2()));
            }
            sys.satellites().forEach(e -> b.append(String.format(Locale.ROOT,
                    "    early warning %s: reports above %.0f km after %.0f s%n", e.id(), e.detectionAltitudeM() / 1000,
                    e.latencyS())));
            for (InterceptorSite site : sys.sites()) {
                b.append(String.format(Locale.ROOT, "    site  %-16s %-4s %s  %3d x %s (%.2f km/s)%n", site.id(),
                        site.kind() == InterceptorSite.Kind.SEA ? "sea" : "land",
                        TrajectoryOutput.latLon(site.position()), site.count(), site.interceptor().id(),
                        site.interceptor().burnoutSpeedMps() / 1000));
            }
        }
        for (DataExchange d : s.dataExchange()) {
            b.append(String.format(Locale.ROOT, "  data exchange %s -> %s: %s, %.0f s%n", d.fromSystemId(),
                    d.toSystemId(), d.shared() == DataExchange.Shared.TRACKS ? "tracks" : "launch warning",
                    d.latencyS()));
        }
        for (Sector sec : s.sectors()) {
            b.append(String.format(Locale.ROOT, "  sector %s: %s%n", sec.systemId(), sec.regionId()));
        }
        for (ThreatSet t : s.threatSets()) {
            b.append(String.format(Locale.ROOT, "  threats %s: %d launch area(s) [%s], missiles [%s], targets %s, "
                            + "shapes [%s]%n", t.id(), t.launchAreas().size(),
                    String.join(", ", t.launchAreas().stream().map(LaunchArea::id).toList()),
                    String.join(", ", t.missiles().stream().map(Missile::id).toList()), targets(t.targets()),
                    String.join(", ", t.shapes().stream().map(Shape::label).toList())));
        }
        for (Criterion c : s.criteria()) {
            b.append(String.format(Locale.ROOT, "  criterion %s: %s %s %s%s%n", c.id(), c.metric().label(),
                    c.comparison().label(), org.plumbline.io.JsonWriter.format(c.threshold(), 4),
                    c.metric().unit().isEmpty() ? "" : " " + c.metric().unit()));
        }
        b.append(String.format(Locale.ROOT, "  %d parameter(s) with an uncertainty range%n", s.uncertainties().size()));
        return b.toString();
    }

    private static String targets(TargetSet t) {
        if (t instanceof TargetSet.Points p) {
            return p.points().size() + " point(s)";
        }
        if (t instanceof TargetSet.Cities c) {
            return String.format(Locale.ROOT, "cities of %,.0f+ in %s", c.minPopulation(), c.regionId());
        }
        TargetSet.Grid g = (TargetSet.Grid) t;
        return String.format(Locale.ROOT, "grid of %.2f deg over %s", Math.toDegrees(g.spacingRad()), g.regionId());
    }
}
