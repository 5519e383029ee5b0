package org.plumbline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.plumbline.core.assessment.Assessor;
import org.plumbline.core.assessment.CriterionResult;
import org.plumbline.core.assessment.Margin;
import org.plumbline.core.assessment.Progress;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.Verdict;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.io.Geography;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioReader;
import org.plumbline.report.DefendedAreaMaps;
import org.plumbline.report.GeoJsonLayers;
import org.plumbline.report.HtmlReport;
import org.plumbline.report.InputsHash;
import org.plumbline.report.KmlWriter;
import org.plumbline.report.Report;
import org.plumbline.report.ReportJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline assess}: criteria, verdicts and margins for declared deployments, with a report. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess declared deployments against criteria written as data: fly every threat of the criteria's "
                + "threat sets, evaluate every interceptor site, and give each criterion a verdict (pass, fail, or "
                + "indeterminate when the corners of the inputs' uncertainty ranges disagree) with its margins.",
            "Without SCENARIO, assesses the built-in EPAA phases 1-4 against their built-in criteria."},
        footer = {"%nExamples:",
            "  plumbline assess",
            "  plumbline assess epaa-phase-3 two-systems --out my-report",
            "  plumbline assess my-deployment.yaml --criteria my-criteria.yaml --format json",
            "%nWrites index.html (self-contained), report.json, footprints.geojson and trajectories.kml to --out.",
            "The same inputs give the same bytes; --timestamp adds the time of the run.",
            "%nExit codes: 0 every criterion passes, 3 a criterion fails or is indeterminate, 2 bad input,",
            "1 internal error."})
