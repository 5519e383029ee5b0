package org.plumbline.io.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.scenario.CommandDelays;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DataExchange;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.LaunchArea;
import org.plumbline.core.scenario.Party;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.Sector;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.sensor.EarlyWarningSatellite;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarFace;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.InputException;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.Shapes;

/**
 * Reads scenario files (format version 1, documented in docs/scenario-format.md) into validated
 * {@link Scenario}s. Every problem in a file and its includes is collected and reported together
 * in a {@link ProblemReport}; nothing else is thrown for bad input.
 */
public final class ScenarioReader {
    /** The format version this reader understands. */
    public static final int FORMAT_VERSION = 1;
    /** The finest grid spacing, degrees: {@link TargetSet.Grid#MIN_SPACING_RAD} (0.05). */
    public static final double GRID_SPACING_MIN_DEG = Math.toDegrees(TargetSet.Grid.MIN_SPACING_RAD);
    /** The coarsest grid spacing, degrees: {@link TargetSet.Grid#MAX_SPACING_RAD} (5). */
    public static final double GRID_SPACING_MAX_DEG = Math.toDegrees(TargetSet.Grid.MAX_SPACING_RAD);
    /** "0.05 to 5": the grid spacings, degrees, as messages and help texts give them. */
    public static String gridSpacingRangeDeg() {
        return JsonWriter.format(GRID_SPACING_MIN_DEG, 4) + " to " + JsonWriter.format(GRID_SPACING_MAX_DEG, 4);
    }

    /** Regions that sectors, targets and criteria may name. */
    public static final List<String> REGIONS = List.of("contiguous-us", "iran", "nato-europe-2013",
            "nato-europe-today", "russia");

