package org.plumbline.web;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.plumbline.core.assessment.Assessor;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.scenario.ScenarioJson;

/**
 * {@code plumbline serve}: the JSON API and the map page on one Javalin server. Every error is a JSON
 * object {@code {"error": ..., "problems": [...]}} with a 4xx status (5xx only for our own faults and
 * the time limit); no stack trace reaches a client. Bound to the loopback address unless told otherwise.
 */
public final class PlumblineServer implements AutoCloseable {
    /**
     * How to serve.
     *
     * @param bind         address to bind (127.0.0.1 by default: only this machine can connect)
     * @param port         TCP port, 0 for any free port
     * @param version      the version written into reports
     * @param timeLimit    the longest one request may compute
     * @param maxBodyBytes the largest request body accepted
     * @param threads      assessment worker threads
     * @param cacheSize    assessed scenarios kept
     * @param warmUp       whether to assess the default scenario at start, so that the page's first answer is quick
     * @param log          where to report internal errors (never sent to clients), or null
     */
    public record Options(String bind, int port, String version, Duration timeLimit, long maxBodyBytes, int threads,
                          int cacheSize, boolean warmUp, PrintStream log) {
        /** The default scenario of the page. */
        public static final String DEFAULT_SCENARIO = "epaa-phase-3";

        public Options {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(timeLimit, "timeLimit");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port = " + port + " is not in [0, 65535]");
            }
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("timeLimit = " + timeLimit + " is not positive");
            }
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("maxBodyBytes = " + maxBodyBytes + " is not at least 1024");
            }
            if (threads < 1 || cacheSize < 1) {
                throw new IllegalArgumentException("threads = " + threads + ", cacheSize = " + cacheSize
                        + ": both must be at least 1");
            }
        }

        /** Loopback, port 8080, 2 MB bodies, 120 s per request, one thread per processor, 8 cached results, warm-up on. */
        public static Options defaults(String version) {
            return new Options("127.0.0.1", 8080, version, Duration.ofSeconds(120), 2L << 20,
                    Runtime.getRuntime().availableProcessors(), 8, true, System.err);
        }

        public Options withPort(int p) {
            return new Options(bind, p, version, timeLimit, maxBodyBytes, threads, cacheSize, warmUp, log);
        }

        public Options withBind(String b) {
            return new Options(b, port, version, timeLimit, maxBodyBytes, threads, cacheSize, warmUp, log);
        }

        public Options withTimeLimit(Duration t) {
            return new Options(bind, port, version, t, maxBodyBytes, threads, cacheSize, warmUp, log);
        }

        public Options withWarmUp(boolean w) {
            return new Options(bind, port, version, timeLimit, maxBodyBytes, threads, cacheSize, w, log);
        }

        public Options withLog(PrintStream l) {
            return new Options(bind, port, version, timeLimit, maxBodyBytes, threads, cacheSize, warmUp, l);
        }

        public Options withThreads(int n) {
            return new Options(bind, port, version, timeLimit, maxBodyBytes, n, cacheSize, warmUp, log);
        }
    }

    private static final String ERROR_WRITTEN = "plumbline.errorWritten";
    private final Options options;
    private final Workbench workbench;
    private final Javalin app;

    private PlumblineServer(Options options) {
        this.options = options;
        this.workbench = new Workbench(options.version(), Assessor.Settings.defaults().withThreads(options.threads()),
                options.timeLimit(), options.cacheSize());
        Api api = new Api(workbench, options);
        boolean loopback = isLoopback(options.bind());
        Assets assets = new Assets();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.generateEtags = false;
            config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                        + "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'");
                if (loopback && !localHost(ctx.header("Host"))) {
                    // A page from elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) must not
                    // read this server's answers.
                    throw new ApiException(403, "this server answers requests for 127.0.0.1 or localhost only");
                }
                long length = ctx.contentLength();
                if (length > options.maxBodyBytes()) {
                    throw new ApiException(413, "the request body has " + length + " bytes; this server accepts at most "
                            + options.maxBodyBytes());
                }
            });
            for (String path : Assets.paths()) {
                Assets.Asset a = Assets.at(path).orElseThrow();
                config.routes.get(path, ctx -> ctx.contentType(a.contentType()).header("Cache-Control", "no-cache")
                        .result(assets.bytes(a)));
            }
            api.routes(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "the request body is larger than this server accepts ("
                            + options.maxBodyBytes() + " bytes)" : e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (endedEarly(e)) {
                    // The client's fault (it closed before sending the body it declared), not the server's.
                    error(ctx, 400, "the request body ended before its declared length (" + ctx.contentLength()
                            + " bytes)", null);
                    return;
                }
                if (options.log() != null) {
                    options.log().println("plumbline serve: internal error on " + ctx.method() + " " + ctx.path()
                            + ": " + e);
                }
                error(ctx, 500, "internal error (the server's log has the details)", null);
            });
            config.routes.error(404, ctx -> {
                if (!isJsonError(ctx)) {
                    error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path(), null);
                }
            });
            config.routes.error(405, ctx -> {
                if (!isJsonError(ctx)) {
                    error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path(), null);
                }
            });
        });
    }

    /** Whether reading the request failed because its body ended early (Jetty's end-of-file on input). */
    static boolean endedEarly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address to bind to is a loopback address (only this machine can connect). */
    public static boolean isLoopback(String bind) {
        try {
            return java.net.InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Whether a Host header names this machine's loopback address (with any port). */
    static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return h.equals("127.0.0.1") || h.equalsIgnoreCase("localhost") || h.equals("[::1]");
    }

    /** Whether an error body was already written (by the exception handlers). */
    private static boolean isJsonError(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ERROR_WRITTEN));
    }

    /** Writes the JSON error body. */
    static void error(Context ctx, int status, String message, ApiException e) {
        JsonWriter w = new JsonWriter().beginObject().name("error").value(message).name("problems");
        ScenarioJson.problems(w, e == null ? List.of() : e.problems());
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status).contentType("application/json; charset=utf-8").result(w.endObject().toString());
    }

    /** Starts a server; returns once it listens. */
    public static PlumblineServer start(Options options) {
        PlumblineServer s = new PlumblineServer(options);
        s.app.start(options.bind(), options.port());
        if (options.warmUp()) {
            s.warmUp();
        }
        return s;
    }

    private void warmUp() {
        Thread t = new Thread(() -> {
            try {
                workbench.assess(ScenarioInput.read(Options.DEFAULT_SCENARIO, null, null, List.of()).scenario());
            } catch (RuntimeException | Error e) {
                if (options.log() != null) {
                    options.log().println("plumbline serve: warm-up did not finish: " + e);
                }
            }
        }, "plumbline-serve-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The page's address. */
    public String url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return String.format(Locale.ROOT, "http://%s:%d/", host.equals("0.0.0.0") ? "127.0.0.1" : host, port());
    }

    /** Assessments computed so far (not answered from the cache). */
    public long assessmentsComputed() {
        return workbench.computed();
    }

    /**
     * Defended-area maps computed so far on the flights the map before kept (the same grid with
     * another defence).
     */
    public long mapsOnKeptFlights() {
        return workbench.mapsOnKeptFlights();
    }

    @Override
    public void close() {
        app.stop();
        workbench.close();
    }
}
