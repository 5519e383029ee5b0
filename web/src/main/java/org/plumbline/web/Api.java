package org.plumbline.web;

import java.util.List;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.io.Geography;
import org.plumbline.io.InputException;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.MissileSpecs;
import org.plumbline.io.Shapes;
import org.plumbline.io.TrajectoryOutput;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.CatalogJson;
import org.plumbline.io.scenario.CatalogPlaces;
import org.plumbline.io.scenario.ScenarioJson;
import org.plumbline.io.scenario.ScenarioReader;
import org.plumbline.report.EngageResult;
import org.plumbline.report.FootprintGrid;

/**
 * The JSON API ({@code docs/serve.md}). Each endpoint answers with the same JSON as the command
 * line's {@code --format json} for the same inputs, by calling the same functions.
 */
final class Api {
    /**
     * The finest defended-area grid the server computes, degrees: the 0.1 deg map of one
     * launch area takes 11-18 s in a warm server (docs/serve.md); the command line goes down to the
     * grid's own floor ({@link ScenarioReader#GRID_SPACING_MIN_DEG}). Maps of many distant launch
     * areas meet the time limit first, whose answer says to use the command line.
     */
    static final double MIN_FOOTPRINT_SPACING_DEG = 0.1;
    /** The grid spacing of a footprint request that names none, degrees. */
    static final double DEFAULT_FOOTPRINT_SPACING_DEG = 2.0;
    private final Workbench workbench;
    private final PlumblineServer.Options options;
    private final String catalogJson = CatalogJson.write(Catalog.builtin());

    Api(Workbench workbench, PlumblineServer.Options options) {
        this.workbench = workbench;
        this.options = options;
    }

    void routes(RoutesConfig config) {
        Routes r = new Routes(config, options);
        r.get("/api/version", ctx -> json(ctx, version()));
        r.get("/api/catalog", ctx -> json(ctx, catalogJson));
        r.get("/api/scenarios", ctx -> json(ctx, scenarioList()));
        r.get("/api/scenarios/{id}", ctx -> json(ctx, scenario(ctx.pathParam("id"))));
        r.get("/api/regions/{id}", ctx -> ctx.contentType("application/geo+json; charset=utf-8").result(Geography.builtin()
                .region(ctx.pathParam("id")).map(RegionGeoJson::write)
                .orElseThrow(() -> new ApiException(404, "no built-in region \"" + ctx.pathParam("id") + "\""))));
        r.post("/api/check", ctx -> {
            ScenarioInput in = Request.parse(ctx.bodyAsBytes()).scenario();
            json(ctx, ScenarioJson.valid(in.scenario()));
        });
        r.post("/api/assess", ctx -> json(ctx, assessed(ctx).json()));
        r.post("/api/layers", ctx -> ctx.contentType("application/geo+json; charset=utf-8").result(assessed(ctx).geoJson()));
        r.post("/api/threat", ctx -> {
            Request q = Request.parse(ctx.bodyAsBytes(), "margins", "threatSet", "threat");
            Workbench.Assessed a = workbench.assess(q.scenario().scenario(), q.flag("margins", false));
            json(ctx, ThreatTimeline.json(a.assessment(), q.required("threatSet"), q.required("threat")));
        });
        r.post("/api/engage", ctx -> json(ctx, engage(Request.parse(ctx.bodyAsBytes(), "launch", "target", "missile",
                "shape", "rcsM2", "assessmentS"))));
        r.post("/api/trajectory", ctx -> json(ctx, trajectory(Request.parseWithoutScenario(ctx.bodyAsBytes(), "from", "to", "missile",
                "shape", "earth"))));
        r.post("/api/footprint", ctx -> {
            Workbench.Mapped m = footprint(Request.parse(ctx.bodyAsBytes(), "launch", "missile", "spacing", "region"));
            ctx.header("X-Plumbline-Cells", Integer.toString(m.cells()))
                    .header("X-Plumbline-Defended-Fraction", JsonWriter.format(m.defendedFraction(), 6))
                    .header("X-Plumbline-Population-Defended-Fraction",
                            JsonWriter.format(m.populationDefendedFraction(), 6))
                    .header("X-Plumbline-Flights-Kept", Boolean.toString(m.flightsKept()))
                    .contentType("application/geo+json; charset=utf-8").result(m.geoJson());
        });
        r.post("/api/export/yaml", ctx -> {
            ScenarioInput in = Request.parse(ctx.bodyAsBytes()).scenario();
            attachment(ctx, "application/yaml; charset=utf-8", in.scenario().id() + (in.edited() ? "-edited" : "")
                    + ".yaml", in.yaml());
        });
        r.post("/api/export/html", ctx -> {
            Workbench.Assessed a = assessed(ctx);
            attachment(ctx, "text/html; charset=utf-8", a.assessment().scenario().id() + "-report.html",
                    a.html(Geography.builtin()));
        });
        r.post("/api/export/geojson", ctx -> {
            Workbench.Assessed a = assessed(ctx);
            attachment(ctx, "application/geo+json; charset=utf-8", a.assessment().scenario().id() + "-layers.geojson", a.geoJson());
        });
    }