final class AssessCommand implements Callable<Integer> {
    /** Exit code when a criterion fails or is indeterminate. */
    static final int NOT_ALL_PASS = 3;
    /** The scenarios assessed when none is named. */
    static final List<String> DEFAULT_SCENARIOS = List.of("epaa-phase-1", "epaa-phase-2", "epaa-phase-3",
            "epaa-phase-4");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenario files or built-in names "
            + "(default: epaa-phase-1 to epaa-phase-4).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--criteria", paramLabel = "FILE", description = "Assess these criteria (a YAML file with a "
            + "criteria: map, and any threat sets it needs) instead of the scenarios' own.")
    Path criteria;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "plumbline-report",
            description = "Report folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Terminal output: text (a table) or json (report.json).")
    String format;

    @Option(names = "--timestamp", description = "Put the time of the run in the report (off by default, so that "
            + "the same inputs give the same bytes).")
    boolean timestamp;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption.Results();

    @picocli.CommandLine.Mixin
    EngagementOptions engagement = new EngagementOptions();

    @Option(names = "--progress", negatable = true, description = "Progress bar on stderr (default: when the "
            + "standard error is a terminal and the run takes over a second).")
    Boolean progress;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("plumbline assess: --format: expected text or json, found \"" + format + "\"");
            return Main.BAD_INPUT;
        }
        if (!engagement.check("assess", err)) {
            return Main.BAD_INPUT;
        }
        if (!threads.check("assess", err)) {
            return Main.BAD_INPUT;
        }
        if (criteria != null && !Files.isRegularFile(criteria)) {
            err.println("plumbline assess: --criteria: expected a readable file, found \"" + criteria + "\""
                    + (Files.exists(criteria) ? " (not a regular file)" : " (no such file)"));
            return Main.BAD_INPUT;
        }
        if (OutputFolder.problem(out) != null) {
            err.println("plumbline assess: " + OutputFolder.problem(out));
            return Main.BAD_INPUT;
        }
        // The built-in cities and regions (0.2-0.3 s to read) load while the scenarios are read.
        java.util.concurrent.CompletableFuture.runAsync(Geography::builtin);
        List<String> names = scenarios.isEmpty() ? DEFAULT_SCENARIOS : scenarios;
        List<Scenario> read = new ArrayList<>();
        int problems = 0;
        for (String name : names) {
            try {
                read.add(criteria == null ? ScenarioReader.standard().read(name)
                        : ScenarioReader.standard().readWithCriteria(name, criteria));
            } catch (ProblemReport r) {
                err.print(r.describe());
                err.println("plumbline assess: " + r.getMessage() + " in " + name
                        + (criteria == null ? "" : " with the criteria of " + criteria));
                problems++;
            }
        }
        if (problems > 0) {
            err.flush();
            return Main.BAD_INPUT;
        }
        for (Scenario s : read) {
            if (s.criteria().isEmpty()) {
                err.println("plumbline assess: " + s.id() + " has no criteria to assess (add a criteria: map, "
                        + "include builtin:epaa-criteria, or give --criteria FILE)");
                return Main.BAD_INPUT;
            }
        }
        Assessor.Settings settings = Assessor.Settings.defaults();
        settings = new Assessor.Settings(settings.earth(), settings.flight(), engagement.rcsM2,
                engagement.assessmentS, settings.lineOfSight(), threads.or(settings.threads()));
        Geography geo = Geography.builtin();
        ProgressBar bar = new ProgressBar(err, progress != null ? progress : ProgressBar.stderrIsATerminal());
        List<ScenarioAssessment> results = new ArrayList<>();
        try (Assessor assessor = new Assessor(settings, geo.regions(), geo.cities())) {
            for (int i = 0; i < read.size(); i++) {
                bar.scenario(read.get(i).id(), i + 1, read.size());
                results.add(assessor.assess(read.get(i), bar));
            }
        } finally {
            bar.finish();
        }
        Report report = new Report(Main.version(), inputsHash(settings, read), results,
                timestamp ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : "");
        // One set of defended-area maps for report.json and index.html (a grid criterion's map is built once).
        DefendedAreaMaps maps = new DefendedAreaMaps(() -> geo);
        String json = ReportJson.write(report, maps);
        try {
            writeReport(report, json, geo, maps);
        } catch (IOException e) {
            err.println("plumbline assess: --out: could not write the report to \"" + out + "\": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        PrintWriter o = spec.commandLine().getOut();
        if (format.equals("json")) {
            o.print(json);
        } else {
            o.print(table(report));
            o.printf(Locale.ROOT, "%nReport: %s%n", out.resolve("index.html"));
        }
        o.flush();
        return results.stream().allMatch(ScenarioAssessment::allPass) ? 0 : NOT_ALL_PASS;
    }

    /** The inputs' hash: settings, every scenario as parsed, and the geography data. */
    static String inputsHash(Assessor.Settings settings, List<Scenario> scenarios) {
        return InputsHash.ofAssessment(settings, scenarios);
    }

    /** Renders the four files side by side (pure functions of the report) and writes them into --out. */
    private void writeReport(Report report, String json, Geography geo, DefendedAreaMaps maps) throws IOException {
        Map<String, java.util.function.Supplier<String>> renderers = new LinkedHashMap<>();
        renderers.put("report.json", () -> json);
        renderers.put("index.html", () -> HtmlReport.render(report, geo, maps));
        renderers.put("footprints.geojson", () -> GeoJsonLayers.write(report));
        renderers.put("trajectories.kml", () -> KmlWriter.write(report));
        Map<String, java.util.concurrent.CompletableFuture<String>> pending = new LinkedHashMap<>();
        renderers.forEach((name, r) -> pending.put(name, java.util.concurrent.CompletableFuture.supplyAsync(r)));
        Map<String, String> files = new LinkedHashMap<>();
        pending.forEach((name, f) -> files.put(name, f.join()));
        OutputFolder.write(out, files);
    }

    // ------------------------------------------------------------------ terminal table

    static String table(Report report) {
        Set<String> ids = new LinkedHashSet<>();
        for (ScenarioAssessment s : report.scenarios()) {
            s.criteria().forEach(c -> ids.add(c.criterion().id()));
        }
        List<String> criteria = new ArrayList<>(ids);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("scenario");
        header.addAll(criteria);
        rows.add(header);
        for (ScenarioAssessment s : report.scenarios()) {
            List<String> row = new ArrayList<>();
            row.add(s.scenario().id());
            for (String id : criteria) {
                row.add(s.criteria().stream().filter(c -> c.criterion().id().equals(id)).findFirst()
                        .map(AssessCommand::cell).orElse("-"));
            }
            rows.add(row);
        }
        int[] width = new int[header.size()];
        for (List<String> r : rows) {
            for (int k = 0; k < r.size(); k++) {
                width[k] = Math.max(width[k], r.get(k).length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "plumbline assess: %d scenario(s), inputs sha256 %s%n%n",
                report.scenarios().size(), report.inputsSha256().substring(0, 16)));
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < rows.get(r).size(); k++) {
                line.append(String.format(Locale.ROOT, "%-" + width[k] + "s", rows.get(r).get(k)));
                if (k + 1 < rows.get(r).size()) {
                    line.append("  ");
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        for (ScenarioAssessment s : report.scenarios()) {
            b.append('\n').append(s.scenario().id()).append(": ").append(s.scenario().title()).append('\n');
            for (CriterionResult c : s.criteria()) {
                Criterion cr = c.criterion();
                b.append(String.format(Locale.ROOT, "  %s: %s, %s (%s %s); corners: least favourable to the defence %s, "
                                + "most favourable %s%n", cr.id(),
                        c.verdict().label().toUpperCase(Locale.ROOT), format(cr.metric().unit(), c.value()),
                        cr.comparison() == Criterion.Comparison.AT_LEAST ? "needs at least" : "needs at most",
                        format(cr.metric().unit(), cr.threshold()), format(cr.metric().unit(), c.lowCornerValue()),
                        format(cr.metric().unit(), c.highCornerValue())));
                b.append("    evidence: ").append(c.evidence().statement()).append('\n');
                for (Margin m : c.margins()) {
                    b.append("    margin: ").append(m.statement()).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String cell(CriterionResult c) {
        String v = format(c.criterion().metric().unit(), c.value());
        String symbol = c.verdict() == Verdict.PASS ? "PASS" : c.verdict() == Verdict.FAIL ? "FAIL" : "INDET";
        return symbol + " " + v;
    }

    static String format(String unit, double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (Double.isInfinite(v)) {
            return "none";
        }
        return switch (unit) {
            case "" -> String.format(Locale.ROOT, "%.1f %%", 100 * v).replace(".0 %", " %");
            case "s" -> String.format(Locale.ROOT, "%.0f s", v);
            case "m" -> String.format(Locale.ROOT, "%,.0f km", v / 1000);
            case "m/s" -> String.format(Locale.ROOT, "%.2f km/s", v / 1000);
            default -> String.format(Locale.ROOT, "%.4g %s", v, unit);
        };
    }

    // ------------------------------------------------------------------ progress

    /** A one-line progress bar on stderr, shown once a run has taken a second. */
    static final class ProgressBar implements Progress {
        private final PrintWriter err;
        private final boolean enabled;
        private final long startNs = System.nanoTime();
        private final AtomicReference<String> scenario = new AtomicReference<>("");
        private volatile long lastDrawNs;
        private volatile boolean drawn;

        ProgressBar(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        /**
         * Whether standard error is a terminal: on Linux, whether file descriptor 2 is a tty device
         * (so that {@code assess --format json > report.json} still shows progress); elsewhere,
         * whether the JVM has a console.
         */
        static boolean stderrIsATerminal() {
            try {
                Path fd2 = Path.of("/proc/self/fd/2");
                if (Files.exists(fd2)) {
                    String target = fd2.toRealPath().toString();
                    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
                }
            } catch (IOException | RuntimeException e) {
                // fall through
            }
            return System.console() != null;
        }

        void scenario(String id, int k, int n) {
            scenario.set(String.format(Locale.ROOT, "%s (%d/%d)", id, k, n));
        }

        @Override
        public void update(String stage, long done, long total) {
            if (!enabled) {
                return;
            }
            long now = System.nanoTime();
            if (now - startNs < 1_000_000_000L || now - lastDrawNs < 100_000_000L) {
                return;
            }
            synchronized (this) {
                lastDrawNs = now;
                int width = 24;
                int filled = total <= 0 ? 0 : (int) Math.min(width, width * done / total);
                err.printf(Locale.ROOT, "\r%-28s [%s%s] %-12s %6d/%-6d %5.1f s ", scenario.get(), "#".repeat(filled),
                        ".".repeat(width - filled), stage, done, total, (now - startNs) / 1e9);
                err.flush();
                drawn = true;
            }
        }

        synchronized void finish() {
            if (drawn) {
                err.print("\r" + " ".repeat(100) + "\r");
                err.flush();
            }
        }
    }
}
