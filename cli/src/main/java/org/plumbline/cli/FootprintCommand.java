package org.plumbline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.plumbline.core.assessment.Assessor;
import org.plumbline.core.assessment.Footprint;
import org.plumbline.core.assessment.FootprintSurvey;
import org.plumbline.core.assessment.Route;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.io.Geography;
import org.plumbline.io.InputException;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.MissileSpecs;
import org.plumbline.io.Suggest;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioReader;
import org.plumbline.report.DefendedAreaMap;
import org.plumbline.report.DefendedAreaMaps;
import org.plumbline.report.FootprintGeoJson;
import org.plumbline.report.FootprintGrid;
import org.plumbline.report.HtmlReport;
import org.plumbline.report.Report;
import org.plumbline.report.ReportJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline footprint}: the area a deployment defends against launches from one place. */
@Command(name = "footprint", mixinStandardHelpOptions = true,
        description = {"Map the area a deployment defends against missiles from one launch area: every cell of a grid "
                + "over a region is a target; a cell is defended when every missile that reaches it is engageable "
                + "by some site of the scenario (minimum-energy trajectories, nominal inputs).",
            "With --routes, map instead the base-to-target routes of the scenario's threat sets with named "
                + "targets (the strategic sets): the share of each route's flight time under some site's engagement "
                + "window."},
        footer = {"%nExamples:",
            "  plumbline footprint epaa-phase-3 --launch semnan",
            "  plumbline footprint epaa-phase-2 --launch tabriz --missile shahab-3 --spacing 0.5 --out fp",
            "  plumbline footprint epaa-phase-4 --launch kozelsk --routes",
            "  plumbline footprint epaa-phase-4 --launch russia-icbm --routes",
            "%nWrites index.html, report.json and footprint.geojson (contours of the defended area, or the routes)",
            "to --out and prints the defended area and population, or each route's engageable share.",
            "Exit codes: 0 answered, 1 internal error, 2 bad input."})