    /**
     * Registers handlers that turn an {@link Error} (a class that failed to load, out of memory) into
     * the same JSON 500 as any internal error, instead of Jetty's empty answer.
     */
    private record Routes(RoutesConfig config, PlumblineServer.Options options) {
        void get(String path, io.javalin.http.Handler h) {
            config.get(path, safe(h));
        }

        void post(String path, io.javalin.http.Handler h) {
            config.post(path, safe(h));
        }

        private io.javalin.http.Handler safe(io.javalin.http.Handler h) {
            return ctx -> {
                try {
                    h.handle(ctx);
                } catch (Error e) {
                    if (options.log() != null) {
                        options.log().println("plumbline serve: internal error on " + ctx.method() + " " + ctx.path()
                                + ": " + e);
                    }
                    throw new ApiException(500, "internal error (the server's log has the details)");
                }
            };
        }
    }

    private Workbench.Assessed assessed(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        Request q = Request.parse(body, "margins");
        return workbench.assess(body, () -> q.scenario().scenario(), q.flag("margins", true));
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }

    private static void attachment(Context ctx, String type, String fileName, String body) {
        ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"" + ScenarioInput.safeName(fileName)
                + "\"").result(body);
    }

    private String version() {
        return new JsonWriter().beginObject().name("plumbline").value(options.version())
                .name("defaultScenario").value(PlumblineServer.Options.DEFAULT_SCENARIO)
                .name("timeLimitS").value(options.timeLimit().toSeconds())
                .name("maxBodyBytes").value(options.maxBodyBytes())
                .name("attribution").value(Geography.ATTRIBUTION).endObject().toString();
    }

    private volatile String scenarioList;

    /** The built-in list (read once: built-ins do not change while the server runs). */
    private String scenarioList() {
        String s = scenarioList;
        if (s == null) {
            s = scenarios();
            scenarioList = s;
        }
        return s;
    }

    private static String scenarios() {
        JsonWriter w = new JsonWriter().beginObject().name("default").value(PlumblineServer.Options.DEFAULT_SCENARIO)
                .name("scenarios").beginArray();
        for (String id : ScenarioReader.builtinNames()) {
            Scenario s = ScenarioInput.read(id, null, null, List.of()).scenario();
            w.beginObject().name("id").value(id).name("title").value(s.title())
                    .name("criteria").value(s.criteria().size()).endObject();
        }
        return w.endArray().endObject().toString();
    }

    private static String scenario(String id) {
        ScenarioInput in = ScenarioInput.read(id, null, null, List.of());
        JsonWriter w = new JsonWriter().beginObject().name("id").value(id).name("yaml").value(in.yaml())
                .name("scenario");
        ScenarioJson.summary(w, in.scenario());
        return w.endObject().toString();
    }

    private String engage(Request q) {
        ScenarioInput in = q.scenario();
        GeodeticPoint from = place("launch", q.required("launch"));
        GeodeticPoint to = place("target", q.required("target"));
        Missile m = missile(q.required("missile"));
        Shape shape = shape(q.text("shape"));
        double rcs = q.number("rcsM2", 0.1);
        if (!(rcs > 0 && rcs < EngageResult.MAX_RCS_M2)) {
            throw ApiException.badRequest("rcsM2: expected a cross-section in (0, 10000) m2, found " + rcs);
        }
        double assessment = q.number("assessmentS", 60.0);
        if (!(assessment >= 0 && assessment <= EngageResult.MAX_ASSESSMENT_S)) {
            throw ApiException.badRequest("assessmentS: expected 0 to 3600 s, found " + assessment);
        }
        return workbench.compute(() -> EngageResult.of(in.scenario(), m, from, to, shape, rcs, assessment,
                Geography.builtin().regions()).json());
    }

    /**
     * {@code POST /api/footprint}: {@code plumbline footprint SCENARIO --launch L [--missile M] [--region R]
     * --spacing D} on the server, spacing at least {@link #MIN_FOOTPRINT_SPACING_DEG}.
     */
    private Workbench.Mapped footprint(Request q) {
        double spacing = q.number("spacing", DEFAULT_FOOTPRINT_SPACING_DEG);
        if (!(spacing >= MIN_FOOTPRINT_SPACING_DEG && spacing <= ScenarioReader.GRID_SPACING_MAX_DEG)) {
            throw ApiException.badRequest("spacing: expected " + JsonWriter.format(MIN_FOOTPRINT_SPACING_DEG, 4)
                    + " to " + JsonWriter.format(ScenarioReader.GRID_SPACING_MAX_DEG, 4) + " degrees on this server "
                    + "(for a finer map use plumbline footprint --spacing, down to "
                    + JsonWriter.format(ScenarioReader.GRID_SPACING_MIN_DEG, 4) + "), found "
                    + JsonWriter.format(spacing, 4));
        }
        String launch = q.required("launch");
        String spec = q.text("missile");
        List<Missile> missiles = spec == null || spec.isBlank() ? List.of() : List.of(missile(spec));
        String region = q.text("region") == null ? FootprintGrid.DEFAULT_REGION : q.text("region");
        Scenario s = q.scenario().scenario();
        FootprintGrid.Plan plan;
        try {
            plan = FootprintGrid.plan(s, launch, missiles, region, spacing, "launch", "missile");
        } catch (InputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return workbench.footprint(plan);
    }

    private String trajectory(Request q) {
        GeodeticPoint from = place("from", q.required("from"));
        GeodeticPoint to = place("to", q.required("to"));
        Missile m = missile(q.required("missile"));
        Shape shape = shape(q.text("shape"));
        String earthLabel = q.text("earth") == null ? "rotating" : q.text("earth");
        EarthModel earth = switch (earthLabel) {
            case "rotating" -> EarthModel.WGS84;
            case "non-rotating" -> EarthModel.WGS84.withoutRotation();
            case "spherical" -> EarthModel.SPHERICAL;
            case "spherical-non-rotating" -> EarthModel.SPHERICAL.withoutRotation();
            default -> throw ApiException.badRequest("earth: expected rotating, non-rotating, spherical or "
                    + "spherical-non-rotating, found \"" + earthLabel + "\"");
        };
        return workbench.compute(() -> {
            TargetingResult r = new TrajectorySolver(new NativeFlightEngine(earth, m, FlightSettings.DEFAULT))
                    .solve(from, to, shape);
            return TrajectoryOutput.json(m.id(), shape.label(), earthLabel, from, to, r);
        });
    }

    private static GeodeticPoint place(String field, String text) {
        try {
            return CatalogPlaces.resolve(field, text);
        } catch (InputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static Missile missile(String spec) {
        try {
            return MissileSpecs.resolve(spec, FlightSettings.DEFAULT);
        } catch (InputException e) {
            throw ApiException.badRequest("missile: " + e.getMessage());
        }
    }

    private static Shape shape(String text) {
        try {
            return Shapes.parse(text == null ? "minimum-energy" : text);
        } catch (InputException e) {
            throw ApiException.badRequest("shape: " + e.getMessage());
        }
    }
}