    private static final String SCENARIO_ROOT = "org/plumbline/io/scenarios/";
    private static final int MAX_INCLUDE_DEPTH = 8;
    private static final List<String> TOP_KEYS = List.of("plumbline", "id", "title", "description", "assumptions",
            "sources", "include", "parties", "systems", "data-exchange", "sectors", "threat-sets", "criteria");
    private static final List<String> SYSTEM_KEYS = List.of("party", "launch-on-remote", "delays", "radars",
            "satellites", "sites", "sources", "notes");
    private static final List<String> SITE_KEYS = List.of("at", "position", "kind", "interceptor", "count", "sources",
            "notes");
    private static final List<String> INTERCEPTOR_KEYS = List.of("type", "name", "burnout-speed", "burn-time",
            "stages", "min-altitude", "max-altitude", "max-flight-time", "launch-delay", "min-range", "max-range",
            "sources", "notes");
    private static final List<String> RADAR_KEYS = List.of("type", "name", "at", "position", "boresight", "faces",
            "detection-range", "reference-rcs", "instrumented-range", "track-formation", "reporting-latency",
            "sources", "notes");
    private static final List<String> FACE_KEYS = List.of("boresight", "half-width", "min-elevation",
            "max-elevation");
    private static final List<String> MISSILE_KEYS = List.of("type", "name", "propellant", "nominal-range",
            "burnout-speed", "burn-time", "sources", "notes");
    private static final List<String> PLACE_KEYS = List.of("name", "kind", "position", "country", "sources", "notes");
    private static final List<String> PLACE_KINDS = List.of("land-site", "sea-station", "icbm-base", "slbm-area",
            "launch-site", "radar-site", "city");
    private static final List<String> CRITERION_KEYS = List.of("description", "metric", "threat-set", "systems",
            "region", "at-least", "at-most", "margins", "sources", "notes");
    /**
     * Scaled generic rockets by definition: scaling takes about 0.05-0.2 s unless the factor is
     * written down ({@link ImpulseFactors}: the built-in catalog's are); bounded so that a long run
     * stays small. The map holds one {@link ScaledMissile} per definition, made at once under the
     * map's lock; each is scaled under its own lock, so that different missiles scale side by side
     * and a second reader of the same one waits for the first.
     */
    private static final Map<List<Object>, ScaledMissile> MISSILE_CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, ScaledMissile> eldest) {
                    return size() > 256;
                }
            });

    /** A missile scaled on first use; a scaling that fails is not kept (the next use tries again). */
    private static final class ScaledMissile {
        private final java.util.function.Supplier<Missile> scaling;
        private Missile missile;

        ScaledMissile(java.util.function.Supplier<Missile> scaling) {
            this.scaling = scaling;
        }

        synchronized Missile get() {
            if (missile == null) {
                missile = scaling.get();
            }
            return missile;
        }
    }

    private final Catalog catalog;
    private final FlightSettings settings;
    private final boolean fileIncludes;
    /**
     * Told the inputs of every generic rocket read (for ImpulseFactorsTest), possibly from several
     * threads at once (a threat set's missiles are read side by side); does nothing otherwise.
     */
    private final java.util.function.Consumer<ImpulseFactors.Key> scalings;

    public ScenarioReader(Catalog catalog, FlightSettings settings) {
        this(catalog, settings, true, k -> { });
    }

    private ScenarioReader(Catalog catalog, FlightSettings settings, boolean fileIncludes,
                           java.util.function.Consumer<ImpulseFactors.Key> scalings) {
        this.catalog = catalog;
        this.settings = settings;
        this.fileIncludes = fileIncludes;
        this.scalings = scalings;
    }

    /** The standard reader, telling scalings the inputs of every generic rocket it reads (for tests). */
    static ScenarioReader observingScalings(java.util.function.Consumer<ImpulseFactors.Key> scalings) {
        return new ScenarioReader(Catalog.builtin(), FlightSettings.DEFAULT, true, scalings);
    }

    /**
     * A reader that refuses to include files: only {@code builtin:NAME} includes are followed. For
     * text from someone else (an uploaded scenario), which must not be able to make the reader open
     * files on this machine.
     */
    public ScenarioReader withoutFileIncludes() {
        return new ScenarioReader(catalog, settings, false, scalings);
    }

    /** A reader over the built-in catalog with the default flight settings. */
    public static ScenarioReader standard() {
        return new ScenarioReader(Catalog.builtin(), FlightSettings.DEFAULT);
    }

    /** The position of a catalog place entry (the catalog is checked when it is built). */
    public static GeodeticPoint placePosition(Catalog.Entry place) {
        Fields f = new Fields(new ArrayList<>());
        YNode p = Fields.get(place.node(), "position");
        return p == null ? GeodeticPoint.ofDegrees(0, 0) : f.position(p, "places." + place.id() + ".position");
    }

    /**
     * A catalog missile, flown as the generic rocket its entry describes.
     *
     * @throws ProblemReport when the id is not a catalog missile (with a suggestion)
     */
    public Missile catalogMissile(String id) throws ProblemReport {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(problems);
        Missile m = missile(new YNode.YScalar(new YNode.Mark("command line", 1, 1), id), "missile", f);
        if (m == null || !problems.isEmpty()) {
            throw new ProblemReport(problems);
        }
        return m;
    }

    /** Names of the built-in scenarios. */
    public static List<String> builtinNames() {
        return Catalog.resource(SCENARIO_ROOT + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    }

    /** Reads a file, or a built-in scenario when the argument names one and no such file exists. */
    public Scenario read(String fileOrName) throws ProblemReport {
        Path p = Path.of(fileOrName);
        if (!Files.exists(p) && builtinNames().contains(fileOrName)) {
            return readBuiltin(fileOrName);
        }
        return readFile(p);
    }

    /** Reads a scenario file; includes are resolved relative to its folder. */
    public Scenario readFile(Path file) throws ProblemReport {
        List<Problem> problems = new ArrayList<>();
        Optional<YNode> tree = loadWithIncludes(file.toString(), problems, new ArrayList<>(), 0, null);
        return build(tree, problems);
    }

    /** Reads a built-in scenario by name. */
    public Scenario readBuiltin(String name) throws ProblemReport {
        List<Problem> problems = new ArrayList<>();
        Optional<YNode> tree = loadWithIncludes("builtin:" + name, problems, new ArrayList<>(), 0, null);
        return build(tree, problems);
    }

    /** Parses scenario text (includes resolved against the working directory and the built-ins). */
    public Scenario parse(String fileLabel, String text) throws ProblemReport {
        List<Problem> problems = new ArrayList<>();
        Optional<YNode> root = YamlLoader.load(fileLabel, text, problems);
        Optional<YNode> tree = root.isEmpty() ? Optional.empty()
                : resolveIncludes(fileLabel, root.get(), problems, new ArrayList<>(List.of(fileLabel)), 0);
        return build(tree, problems);
    }

    /**
     * Reads a scenario (file or built-in name) and replaces its criteria with those of a criteria file:
     * the file is merged on top of the scenario as an include would be (it may add threat sets and
     * refer to the scenario's systems and threat sets), but the scenario's own criteria are dropped
     * first, so that only the file's criteria are assessed.
     */
    public Scenario readWithCriteria(String fileOrName, Path criteriaFile) throws ProblemReport {
        List<Problem> problems = new ArrayList<>();
        Path p = Path.of(fileOrName);
        String ref = !Files.exists(p) && builtinNames().contains(fileOrName) ? "builtin:" + fileOrName : fileOrName;
        Optional<YNode> base = loadWithIncludes(ref, problems, new ArrayList<>(), 0, null);
        Optional<YNode> criteria = loadWithIncludes(criteriaFile.toString(), problems, new ArrayList<>(), 0, null);
        if (base.isEmpty() || criteria.isEmpty()) {
            throw new ProblemReport(problems);
        }
        if (!(criteria.get() instanceof YNode.YMap cm) || Fields.get(cm, "criteria") == null) {
            YNode.Mark m = criteria.get().mark();
            problems.add(new Problem(m.file(), m.line(), m.column(), "criteria",
                    "a criteria file with a criteria: map", "no criteria: key", ""));
            throw new ProblemReport(problems);
        }
        YNode merged = YNode.merge(withoutKeys(base.get(), "criteria"),
                withoutKeys(criteria.get(), "id", "title", "description", "plumbline"));
        return build(Optional.of(merged), problems);
    }

    private Scenario build(Optional<YNode> tree, List<Problem> problems) throws ProblemReport {
        if (tree.isEmpty()) {
            throw new ProblemReport(problems);
        }
        Fields f = new Fields(problems);
        Scenario s = null;
        try {
            s = scenario(tree.get(), f);
        } catch (RuntimeException e) {
            // A value the checks let through but a model constructor refused: report it, never crash.
            YNode.Mark m = tree.get().mark();
            problems.add(new Problem(m.file(), m.line(), m.column(), "", "a consistent scenario",
                    "an inconsistency: " + e.getMessage(), ""));
        }
        if (!problems.isEmpty() || s == null) {
            throw new ProblemReport(problems);
        }
        return s;
    }

    // ------------------------------------------------------------------ files and includes

    private Optional<YNode> loadWithIncludes(String file, List<Problem> problems, List<String> stack, int depth,
                                             YNode from) {
        String text;
        if (file.startsWith("builtin:")) {
            String name = file.substring("builtin:".length());
            if (!builtinNames().contains(name)) {
                String near = org.plumbline.io.Suggest.nearest(name, builtinNames());
                if (from != null) {
                    new Fields(problems).problem(from, "include", "a built-in scenario ("
                            + String.join(", ", builtinNames()) + ") or a file", "\"" + file + "\"",
                            near == null ? null : "did you mean \"builtin:" + near + "\"?");
                } else {
                    problems.add(new Problem(file, 1, 1, "", "a built-in scenario (" + String.join(", ", builtinNames())
                            + ")", "\"" + name + "\"", near == null ? "" : "did you mean \"" + near + "\"?"));
                }
                return Optional.empty();
            }
            text = Catalog.resource(SCENARIO_ROOT + name + ".yaml");
        } else {
            try {
                Path path = Path.of(file);
                if (Files.exists(path) && !Files.isRegularFile(path)) {
                    addFileProblem(file, from, problems, "not a regular file");
                    return Optional.empty();
                }
                if (Files.exists(path) && Files.size(path) > 4L * YamlLoader.MAX_CHARS) {
                    addFileProblem(file, from, problems, "larger than " + YamlLoader.MAX_CHARS + " characters");
                    return Optional.empty();
                }
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                addFileProblem(file, from, problems, "no such file");
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                addFileProblem(file, from, problems, "unreadable: " + e.getMessage());
                return Optional.empty();
            }
        }
        stack.add(file);
        Optional<YNode> root = YamlLoader.load(file, text, problems);
        Optional<YNode> out = root.isEmpty() ? Optional.empty()
                : resolveIncludes(file, root.get(), problems, stack, depth);
        stack.remove(stack.size() - 1);
        return out;
    }

    private static void addFileProblem(String file, YNode from, List<Problem> problems, String what) {
        if (from != null) {
            new Fields(problems).problem(from, "include", "a readable scenario file", "\"" + file + "\" (" + what + ")",
                    null);
        } else {
            problems.add(new Problem(file, 1, 1, "", "a readable scenario file", what, ""));
        }
    }

    private Optional<YNode> resolveIncludes(String file, YNode root, List<Problem> problems, List<String> stack,
                                            int depth) {
        if (!(root instanceof YNode.YMap m)) {
            new Fields(problems).problem(root, "", "a scenario mapping (keys such as plumbline:, id:, systems:)",
                    root.describe(), null);
            return Optional.empty();
        }
        YNode include = Fields.get(m, "include");
        if (include == null) {
            return Optional.of(root);
        }
        Fields f = new Fields(problems);
        YNode merged = null;
        List<YNode> items = include instanceof YNode.YScalar ? List.of(include)
                : f.list(include, "include", "a list of files or builtin:NAME");
        for (YNode item : items) {
            String name = f.string(item, "include", "a file or builtin:NAME");
            if (name.isEmpty()) {
                continue;
            }
            String target = name.startsWith("builtin:") || file.startsWith("builtin:") && !name.contains("/")
                    ? (name.startsWith("builtin:") ? name : "builtin:" + name)
                    : resolvePath(file, name);
            if (stack.contains(target)) {
                f.problem(item, "include", "includes without a cycle", "\"" + name + "\" (already being read)", null);
                continue;
            }
            if (!fileIncludes && !target.startsWith("builtin:")) {
                f.problem(item, "include", "builtin:NAME (this reader does not open files)", "\"" + name + "\"",
                        null);
                continue;
            }
            if (depth + 1 > MAX_INCLUDE_DEPTH) {
                f.problem(item, "include", "at most " + MAX_INCLUDE_DEPTH + " levels of include", "deeper nesting",
                        null);
                continue;
            }
            Optional<YNode> sub = loadWithIncludes(target, problems, stack, depth + 1, item);
            if (sub.isPresent()) {
                YNode body = withoutKeys(sub.get(), "id", "title", "description", "plumbline");
                merged = merged == null ? body : YNode.merge(merged, body);
            }
        }
        Map<String, YNode.YMap.Entry> own = new LinkedHashMap<>(m.entries());
        own.remove("include");
        YNode self = new YNode.YMap(m.mark(), own);
        return Optional.of(merged == null ? self : YNode.merge(merged, self));
    }

    private static YNode withoutKeys(YNode n, String... keys) {
        if (!(n instanceof YNode.YMap m)) {
            return n;
        }
        Map<String, YNode.YMap.Entry> e = new LinkedHashMap<>(m.entries());
        for (String k : keys) {
            e.remove(k);
        }
        return new YNode.YMap(m.mark(), e);
    }

    private static String resolvePath(String from, String name) {
        Path base = Path.of(from).toAbsolutePath().getParent();
        Path p = Path.of(name);
        return (p.isAbsolute() || base == null ? p : base.resolve(p)).normalize().toString();
    }

    // ------------------------------------------------------------------ the document

    private Scenario scenario(YNode root, Fields f) {
        YNode.YMap m = f.map(root, "", "a scenario mapping");
        if (m == null) {
            return null;
        }
        f.keys(m, "", TOP_KEYS, List.of("plumbline", "id"));
        YNode version = Fields.get(m, "plumbline");
        if (version != null) {
            int v = f.integer(version, "plumbline", 1, 1000);
            if (v != FORMAT_VERSION && f.problems.stream().noneMatch(p -> p.path().equals("plumbline"))) {
                f.problem(version, "plumbline", "format version " + FORMAT_VERSION, String.valueOf(v),
                        "this Plumbline reads version " + FORMAT_VERSION);
            }
        }
        String id = opt(m, "id") == null ? "" : f.id(opt(m, "id"), "id");
        String title = opt(m, "title") == null ? id : f.string(opt(m, "title"), "title", "a one-line title");
        String description = opt(m, "description") == null ? ""
                : f.string(opt(m, "description"), "description", "a description");
        List<String> assumptions = opt(m, "assumptions") == null ? List.of()
                : f.strings(opt(m, "assumptions"), "assumptions", "an assumption (text)");
        List<String> sources = opt(m, "sources") == null ? List.of() : f.strings(opt(m, "sources"), "sources", "a source");

        List<Party> parties = new ArrayList<>();
        YNode.YMap pm = opt(m, "parties") == null ? null : f.map(opt(m, "parties"), "parties", "a map of parties");
        if (pm != null) {
            for (Map.Entry<String, YNode.YMap.Entry> e : pm.entries().entrySet()) {
                String path = "parties." + e.getKey();
                f.checkId(e.getValue().keyMark(), e.getKey(), path);
                YNode.YMap pv = f.map(e.getValue().value(), path, "a party such as {name: NATO}");
                String name = e.getKey();
                if (pv != null) {
                    f.keys(pv, path, List.of("name", "sources", "notes"), List.of());
                    if (opt(pv, "name") != null) {
                        name = f.string(opt(pv, "name"), path + ".name", "a name");
                    }
                }
                parties.add(new Party(e.getKey(), name));
            }
        }
        Set<String> partyIds = new HashSet<>();
        parties.forEach(p -> partyIds.add(p.id()));

        List<DefenceSystem> systems = new ArrayList<>();
        Set<String> sensorAndSiteIds = new HashSet<>();
        YNode.YMap sm = opt(m, "systems") == null ? null : f.map(opt(m, "systems"), "systems", "a map of systems");
        if (sm != null) {
            for (Map.Entry<String, YNode.YMap.Entry> e : sm.entries().entrySet()) {
                DefenceSystem s = system(e.getKey(), e.getValue(), f, partyIds, sensorAndSiteIds);
                if (s != null) {
                    systems.add(s);
                }
            }
        }
        Set<String> systemIds = new HashSet<>();
        systems.forEach(s -> systemIds.add(s.id()));

        List<DataExchange> exchange = new ArrayList<>();
        YNode dx = opt(m, "data-exchange");
        if (dx != null) {
            List<YNode> items = f.list(dx, "data-exchange", "a list of links {from, to, shared, latency}");
            for (int i = 0; i < items.size(); i++) {
                String path = "data-exchange[" + i + "]";
                YNode.YMap l = f.map(items.get(i), path, "a link {from, to, shared, latency}");
                if (l == null) {
                    continue;
                }
                f.keys(l, path, List.of("from", "to", "shared", "latency", "sources", "notes"),
                        List.of("from", "to", "shared", "latency"));
                String from = ref(l, "from", path, f, systemIds, "a system id");
                String to = ref(l, "to", path, f, systemIds, "a system id");
                String shared = opt(l, "shared") == null ? "tracks"
                        : f.choice(opt(l, "shared"), path + ".shared", List.of("launch-warning", "tracks"));
                double latency = opt(l, "latency") == null ? 0 : f.quantity(opt(l, "latency"), path + ".latency",
                        Fields.Kind.DURATION, 0, 3600, "[0, 1 h]");
                if (!from.isEmpty() && from.equals(to)) {
                    f.problem(l, path + ".to", "a different system from \"from\"", "\"" + to + "\"", null);
                }
                exchange.add(new DataExchange(from, to, shared.equals("tracks") ? DataExchange.Shared.TRACKS
                        : DataExchange.Shared.LAUNCH_WARNING, latency));
            }
        }

        List<Sector> sectors = new ArrayList<>();
        YNode sx = opt(m, "sectors");
        if (sx != null) {
            List<YNode> items = f.list(sx, "sectors", "a list of sectors {system, region}");
            for (int i = 0; i < items.size(); i++) {
                String path = "sectors[" + i + "]";
                YNode.YMap l = f.map(items.get(i), path, "a sector {system, region}");
                if (l == null) {
                    continue;
                }
                f.keys(l, path, List.of("system", "region", "notes"), List.of("system", "region"));
                String system = ref(l, "system", path, f, systemIds, "a system id");
                String region = opt(l, "region") == null ? "" : f.choice(opt(l, "region"), path + ".region", REGIONS);
                sectors.add(new Sector(system, region));
            }
        }

        List<ThreatSet> threats = new ArrayList<>();
        YNode.YMap tm = opt(m, "threat-sets") == null ? null
                : f.map(opt(m, "threat-sets"), "threat-sets", "a map of threat sets");
        if (tm != null) {
            for (Map.Entry<String, YNode.YMap.Entry> e : tm.entries().entrySet()) {
                ThreatSet t = threatSet(e.getKey(), e.getValue(), f);
                if (t != null) {
                    threats.add(t);
                }
            }
        }
        Set<String> threatIds = new HashSet<>();
        threats.forEach(t -> threatIds.add(t.id()));

        List<Criterion> criteria = new ArrayList<>();
        YNode.YMap cm = opt(m, "criteria") == null ? null : f.map(opt(m, "criteria"), "criteria", "a map of criteria");
        List<Runnable> marginChecks = new ArrayList<>();
        if (cm != null) {
            for (Map.Entry<String, YNode.YMap.Entry> e : cm.entries().entrySet()) {
                Criterion c = criterion(e.getKey(), e.getValue(), f, threatIds, systemIds, marginChecks);
                if (c != null) {
                    criteria.add(c);
                }
            }
        }
        marginChecks.forEach(Runnable::run);
        return new Scenario(id, title, description, assumptions, sources, parties, systems, exchange, sectors, threats,
                criteria, f.uncertainties);
    }

    private static YNode opt(YNode.YMap m, String key) {
        return Fields.get(m, key);
    }

    private static String ref(YNode.YMap m, String key, String path, Fields f, Set<String> known, String what) {
        YNode n = opt(m, key);
        if (n == null) {
            return "";
        }
        String s = f.string(n, path + "." + key, what);
        if (!s.isEmpty() && !known.contains(s)) {
            String near = org.plumbline.io.Suggest.nearest(s, known);
            f.problem(n, path + "." + key, what + (known.isEmpty() ? "" : " (" + String.join(", ",
                    new java.util.TreeSet<>(known)) + ")"), "\"" + s + "\"",
                    near == null ? null : "did you mean \"" + near + "\"?");
        }
        return s;
    }

    // ------------------------------------------------------------------ catalog references

    /**
     * The node of a reference that may be a catalog id ("sm3-iia") or a map with {type: id, overrides}
     * or a full inline definition: the catalog entry merged with the overrides.
     */
    private YNode.YMap resolveEntry(YNode n, String path, Fields f, Catalog.Kind kind, boolean typeRequired) {
        if (n instanceof YNode.YScalar s) {
            Optional<Catalog.Entry> e = catalog.find(kind, s.text());
            if (e.isEmpty()) {
                unknown(n, path, f, kind, s.text());
                return null;
            }
            return e.get().node();
        }
        YNode.YMap m = f.map(n, path, "a catalog id or a map");
        if (m == null) {
            return null;
        }
        YNode type = opt(m, "type");
        if (type == null) {
            if (typeRequired) {
                f.problem(m, path + ".type", "a catalog id of " + kind.section(), "nothing", null);
                return null;
            }
            return m;
        }
        String id = f.string(type, path + ".type", "a catalog id");
        Optional<Catalog.Entry> e = catalog.find(kind, id);
        if (e.isEmpty()) {
            unknown(type, path + ".type", f, kind, id);
            return null;
        }
        return (YNode.YMap) YNode.merge(e.get().node(), m);
    }

    private void unknown(YNode n, String path, Fields f, Catalog.Kind kind, String id) {
        String near = org.plumbline.io.Suggest.nearest(id, catalog.entries(kind).keySet());
        f.problem(n, path, "a catalog id of " + kind.section() + " (see: plumbline catalog " + kind.section() + ")",
                "\"" + id + "\"", near == null ? null : "did you mean \"" + near + "\"?");
    }

    /** A position from {at: place-id} or {position: ...} in map m; also returns the place kind if any. */
    private GeodeticPoint place(YNode.YMap m, String path, Fields f, String[] kindOut) {
        YNode at = opt(m, "at");
        YNode pos = opt(m, "position");
        if (at != null && pos != null) {
            f.problem(pos, path + ".position", "either at: or position:, not both", "both", null);
        }
        if (pos != null) {
            return f.position(pos, path + ".position");
        }
        if (at == null) {
            f.problem(m, path + ".at", "a place: at: CATALOG-PLACE or position: \"LAT, LON\"", "nothing", null);
            return GeodeticPoint.ofDegrees(0, 0);
        }
        String id = f.string(at, path + ".at", "a catalog place id");
        Optional<Catalog.Entry> e = catalog.find(Catalog.Kind.PLACES, id);
        if (e.isEmpty()) {
            if (!id.isEmpty()) {
                unknown(at, path + ".at", f, Catalog.Kind.PLACES, id);
            }
            return GeodeticPoint.ofDegrees(0, 0);
        }
        YNode.YMap pe = e.get().node();
        f.keys(pe, "places." + id, PLACE_KEYS, List.of("position"));
        if (kindOut != null && opt(pe, "kind") != null) {
            kindOut[0] = f.choice(opt(pe, "kind"), "places." + id + ".kind", PLACE_KINDS);
        }
        YNode p = opt(pe, "position");
        return p == null ? GeodeticPoint.ofDegrees(0, 0) : f.position(p, "places." + id + ".position");
    }

    // ------------------------------------------------------------------ systems

    private DefenceSystem system(String id, YNode.YMap.Entry entry, Fields f, Set<String> partyIds,
                                 Set<String> usedIds) {
        String path = "systems." + id;
        f.checkId(entry.keyMark(), id, path);
        YNode.YMap m = f.map(entry.value(), path, "a system {party, radars, sites, ...}");
        if (m == null) {
            return null;
        }
        f.keys(m, path, SYSTEM_KEYS, List.of("party"));
        String party = ref(m, "party", path, f, partyIds, "a party id");
        boolean remote = opt(m, "launch-on-remote") != null && f.bool(opt(m, "launch-on-remote"),
                path + ".launch-on-remote");
        CommandDelays delays = new CommandDelays(0, 0);
        if (opt(m, "delays") != null) {
            YNode.YMap d = f.map(opt(m, "delays"), path + ".delays", "{detection-to-decision, decision-to-launch}");
            if (d != null) {
                f.keys(d, path + ".delays", List.of("detection-to-decision", "decision-to-launch", "sources", "notes"),
                        List.of("detection-to-decision", "decision-to-launch"));
                double a = opt(d, "detection-to-decision") == null ? 0 : f.quantity(opt(d, "detection-to-decision"),
                        path + ".delays.detection-to-decision", Fields.Kind.DURATION, 0, 3600, "[0, 1 h]");
                double b = opt(d, "decision-to-launch") == null ? 0 : f.quantity(opt(d, "decision-to-launch"),
                        path + ".delays.decision-to-launch", Fields.Kind.DURATION, 0, 3600, "[0, 1 h]");
                delays = new CommandDelays(a, b);
            }
        }
        List<Radar> radars = new ArrayList<>();
        if (opt(m, "radars") != null) {
            YNode.YMap rm = f.map(opt(m, "radars"), path + ".radars", "a map of radars");
            if (rm != null) {
                for (Map.Entry<String, YNode.YMap.Entry> e : rm.entries().entrySet()) {
                    String rp = path + ".radars." + e.getKey();
                    f.checkId(e.getValue().keyMark(), e.getKey(), rp);
                    unique(e.getKey(), e.getValue().keyMark(), rp, f, usedIds);
                    Radar r = radar(e.getKey(), e.getValue().value(), rp, f);
                    if (r != null) {
                        radars.add(r);
                    }
                }
            }
        }
        List<EarlyWarningSatellite> sats = new ArrayList<>();
        if (opt(m, "satellites") != null) {
            YNode.YMap sm = f.map(opt(m, "satellites"), path + ".satellites", "a map of early-warning satellites");
            if (sm != null) {
                for (Map.Entry<String, YNode.YMap.Entry> e : sm.entries().entrySet()) {
                    String sp = path + ".satellites." + e.getKey();
                    f.checkId(e.getValue().keyMark(), e.getKey(), sp);
                    unique(e.getKey(), e.getValue().keyMark(), sp, f, usedIds);
                    YNode.YMap s = f.map(e.getValue().value(), sp, "{detection-altitude, latency}");
                    if (s == null) {
                        continue;
                    }
                    f.keys(s, sp, List.of("detection-altitude", "latency", "sources", "notes"),
                            List.of("detection-altitude", "latency"));
                    double alt = opt(s, "detection-altitude") == null ? 0 : f.quantity(opt(s, "detection-altitude"),
                            sp + ".detection-altitude", Fields.Kind.LENGTH, 0, 200_000, "[0, 200 km]");
                    double lat = opt(s, "latency") == null ? 0 : f.quantity(opt(s, "latency"), sp + ".latency",
                            Fields.Kind.DURATION, 0, 3600, "[0, 1 h]");
                    sats.add(new EarlyWarningSatellite(e.getKey(), alt, lat));
                }
            }
        }
        List<InterceptorSite> sites = new ArrayList<>();
        if (opt(m, "sites") != null) {
            YNode.YMap sm = f.map(opt(m, "sites"), path + ".sites", "a map of interceptor sites");
            if (sm != null) {
                for (Map.Entry<String, YNode.YMap.Entry> e : sm.entries().entrySet()) {
                    String sp = path + ".sites." + e.getKey();
                    f.checkId(e.getValue().keyMark(), e.getKey(), sp);
                    unique(e.getKey(), e.getValue().keyMark(), sp, f, usedIds);
                    InterceptorSite s = site(e.getKey(), e.getValue().value(), sp, f);
                    if (s != null) {
                        sites.add(s);
                    }
                }
            }
        }
        return new DefenceSystem(id, party, radars, sats, sites, delays, remote);
    }

    private static void unique(String id, YNode.Mark at, String path, Fields f, Set<String> used) {
        if (!used.add(id)) {
            f.problem(at, path, "sensor and site ids unique in the scenario", "\"" + id + "\" again", null);
        }
    }

    private InterceptorSite site(String id, YNode n, String path, Fields f) {
        YNode.YMap m = f.map(n, path, "a site {at or position, interceptor, count}");
        if (m == null) {
            return null;
        }
        f.keys(m, path, SITE_KEYS, List.of("interceptor", "count"));
        String[] placeKind = {""};
        GeodeticPoint pos = place(m, path, f, placeKind);
        String kindText = opt(m, "kind") != null ? f.choice(opt(m, "kind"), path + ".kind", List.of("land", "sea"))
                : placeKind[0].equals("sea-station") || placeKind[0].equals("slbm-area") ? "sea" : "land";
        InterceptorSite.Kind kind = kindText.equals("sea") ? InterceptorSite.Kind.SEA : InterceptorSite.Kind.LAND;
        if (kind == InterceptorSite.Kind.SEA && pos.altitudeM() != 0) {
            f.problem(opt(m, "position") == null ? m : opt(m, "position"), path + ".position",
                    "a sea station at sea level (altitude 0)", pos.altitudeM() + " m", null);
        }
        if (kind == InterceptorSite.Kind.LAND && pos.altitudeM() < -430) {
            f.problem(opt(m, "position") == null ? m : opt(m, "position"), path + ".position",
                    "a land site above -430 m (the Dead Sea shore, the lowest dry land)",
                    pos.altitudeM() + " m (inside the ocean floor or the ground)", null);
        }
        Interceptor interceptor = null;
        if (opt(m, "interceptor") != null) {
            interceptor = interceptor(opt(m, "interceptor"), path + ".interceptor", f);
        }
        int count = opt(m, "count") == null ? 1 : f.integer(opt(m, "count"), path + ".count", 1, 10_000);
        return interceptor == null ? null : new InterceptorSite(id, kind, pos, interceptor, count);
    }

    private Interceptor interceptor(YNode n, String path, Fields f) {
        YNode.YMap m = resolveEntry(n, path, f, Catalog.Kind.INTERCEPTORS, false);
        if (m == null) {
            return null;
        }
        f.keys(m, path, INTERCEPTOR_KEYS, List.of("burnout-speed", "burn-time", "min-altitude", "max-altitude",
                "max-flight-time", "max-range"));
        String name = opt(m, "name") == null ? null : f.string(opt(m, "name"), path + ".name", "a name");
        // An inline definition takes its site's name: "deveselu-interceptor".
        String id = opt(m, "type") != null ? f.string(opt(m, "type"), path + ".type", "an id")
                : n instanceof YNode.YScalar s ? s.text() : siteIdOf(path) + "-interceptor";
        name = name == null ? id : name;
        int before = f.problems.size();
        double v = q(m, "burnout-speed", path, f, Fields.Kind.SPEED, 100, 12_000, "(0.1, 12] km/s", 3000);
        double burn = q(m, "burn-time", path, f, Fields.Kind.DURATION, 1, 600, "[1 s, 600 s]", 60);
        int stages = opt(m, "stages") == null ? 3 : f.integer(opt(m, "stages"), path + ".stages", 1, 3);
        double minAlt = q(m, "min-altitude", path, f, Fields.Kind.LENGTH, 0, 5_000_000, "[0, 5000 km]", 0);
        double maxAlt = q(m, "max-altitude", path, f, Fields.Kind.LENGTH, 0, 10_000_000, "[0, 10000 km]", 1);
        double maxFlight = q(m, "max-flight-time", path, f, Fields.Kind.DURATION, 1, 7200, "[1 s, 2 h]", 600);
        double delay = q(m, "launch-delay", path, f, Fields.Kind.DURATION, 0, 600, "[0, 600 s]", 0);
        double minRange = q(m, "min-range", path, f, Fields.Kind.LENGTH, 0, 5_000_000, "[0, 5000 km]", 0);
        double maxRange = q(m, "max-range", path, f, Fields.Kind.LENGTH, 1, 20_000_000, "[1 m, 20000 km]", 1);
        if (f.problems.size() > before) {
            return null; // the cross-field checks below would only echo the field problems
        }
        if (maxAlt < minAlt) {
            f.problem(opt(m, "max-altitude") == null ? m : opt(m, "max-altitude"), path + ".max-altitude",
                    "a max-altitude above min-altitude", maxAlt / 1000 + " km", null);
            return null;
        }
        if (maxRange < minRange) {
            f.problem(opt(m, "max-range") == null ? m : opt(m, "max-range"), path + ".max-range",
                    "a max-range above min-range", maxRange / 1000 + " km", null);
            return null;
        }
        return new Interceptor(id, name, v, burn, stages, minAlt, maxAlt, maxFlight, delay, minRange, maxRange);
    }

    /** The site id in a path such as systems.nato.sites.deveselu.interceptor. */
    private static String siteIdOf(String path) {
        String[] parts = path.split("\\.");
        return parts.length >= 4 ? parts[3] : "inline";
    }

    private static double q(YNode.YMap m, String key, String path, Fields f, Fields.Kind kind, double min, double max,
                            String rangeText, double dflt) {
        YNode n = opt(m, key);
        return n == null ? dflt : f.quantity(n, path + "." + key, kind, min, max, rangeText);
    }

    private Radar radar(String id, YNode n, String path, Fields f) {
        YNode.YMap m = resolveEntry(n, path, f, Catalog.Kind.RADARS, true);
        if (m == null) {
            return null;
        }
        f.keys(m, path, RADAR_KEYS, List.of("faces", "detection-range", "reference-rcs"));
        String type = opt(m, "type") == null ? "" : f.string(opt(m, "type"), path + ".type", "a radar type");
        GeodeticPoint pos = place(m, path, f, null);
        List<RadarFace> faces = new ArrayList<>();
        if (opt(m, "faces") != null) {
            List<YNode> items = f.list(opt(m, "faces"), path + ".faces", "a list of faces");
            for (int i = 0; i < items.size(); i++) {
                String fp = path + ".faces[" + i + "]";
                YNode.YMap fm = f.map(items.get(i), fp, "a face {boresight, half-width, min-elevation, max-elevation}");
                if (fm == null) {
                    continue;
                }
                f.keys(fm, fp, FACE_KEYS, List.of("half-width"));
                double bore = q(fm, "boresight", fp, f, Fields.Kind.ANGLE, -2 * Math.PI, 2 * Math.PI,
                        "[-360, 360] deg", 0);
                double half = q(fm, "half-width", fp, f, Fields.Kind.ANGLE, 1e-3, Math.PI, "(0, 180] deg", Math.PI);
                double minEl = q(fm, "min-elevation", fp, f, Fields.Kind.ANGLE, -0.1, Math.PI / 2, "[-5, 90] deg", 0);
                double maxEl = q(fm, "max-elevation", fp, f, Fields.Kind.ANGLE, -0.1, Math.PI / 2, "[-5, 90] deg",
                        Math.PI / 2);
                if (maxEl < minEl) {
                    f.problem(fm, fp + ".max-elevation", "a max-elevation above min-elevation",
                            Math.toDegrees(maxEl) + " deg", null);
                    continue;
                }
                faces.add(new RadarFace(bore, half, minEl, maxEl));
            }
        }
        if (opt(m, "boresight") != null) {
            // Turn the whole array so that its first face points at the given azimuth.
            double bore = f.quantity(opt(m, "boresight"), path + ".boresight", Fields.Kind.ANGLE, -2 * Math.PI,
                    2 * Math.PI, "[-360, 360] deg");
            if (!faces.isEmpty()) {
                double shift = bore - faces.get(0).boresightAzimuthRad();
                List<RadarFace> turned = new ArrayList<>();
                for (RadarFace face : faces) {
                    double az = Math.IEEEremainder(face.boresightAzimuthRad() + shift, 2 * Math.PI);
                    turned.add(new RadarFace(az, face.halfWidthRad(), face.minElevationRad(), face.maxElevationRad()));
                }
                faces = turned;
            }
        }
        if (faces.isEmpty() && opt(m, "faces") != null) {
            f.problem(opt(m, "faces"), path + ".faces", "at least one face", "none", null);
        }
        double range = q(m, "detection-range", path, f, Fields.Kind.LENGTH, 1_000, 50_000_000, "[1 km, 50000 km]", 1e6);
        double rcs = q(m, "reference-rcs", path, f, Fields.Kind.AREA, 1e-6, 1e4, "[1e-6, 1e4] m2", 1);
        double instrumented = q(m, "instrumented-range", path, f, Fields.Kind.LENGTH, 1_000, 50_000_000,
                "[1 km, 50000 km]", Math.max(range, 1_000));
        double track = q(m, "track-formation", path, f, Fields.Kind.DURATION, 0, 600, "[0, 600 s]", 0);
        double latency = q(m, "reporting-latency", path, f, Fields.Kind.DURATION, 0, 600, "[0, 600 s]", 0);
        return faces.isEmpty() ? null : new Radar(id, type, pos, faces, range, rcs, instrumented, track, latency);
    }

    // ------------------------------------------------------------------ threats

    private ThreatSet threatSet(String id, YNode.YMap.Entry entry, Fields f) {
        String path = "threat-sets." + id;
        f.checkId(entry.keyMark(), id, path);
        YNode.YMap m = f.map(entry.value(), path, "a threat set {launch-areas, missiles, targets, shapes}");
        if (m == null) {
            return null;
        }
        f.keys(m, path, List.of("launch-areas", "missiles", "targets", "shapes", "sources", "notes"),
                List.of("launch-areas", "missiles", "targets"));
        List<LaunchArea> areas = new ArrayList<>();
        if (opt(m, "launch-areas") != null) {
            YNode.YMap am = f.map(opt(m, "launch-areas"), path + ".launch-areas", "a map of launch areas");
            if (am != null) {
                for (Map.Entry<String, YNode.YMap.Entry> e : am.entries().entrySet()) {
                    LaunchArea a = launchArea(e.getKey(), e.getValue(), path + ".launch-areas." + e.getKey(), f);
                    if (a != null) {
                        areas.add(a);
                    }
                }
            }
        }
        List<Missile> missiles = new ArrayList<>();
        if (opt(m, "missiles") != null) {
            List<YNode> items = opt(m, "missiles") instanceof YNode.YScalar ? List.of(opt(m, "missiles"))
                    : f.list(opt(m, "missiles"), path + ".missiles", "a list of missiles");
            // Scaled side by side (a scaling flies a few hundred trajectories), each item read into a
            // record of its own; missiles and problems are kept in the list's order.
            Missile[] built = new Missile[items.size()];
            List<Fields> parts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                parts.add(f.part());
            }
            IntStream.range(0, items.size()).parallel().forEach(i -> built[i] = missile(items.get(i),
                    path + ".missiles[" + i + "]", parts.get(i)));
            for (int i = 0; i < items.size(); i++) {
                f.absorb(parts.get(i));
                if (built[i] != null) {
                    missiles.add(built[i]);
                }
            }
        }
        TargetSet targets = opt(m, "targets") == null ? null : targets(opt(m, "targets"), path + ".targets", f);
        List<Shape> shapes = new ArrayList<>();
        if (opt(m, "shapes") == null) {
            shapes.add(Shape.MINIMUM_ENERGY);
        } else {
            List<YNode> items = opt(m, "shapes") instanceof YNode.YScalar ? List.of(opt(m, "shapes"))
                    : f.list(opt(m, "shapes"), path + ".shapes", "a list of shapes");
            for (int i = 0; i < items.size(); i++) {
                String sp = path + ".shapes[" + i + "]";
                String text = f.string(items.get(i), sp, "a shape");
                try {
                    shapes.add(Shapes.parse(text));
                } catch (InputException e) {
                    f.problem(items.get(i), sp, e.expectedText().isEmpty() ? "a shape" : e.expectedText(),
                            "\"" + (e.foundText().isEmpty() ? text : e.foundText()) + "\"", e.hint());
                }
            }
        }
        return targets == null ? null : new ThreatSet(id, areas, missiles, targets, shapes);
    }

    private LaunchArea launchArea(String id, YNode.YMap.Entry entry, String path, Fields f) {
        f.checkId(entry.keyMark(), id, path);
        YNode n = entry.value();
        if (n instanceof YNode.YScalar s) {
            Optional<Catalog.Entry> e = catalog.find(Catalog.Kind.PLACES, s.text());
            if (e.isEmpty()) {
                unknown(n, path, f, Catalog.Kind.PLACES, s.text());
                return null;
            }
            YNode p = opt(e.get().node(), "position");
            return p == null ? null : new LaunchArea.Point(id, f.position(p, "places." + s.text() + ".position"));
        }
        YNode.YMap m = f.map(n, path, "a place id, {at}, {position} or {polygon, spacing}");
        if (m == null) {
            return null;
        }
        f.keys(m, path, List.of("at", "position", "polygon", "spacing", "sources", "notes"), List.of());
        if (opt(m, "polygon") != null) {
            List<YNode> items = f.list(opt(m, "polygon"), path + ".polygon", "a list of positions");
            List<GeodeticPoint> vertices = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                vertices.add(f.position(items.get(i), path + ".polygon[" + i + "]"));
            }
            if (vertices.size() < 3) {
                f.problem(opt(m, "polygon"), path + ".polygon", "at least 3 vertices", vertices.size() + " vertices",
                        null);
                return null;
            }
            double spacing = opt(m, "spacing") == null ? 100_000 : f.quantity(opt(m, "spacing"), path + ".spacing",
                    Fields.Kind.LENGTH, 1_000, 2_000_000, "[1 km, 2000 km]");
            return new LaunchArea.Polygon(id, vertices, spacing);
        }
        return new LaunchArea.Point(id, place(m, path, f, null));
    }

    private TargetSet targets(YNode n, String path, Fields f) {
        YNode.YMap m = f.map(n, path, "one of {points}, {cities} or {grid}");
        if (m == null) {
            return null;
        }
        f.keys(m, path, List.of("points", "cities", "grid"), List.of());
        if (m.entries().size() != 1) {
            f.problem(m, path, "exactly one of points, cities or grid", m.entries().size() + " of them", null);
            return null;
        }
        if (opt(m, "points") != null) {
            YNode.YMap pm = f.map(opt(m, "points"), path + ".points", "a map of named positions");
            if (pm == null) {
                return null;
            }
            List<TargetSet.NamedPoint> pts = new ArrayList<>();
            for (Map.Entry<String, YNode.YMap.Entry> e : pm.entries().entrySet()) {
                String pp = path + ".points." + e.getKey();
                f.checkId(e.getValue().keyMark(), e.getKey(), pp);
                YNode v = e.getValue().value();
                GeodeticPoint g;
                if (v instanceof YNode.YScalar s && catalog.find(Catalog.Kind.PLACES, s.text()).isPresent()) {
                    g = f.position(opt(catalog.find(Catalog.Kind.PLACES, s.text()).get().node(), "position"),
                            "places." + s.text() + ".position");
                } else {
                    g = f.position(v, pp);
                }
                pts.add(new TargetSet.NamedPoint(e.getKey(), g));
            }
            if (pts.isEmpty()) {
                f.problem(pm, path + ".points", "at least one point", "none", null);
                return null;
            }
            return new TargetSet.Points(pts);
        }
        if (opt(m, "cities") != null) {
            YNode.YMap cm = f.map(opt(m, "cities"), path + ".cities", "{region, min-population}");
            if (cm == null) {
                return null;
            }
            f.keys(cm, path + ".cities", List.of("region", "min-population"), List.of("region"));
            String region = opt(cm, "region") == null ? "" : f.choice(opt(cm, "region"), path + ".cities.region",
                    REGIONS);
            double pop = opt(cm, "min-population") == null ? 100_000 : f.quantity(opt(cm, "min-population"),
                    path + ".cities.min-population", Fields.Kind.NUMBER, 0, 1e9, "[0, 1e9]");
            return new TargetSet.Cities(region, pop);
        }
        YNode.YMap gm = f.map(opt(m, "grid"), path + ".grid", "{region, spacing}");
        if (gm == null) {
            return null;
        }
        f.keys(gm, path + ".grid", List.of("region", "spacing"), List.of("region", "spacing"));
        String region = opt(gm, "region") == null ? "" : f.choice(opt(gm, "region"), path + ".grid.region", REGIONS);
        double spacing = opt(gm, "spacing") == null ? Math.toRadians(1) : f.quantity(opt(gm, "spacing"),
                path + ".grid.spacing", Fields.Kind.ANGLE, TargetSet.Grid.MIN_SPACING_RAD,
                TargetSet.Grid.MAX_SPACING_RAD, "[" + JsonWriter.format(GRID_SPACING_MIN_DEG, 4) + ", "
                        + JsonWriter.format(GRID_SPACING_MAX_DEG, 4) + "] deg");
        return new TargetSet.Grid(region, spacing);
    }

    private Missile missile(YNode n, String path, Fields f) {
        YNode.YMap m = resolveEntry(n, path, f, Catalog.Kind.MISSILES, false);
        if (m == null) {
            return null;
        }
        f.keys(m, path, MISSILE_KEYS, List.of("propellant", "burn-time"));
        // An inline missile is named by its name, else by its threat set and place in the list.
        String id = opt(m, "type") != null ? f.string(opt(m, "type"), path + ".type", "an id")
                : n instanceof YNode.YScalar s ? s.text()
                : opt(m, "name") != null ? f.string(opt(m, "name"), path + ".name", "a name")
                : path.replace("threat-sets.", "").replace(".missiles[", "-missile-").replace("]", "");
        String propellant = opt(m, "propellant") == null ? "liquid"
                : f.choice(opt(m, "propellant"), path + ".propellant", List.of("liquid", "solid"));
        double burn = q(m, "burn-time", path, f, Fields.Kind.DURATION, 10, 1000, "[10 s, 1000 s]", 100);
        YNode rangeNode = opt(m, "nominal-range");
        YNode speedNode = opt(m, "burnout-speed");
        if ((rangeNode == null) == (speedNode == null)) {
            f.problem(m, path, "exactly one of nominal-range or burnout-speed",
                    rangeNode == null ? "neither" : "both", null);
            return null;
        }
        GenericRocket.Propellant p = propellant.equals("solid") ? GenericRocket.Propellant.SOLID
                : GenericRocket.Propellant.LIQUID;
        int before = f.problems.size();
        double range = rangeNode == null ? 0 : f.quantity(rangeNode, path + ".nominal-range", Fields.Kind.LENGTH,
                100_000, 19_000_000, "[100 km, 19000 km]");
        double speed = speedNode == null ? 0 : f.quantity(speedNode, path + ".burnout-speed", Fields.Kind.SPEED, 500,
                7_800, "[0.5, 7.8] km/s");
        if (f.problems.size() > before) {
            return null;
        }
        List<Object> key = List.of(id, p, range, speed, burn, settings);
        try {
            boolean byRange = rangeNode != null;
            ImpulseFactors.Key scaling = byRange
                    ? new ImpulseFactors.Key(p, ImpulseFactors.Measure.NOMINAL_RANGE, range, burn)
                    : new ImpulseFactors.Key(p, ImpulseFactors.Measure.BURNOUT_SPEED, speed, burn);
            scalings.accept(scaling);
            return MISSILE_CACHE.computeIfAbsent(key, k -> new ScaledMissile(
                    () -> ImpulseFactors.missile(scaling, settings).withId(id))).get();
        } catch (IllegalArgumentException e) {
            f.problem(rangeNode != null ? rangeNode : speedNode, path, "a missile a generic rocket can represent",
                    e.getMessage(), "change the burn time or the propellant");
            return null;
        }
    }

    // ------------------------------------------------------------------ criteria

    private Criterion criterion(String id, YNode.YMap.Entry entry, Fields f, Set<String> threatIds,
                                Set<String> systemIds, List<Runnable> marginChecks) {
        String path = "criteria." + id;
        f.checkId(entry.keyMark(), id, path);
        YNode.YMap m = f.map(entry.value(), path, "a criterion {metric, at-least or at-most, ...}");
        if (m == null) {
            return null;
        }
        f.keys(m, path, CRITERION_KEYS, List.of("metric"));
        String description = opt(m, "description") == null ? ""
                : f.string(opt(m, "description"), path + ".description", "a description");
        List<String> metrics = new ArrayList<>();
        for (Criterion.Metric mt : Criterion.Metric.values()) {
            metrics.add(mt.label());
        }
        int beforeMetric = f.problems.size();
        String metricText = opt(m, "metric") == null ? metrics.get(0)
                : f.choice(opt(m, "metric"), path + ".metric", metrics);
        if (f.problems.size() > beforeMetric) {
            return null; // threshold and threat set depend on the metric: do not judge them against a guess
        }
        Criterion.Metric metric = Criterion.Metric.values()[metrics.indexOf(metricText)];
        YNode least = opt(m, "at-least");
        YNode most = opt(m, "at-most");
        if ((least == null) == (most == null)) {
            f.problem(m, path, "exactly one of at-least or at-most", least == null ? "neither" : "both", null);
            return null;
        }
        YNode t = least != null ? least : most;
        String tp = path + (least != null ? ".at-least" : ".at-most");
        double threshold = switch (metric.unit()) {
            case "s" -> f.quantity(t, tp, Fields.Kind.DURATION, 0, 1e5, "[0, 1e5 s]");
            case "m" -> f.quantity(t, tp, Fields.Kind.LENGTH, 0, 5e7, "[0, 50000 km]");
            case "m/s" -> f.quantity(t, tp, Fields.Kind.SPEED, 0, 12_000, "[0, 12 km/s]");
            default -> metric == Criterion.Metric.INTERCEPTOR_COUNT
                    ? f.quantity(t, tp, Fields.Kind.NUMBER, 0, 1e6, "[0, 1e6]")
                    : fraction(t, tp, f);
        };
        String threat = ref(m, "threat-set", path, f, threatIds, "a threat set id");
        boolean needsThreats = switch (metric) {
            case ENGAGEABLE_FRACTION, DEFENDED_POPULATION_FRACTION, DEFENDED_AREA_FRACTION, EARLIEST_INTERCEPT_TIME,
                 LOWEST_INTERCEPT_ALTITUDE -> true;
            default -> false;
        };
        if (needsThreats && threat.isEmpty() && opt(m, "threat-set") == null) {
            f.problem(m, path + ".threat-set", "a threat set for the metric " + metric.label(), "nothing", null);
        }
        List<String> systems = new ArrayList<>();
        if (opt(m, "systems") != null) {
            YNode sn = opt(m, "systems");
            List<YNode> items = sn instanceof YNode.YScalar ? List.of(sn) : f.list(sn, path + ".systems",
                    "a list of system ids");
            for (int i = 0; i < items.size(); i++) {
                String ip = path + ".systems" + (sn instanceof YNode.YScalar ? "" : "[" + i + "]");
                String s = f.string(items.get(i), ip, "a system id");
                if (!s.isEmpty() && !systemIds.contains(s)) {
                    String near = org.plumbline.io.Suggest.nearest(s, systemIds);
                    f.problem(items.get(i), ip, "a system id", "\"" + s + "\"",
                            near == null ? null : "did you mean \"" + near + "\"?");
                }
                systems.add(s);
            }
        }
        String region = opt(m, "region") == null ? "" : f.choice(opt(m, "region"), path + ".region", REGIONS);
        List<String> margins = new ArrayList<>();
        YNode marginsNode = opt(m, "margins");
        if (marginsNode != null) {
            List<YNode> items = marginsNode instanceof YNode.YScalar ? List.of(marginsNode)
                    : f.list(marginsNode, path + ".margins", "a list of parameter paths");
            for (int i = 0; i < items.size(); i++) {
                YNode item = items.get(i);
                String itemPath = path + ".margins" + (marginsNode instanceof YNode.YScalar ? "" : "[" + i + "]");
                String mp = f.string(item, itemPath, "a parameter path");
                if (mp.isEmpty()) {
                    continue;
                }
                margins.add(mp);
                marginChecks.add(() -> {
                    if (!f.numericPaths.contains(mp)) {
                        String near = org.plumbline.io.Suggest.nearest(mp, f.numericPaths);
                        f.problem(item, itemPath, "a numeric parameter path of this scenario, such as "
                                + "systems.nato.sites.deveselu.interceptor.burnout-speed", "\"" + mp + "\"",
                                near == null ? null : "did you mean \"" + near + "\"?");
                    }
                });
            }
        }
        return new Criterion(id, description, metric, least != null ? Criterion.Comparison.AT_LEAST
                : Criterion.Comparison.AT_MOST, threshold, threat, systems, region, margins);
    }

    private static double fraction(YNode t, String path, Fields f) {
        return f.quantity(t, path, Fields.Kind.FRACTION, 0, 1, "[0, 1] or [0 %, 100 %]");
    }
}