final class FootprintCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file or built-in name.")
    String scenario;

    @Option(names = "--launch", required = true, paramLabel = "AREA",
            description = "A launch area of the scenario's threat sets, a threat set (all its launch areas), a catalog "
                    + "place or LAT,LON; with --routes a threat set with named targets or one of its launch areas.")
    String launch;

    @Option(names = "--routes", description = "Map the routes of the threat sets with named targets that fly from "
            + "AREA, with their engageable share, instead of a grid (not with --region, --spacing, --refine or "
            + "--exact, which shape the grid: refused).")
    boolean routes;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption.Result();

    @Option(names = "--missile", paramLabel = "SPEC", description = "Missiles to fly (repeatable; default: the "
            + "missiles the scenario's threat sets fly from this launch area).")
    List<String> missiles = new ArrayList<>();

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "nato-europe-2013",
            description = "Region to map (default ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--spacing", paramLabel = "DEG", defaultValue = "0.25",
            description = "Grid spacing along meridians, degrees, 0.05 to 5 (default ${DEFAULT-VALUE}).")
    double spacingDeg;

    @Option(names = "--refine", paramLabel = "F", description = "Evaluate a lattice F times coarser first, then only "
            + "the cells near a status change, down to --spacing; the other cells take their evaluated neighbours' "
            + "status. A power of 2, 1 to 64 (1: every cell evaluated; default: the largest with F x spacing <= 1 degree). "
            + "On fine grids, where it costs fewer evaluations, the points just outside the region are decided too, so "
            + "that a status change along its edge is followed. Flights are not kept. An island of one status smaller "
            + "than about F x spacing that touches no evaluated cell can be missed.")
    Integer refine;

    @Option(names = "--exact", description = "Evaluate every cell in one full assessment that keeps every flight "
            + "(the map before --refine: same cells as --refine 1, and report.json with every threat's outcome; "
            + "memory grows with the flights).")
    boolean exact;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "plumbline-report",
            description = "Folder for index.html, report.json and footprint.geojson (default ${DEFAULT-VALUE}).")
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
        if (routes) {
            // The options that shape the grid: given with --routes they would be ignored, so they are refused.
            picocli.CommandLine.ParseResult given = spec.commandLine().getParseResult();
            List<String> gridOnly = new ArrayList<>();
            for (String option : List.of("--region", "--spacing")) {
                if (given.hasMatchedOption(option)) {
                    gridOnly.add(option);
                }
            }
            if (refine != null) {
                gridOnly.add("--refine");
            }
            if (exact) {
                gridOnly.add("--exact");
            }
            if (!gridOnly.isEmpty()) {
                String last = gridOnly.remove(gridOnly.size() - 1);
                err.println("plumbline footprint: " + (gridOnly.isEmpty() ? last + " applies"
                        : String.join(", ", gridOnly) + " and " + last + " apply") + " to grid maps, not to --routes");
                return Main.BAD_INPUT;
            }
        }
        if (!(spacingDeg >= ScenarioReader.GRID_SPACING_MIN_DEG && spacingDeg <= ScenarioReader.GRID_SPACING_MAX_DEG)) {
            err.println("plumbline footprint: --spacing: expected " + ScenarioReader.gridSpacingRangeDeg()
                    + " degrees, found " + spacingDeg);
            return Main.BAD_INPUT;
        }
        if (!ScenarioReader.REGIONS.contains(region)) {
            err.println("plumbline footprint: --region: expected one of " + String.join(", ", ScenarioReader.REGIONS)
                    + ", found \"" + region + "\"");
            return Main.BAD_INPUT;
        }
        if (exact && refine != null) {
            err.println("plumbline footprint: --exact and --refine " + refine + " exclude each other (--exact evaluates "
                    + "every cell; --refine 1 does too, without keeping the flights)");
            return Main.BAD_INPUT;
        }
        if (refine != null && (refine < 1 || refine > FootprintSurvey.MAX_REFINE_FACTOR
                || Integer.bitCount(refine) != 1)) {
            err.println("plumbline footprint: --refine: expected a power of 2 from 1 to "
                    + FootprintSurvey.MAX_REFINE_FACTOR + " (1, 2, 4, 8, 16, 32 or 64), found " + refine);
            return Main.BAD_INPUT;
        }
        if (!engagement.check("footprint", err)) {
            return Main.BAD_INPUT;
        }
        if (!threads.check("footprint", err)) {
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
        List<Missile> flown = new ArrayList<>();
        try {
            for (String m : missiles) {
                flown.add(MissileSpecs.resolve(m, FlightSettings.DEFAULT));
            }
        } catch (InputException e) {
            err.println("plumbline footprint: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Assessor.Settings settings = Assessor.Settings.defaults();
        settings = new Assessor.Settings(settings.earth(), settings.flight(), engagement.rcsM2,
                engagement.assessmentS, settings.lineOfSight(), threads.or(settings.threads()));
        return routes ? mapRoutes(s, flown, settings, err) : mapGrid(s, flown, settings, err);
    }

    private int mapGrid(Scenario s, List<Missile> flown, Assessor.Settings settings, PrintWriter err) {
        FootprintGrid.Plan plan;
        try {
            plan = FootprintGrid.plan(s, launch, flown, region, spacingDeg, "--launch", "--missile");
        } catch (InputException e) {
            err.println("plumbline footprint: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Scenario variant = plan.variant();
        Geography geo = Geography.builtin();
        ScenarioAssessment a = exact ? assess(variant, settings, geo, err)
                : survey(plan, settings, geo, refine != null ? refine : FootprintGrid.defaultRefineFactor(spacingDeg), err);
        Report report = new Report(Main.version(), AssessCommand.inputsHash(settings, List.of(variant)), List.of(a), "");
        DefendedAreaMaps maps = new DefendedAreaMaps(() -> geo);
        FootprintGrid.Result result = FootprintGrid.result(plan, a, maps);
        DefendedAreaMap map = result.map();
        Footprint f = map.footprint();
        double low = result.lowCornerValue();
        double high = result.highCornerValue();
        if (!write(report, geo, maps, result.geoJson(), err)) {
            return Main.BAD_INPUT;
        }
        PrintWriter o = spec.commandLine().getOut();
        Footprint.Population p = map.population();
        if (format.equals("json")) {
            o.print(json(s, plan.launchId(), plan.missiles(), map, low, high));
        } else {
            o.printf(Locale.ROOT, "%s: defended area against %s from %s over %s, %.2f deg grid (%d cells)%n", s.id(),
                    String.join(", ", plan.missiles().stream().map(Missile::id).toList()), plan.launchId(), region,
                    spacingDeg,
                    f.cells().size());
            if (map.surveyed()) {
                o.printf(Locale.ROOT, "  %,d of %,d cells evaluated%s%n", f.evaluatedCells(), f.cells().size(),
                        f.refineFactor() == 1 ? "" : String.format(Locale.ROOT, " (refinement factor %d: a lattice %d "
                                + "times coarser first, then the cells near a status change; the others inferred)",
                                f.refineFactor(), f.refineFactor()));
                if (f.outsidePoints() > 0) {
                    o.printf(Locale.ROOT, "  and %,d points just outside the region, to follow status changes along "
                            + "its edge%n", f.outsidePoints());
                }
            }
            o.printf(Locale.ROOT, "  defended      %,12.0f km2%n", f.areaM2(Footprint.Status.DEFENDED) / 1e6);
            o.printf(Locale.ROOT, "  undefended    %,12.0f km2%n", f.areaM2(Footprint.Status.UNDEFENDED) / 1e6);
            o.printf(Locale.ROOT, "  not threatened%,12.0f km2 (no missile reaches it)%n",
                    f.areaM2(Footprint.Status.NOT_THREATENED) / 1e6);
            o.printf(Locale.ROOT, "  defended share of the threatened area %.1f %% (corners of the uncertainty "
                    + "ranges: %.1f %% to %.1f %%)%n", 100 * f.defendedFraction(), 100 * low, 100 * high);
            o.printf(Locale.ROOT, "  defended share of the threatened population %.1f %% (%,.0f of %,.0f people in "
                            + "%d cities of %,d or more, each counted in its cell; %,.0f people in no cell)%n",
                    100 * p.defendedFraction(), p.defended(), p.defended() + p.undefended(), p.cities(),
                    DefendedAreaMap.MIN_POPULATION, p.unassigned());
            o.printf(Locale.ROOT, "%nReport: %s%nMap: %s%n", out.resolve("index.html"), out.resolve("footprint.geojson"));
        }
        o.flush();
        return 0;
    }

    private int mapRoutes(Scenario s, List<Missile> flown, Assessor.Settings settings, PrintWriter err) {
        List<ThreatSet> chosen = new ArrayList<>();
        for (ThreatSet t : s.threatSets()) {
            if (!(t.targets() instanceof TargetSet.Points)) {
                continue;
            }
            List<LaunchArea> from = t.id().equals(launch) ? t.launchAreas()
                    : t.launchAreas().stream().filter(a -> a.id().equals(launch)).toList();
            if (!from.isEmpty()) {
                chosen.add(new ThreatSet(t.id(), from, flown.isEmpty() ? t.missiles() : flown, t.targets(), t.shapes()));
            }
        }
        if (chosen.isEmpty()) {
            List<String> named = s.threatSets().stream().filter(t -> t.targets() instanceof TargetSet.Points)
                    .map(ThreatSet::id).toList();
            Set<String> choices = new TreeSet<>(named);
            s.threatSets().stream().filter(t -> t.targets() instanceof TargetSet.Points)
                    .forEach(t -> t.launchAreas().forEach(a -> choices.add(a.id())));
            String near = Suggest.nearest(launch, choices);
            err.println("plumbline footprint: --launch: with --routes, expected a threat set with named targets or "
                    + "one of its launch areas, found \"" + launch + "\""
                    + (near == null ? "" : " (did you mean \"" + near + "\"?)") + " (" + s.id()
                    + (named.isEmpty() ? " has no threat set with named targets)"
                    : "'s threat sets with named targets: " + String.join(", ", named) + ")"));
            return Main.BAD_INPUT;
        }
        List<ThreatSet> sets = new ArrayList<>(s.threatSets());
        List<Criterion> criteria = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ThreatSet t : chosen) {
            sets.replaceAll(x -> x.id().equals(t.id()) ? t : x);
            criteria.add(new Criterion("routes-" + t.id(), "The engageable share of the routes of " + t.id() + ".",
                    Criterion.Metric.ENGAGEABLE_FRACTION, Criterion.Comparison.AT_LEAST, 0.0, t.id(), List.of(), "",
                    List.of()));
            ids.add(t.id());
        }
        Scenario variant = variant(s, sets, criteria);
        Geography geo = Geography.builtin();
        ScenarioAssessment a = assess(variant, settings, geo, err);
        Report report = new Report(Main.version(), AssessCommand.inputsHash(settings, List.of(variant)), List.of(a), "",
                ids);
        List<Route> all = new ArrayList<>();
        for (String id : ids) {
            all.addAll(Route.of(a, id, Set.of()));
        }
        if (!write(report, geo, new DefendedAreaMaps(() -> geo), FootprintGeoJson.write(s.id(), launch, List.of(), all),
                err)) {
            return Main.BAD_INPUT;
        }
        PrintWriter o = spec.commandLine().getOut();
        if (format.equals("json")) {
            JsonWriter w = new JsonWriter().beginObject();
            w.name("plumbline").value(Main.version());
            w.name("scenario").value(s.id()).name("launch").value(launch);
            w.name("routes").beginArray();
            all.forEach(r -> ReportJson.route(w, r));
            w.endArray();
            o.print(w.endObject().toString());
        } else {
            o.printf(Locale.ROOT, "%s: engageable share of the routes from %s (%d routes; share = flight time under "
                    + "some site's engagement window / flight time)%n", s.id(), launch, all.size());
            int width = all.stream().mapToInt(r -> r.label().length()).max().orElse(10);
            for (Route r : all) {
                if (!r.reachable()) {
                    o.printf(Locale.ROOT, "  %-" + width + "s  does not reach: %s%n", r.label(), r.unreachableReason());
                    continue;
                }
                StringBuilder wins = new StringBuilder();
                for (double[] x : r.windows()) {
                    wins.append(wins.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f-%.0f s", x[0],
                            x[1]));
                }
                o.printf(Locale.ROOT, "  %-" + width + "s  %5.1f %% of %5.0f s%s%n", r.label(), 100 * r.share(),
                        r.flightTimeS(), wins.length() == 0 ? "" : "  (" + wins + "; " + String.join(", ", r.sites())
                                + ")");
            }
            long engageable = all.stream().filter(r -> r.share() > 0).count();
            long reachable = all.stream().filter(Route::reachable).count();
            o.printf(Locale.ROOT, "  %d of %d reachable routes engageable%n", engageable, reachable);
            o.printf(Locale.ROOT, "%nReport: %s%nMap: %s%n", out.resolve("index.html"), out.resolve("footprint.geojson"));
        }
        o.flush();
        return 0;
    }

    private static Scenario variant(Scenario s, List<ThreatSet> sets, List<Criterion> criteria) {
        return new Scenario(s.id(), s.title(), s.description(), s.assumptions(), s.sources(), s.parties(),
                s.systems(), s.dataExchange(), s.sectors(), sets, criteria, s.uncertainties());
    }

    private ScenarioAssessment survey(FootprintGrid.Plan plan, Assessor.Settings settings, Geography geo, int factor,
                                      PrintWriter err) {
        AssessCommand.ProgressBar bar = new AssessCommand.ProgressBar(err, AssessCommand.ProgressBar.stderrIsATerminal());
        bar.scenario(plan.variant().id(), 1, 1);
        try (Assessor assessor = new Assessor(settings, geo.regions(), geo.cities())) {
            return FootprintGrid.survey(plan, assessor, factor, bar);
        } finally {
            bar.finish();
        }
    }

    private ScenarioAssessment assess(Scenario variant, Assessor.Settings settings, Geography geo, PrintWriter err) {
        AssessCommand.ProgressBar bar = new AssessCommand.ProgressBar(err, AssessCommand.ProgressBar.stderrIsATerminal());
        bar.scenario(variant.id(), 1, 1);
        try (Assessor assessor = new Assessor(settings, geo.regions(), geo.cities())) {
            return assessor.assess(variant, bar);
        } finally {
            bar.finish();
        }
    }

    /**
     * Renders report.json, index.html and footprint.geojson side by side, the first two with the
     * defended-area maps of {@code maps}, and writes them into --out.
     */
    private boolean write(Report report, Geography geo, DefendedAreaMaps maps, String geojson, PrintWriter err) {
        Map<String, Supplier<String>> renderers = new LinkedHashMap<>();
        renderers.put("report.json", () -> ReportJson.write(report, maps));
        renderers.put("index.html", () -> HtmlReport.render(report, geo, maps));
        renderers.put("footprint.geojson", () -> geojson);
        Map<String, CompletableFuture<String>> pending = new LinkedHashMap<>();
        renderers.forEach((name, r) -> pending.put(name, CompletableFuture.supplyAsync(r)));
        Map<String, String> files = new LinkedHashMap<>();
        pending.forEach((name, f) -> files.put(name, f.join()));
        try {
            OutputFolder.write(out, files);
            return true;
        } catch (IOException e) {
            err.println("plumbline footprint: --out: could not write to \"" + out + "\": " + e.getMessage());
            return false;
        }
    }

    private String json(Scenario s, String launchId, List<Missile> flown, DefendedAreaMap map, double low,
                        double high) {
        Footprint f = map.footprint();
        JsonWriter w = new JsonWriter().beginObject();
        w.name("plumbline").value(Main.version());
        w.name("scenario").value(s.id()).name("launch").value(launchId).name("region").value(region);
        w.name("missiles").beginArray();
        flown.forEach(m -> w.value(m.id()));
        w.endArray();
        w.name("spacingDeg").value(spacingDeg, 4).name("cells").value(f.cells().size());
        ReportJson.refinement(w, map);
        w.name("defendedM2").value(f.areaM2(Footprint.Status.DEFENDED), 0);
        w.name("undefendedM2").value(f.areaM2(Footprint.Status.UNDEFENDED), 0);
        w.name("notThreatenedM2").value(f.areaM2(Footprint.Status.NOT_THREATENED), 0);
        w.name("defendedFraction").value(f.defendedFraction(), 6);
        w.name("corners").beginObject().name("leastFavourableToDefence").value(low, 6)
                .name("mostFavourableToDefence").value(high, 6).endObject();
        ReportJson.population(w, map.population());
        return w.endObject().toString();
    }
}
