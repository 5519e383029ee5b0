package org.plumbline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plumbline.core.assessment.Assessor;
import org.plumbline.core.assessment.Footprint;
import org.plumbline.core.assessment.Progress;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.Geography;
import org.plumbline.io.InputException;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.MissileSpecs;
import org.plumbline.io.Places;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioReader;
import org.plumbline.report.FootprintGeoJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline footprint}: the area a deployment defends against launches from one place. */
@Command(name = "footprint", mixinStandardHelpOptions = true,
        description = {"Map the area a deployment defends against missiles from one launch area: every cell of a grid",
            "over a region is a target; a cell is defended when every missile that reaches it is engageable by some",
            "site of the scenario (minimum-energy trajectories, nominal inputs)."},
        footer = {"%nExamples:",
            "  plumbline footprint epaa-phase-3 --launch semnan",
            "  plumbline footprint epaa-phase-2 --launch tabriz --missile shahab-3 --spacing 0.5 --out fp",
            "%nWrites footprint.geojson (strips of cells by status) to --out and prints the defended area.",
            "Exit codes: 0 answered, 1 internal error, 2 bad input."})
final class FootprintCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file or built-in name.")
    String scenario;

    @Option(names = "--launch", required = true, paramLabel = "AREA",
            description = "A launch area of the scenario's threat sets, a catalog place or LAT,LON.")
    String launch;

    @Option(names = "--missile", paramLabel = "SPEC", description = "Missiles to fly (repeatable; default: the "
            + "missiles the scenario's threat sets fly from this launch area).")
    List<String> missiles = new ArrayList<>();

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "nato-europe-2013",
            description = "Region to map (default ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--spacing", paramLabel = "DEG", defaultValue = "0.25",
            description = "Grid spacing along meridians, degrees, 0.05 to 5 (default ${DEFAULT-VALUE}).")
    double spacingDeg;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "plumbline-report",
            description = "Folder for footprint.geojson (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    String format;

    @picocli.CommandLine.Mixin
    EngagementOptions engagement = new EngagementOptions();

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("plumbline footprint: --format: expected text or json, found \"" + format + "\"");
            return Main.BAD_INPUT;
        }
        if (!(spacingDeg >= 0.05 && spacingDeg <= 5)) {
            err.println("plumbline footprint: --spacing: expected 0.05 to 5 degrees, found " + spacingDeg);
            return Main.BAD_INPUT;
        }
        if (!ScenarioReader.REGIONS.contains(region)) {
            err.println("plumbline footprint: --region: expected one of " + String.join(", ", ScenarioReader.REGIONS)
                    + ", found \"" + region + "\"");
            return Main.BAD_INPUT;
        }
        if (!engagement.check("footprint", err)) {
            return Main.BAD_INPUT;
        }
        if (OutputFolder.problem(out) != null) {
            err.println("plumbline footprint: " + OutputFolder.problem(out));
            return Main.BAD_INPUT;
        }
        Scenario s;
        try {
            s = ScenarioReader.standard().read(scenario);
        } catch (ProblemReport r) {
            err.print(r.describe());
            err.println("plumbline footprint: " + r.getMessage() + " in " + scenario);
            return Main.BAD_INPUT;
        }
        LaunchArea area;
        List<Missile> flown = new ArrayList<>();
        try {
            area = launchArea(s);
            for (String m : missiles) {
                flown.add(MissileSpecs.resolve(m, FlightSettings.DEFAULT));
            }
        } catch (InputException e) {
            err.println("plumbline footprint: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (flown.isEmpty()) {
            for (ThreatSet t : s.threatSets()) {
                if (t.launchAreas().stream().anyMatch(a -> a.id().equals(area.id()))) {
                    t.missiles().stream().filter(m -> !flown.contains(m)).forEach(flown::add);
                }
            }
        }
        if (flown.isEmpty()) {
            err.println("plumbline footprint: --missile: expected at least one missile (no threat set of " + s.id()
                    + " flies from \"" + launch + "\")");
            return Main.BAD_INPUT;
        }
        String setId = "footprint";
        ThreatSet grid = new ThreatSet(setId, List.of(area), flown,
                new TargetSet.Grid(region, Math.toRadians(spacingDeg)), List.of(Shape.MINIMUM_ENERGY));
        List<ThreatSet> sets = new ArrayList<>(s.threatSets());
        sets.removeIf(t -> t.id().equals(setId));
        sets.add(grid);
        Criterion area2 = new Criterion("defended-area", "The defended share of the threatened area.",
                Criterion.Metric.DEFENDED_AREA_FRACTION, Criterion.Comparison.AT_LEAST, 0.0, setId, List.of(), region,
                List.of());
        Scenario variant = new Scenario(s.id(), s.title(), s.description(), s.assumptions(), s.sources(),
                s.parties(), s.systems(), s.dataExchange(), s.sectors(), sets, List.of(area2), s.uncertainties());
        Assessor.Settings settings = Assessor.Settings.defaults();
        settings = new Assessor.Settings(settings.earth(), settings.flight(), engagement.rcsM2,
                engagement.assessmentS, settings.lineOfSight(), settings.threads());
        Geography geo = Geography.builtin();
        AssessCommand.ProgressBar bar = new AssessCommand.ProgressBar(err, AssessCommand.ProgressBar.stderrIsATerminal());
        bar.scenario(s.id(), 1, 1);
        ScenarioAssessment a;
        try (Assessor assessor = new Assessor(settings, geo.regions(), geo.cities())) {
            a = assessor.assess(variant, bar);
        } finally {
            bar.finish();
        }
        Footprint f = Footprint.of(a, setId, Math.toRadians(spacingDeg));
        double low = a.criteria().get(0).lowCornerValue();
        double high = a.criteria().get(0).highCornerValue();
        try {
            OutputFolder.write(out, java.util.Map.of("footprint.geojson", FootprintGeoJson.write(f, s.id(), area.id())));
        } catch (IOException e) {
            err.println("plumbline footprint: --out: could not write to \"" + out + "\": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        PrintWriter o = spec.commandLine().getOut();
        if (format.equals("json")) {
            o.print(json(s, area, flown, f, low, high));
        } else {
            o.printf(Locale.ROOT, "%s: defended area against %s from %s over %s, %.2f deg grid (%d cells)%n", s.id(),
                    String.join(", ", flown.stream().map(Missile::id).toList()), area.id(), region, spacingDeg,
                    f.cells().size());
            o.printf(Locale.ROOT, "  defended      %,12.0f km2%n", f.areaM2(Footprint.Status.DEFENDED) / 1e6);
            o.printf(Locale.ROOT, "  undefended    %,12.0f km2%n", f.areaM2(Footprint.Status.UNDEFENDED) / 1e6);
            o.printf(Locale.ROOT, "  not threatened%,12.0f km2 (no missile reaches it)%n",
                    f.areaM2(Footprint.Status.NOT_THREATENED) / 1e6);
            o.printf(Locale.ROOT, "  defended share of the threatened area %.1f %% (corners of the uncertainty "
                    + "ranges: %.1f %% to %.1f %%)%n", 100 * f.defendedFraction(), 100 * low, 100 * high);
            o.printf(Locale.ROOT, "%nMap: %s%n", out.resolve("footprint.geojson"));
        }
        o.flush();
        return 0;
    }

    private LaunchArea launchArea(Scenario s) throws InputException {
        for (ThreatSet t : s.threatSets()) {
            for (LaunchArea a : t.launchAreas()) {
                if (a.id().equals(launch)) {
                    return a;
                }
            }
        }
        var place = Catalog.builtin().find(Catalog.Kind.PLACES, launch);
        if (place.isPresent()) {
            return new LaunchArea.Point(launch, ScenarioReader.placePosition(place.get()));
        }
        try {
            GeodeticPoint p = Places.parse(launch);
            return new LaunchArea.Point(String.format(Locale.ROOT, "%.4f,%.4f", p.latitudeDeg(), p.longitudeDeg()), p);
        } catch (InputException e) {
            throw new InputException("--launch: expected a launch area of the scenario, a catalog place or LAT,LON, "
                    + "found \"" + launch + "\"");
        }
    }

    private String json(Scenario s, LaunchArea area, List<Missile> flown, Footprint f, double low, double high) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("plumbline").value(Main.version());
        w.name("scenario").value(s.id()).name("launch").value(area.id()).name("region").value(region);
        w.name("missiles").beginArray();
        flown.forEach(m -> w.value(m.id()));
        w.endArray();
        w.name("spacingDeg").value(spacingDeg, 4).name("cells").value(f.cells().size());
        w.name("defendedM2").value(f.areaM2(Footprint.Status.DEFENDED), 0);
        w.name("undefendedM2").value(f.areaM2(Footprint.Status.UNDEFENDED), 0);
        w.name("notThreatenedM2").value(f.areaM2(Footprint.Status.NOT_THREATENED), 0);
        w.name("defendedFraction").value(f.defendedFraction(), 6);
        w.name("corners").beginObject().name("leastFavourableToDefence").value(low, 6)
                .name("mostFavourableToDefence").value(high, 6).endObject();
        return w.endObject().toString();
    }
}
