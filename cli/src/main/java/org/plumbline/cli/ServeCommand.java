package org.plumbline.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.plumbline.web.PlumblineServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline serve}: the JSON API and the offline map page on a local web server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the explorer: a map page to edit a deployment and watch the verdicts and margins change, "
                + "and a JSON API that answers with the same JSON as --format json (catalog, check, trajectory, "
                + "engage, assess). Works with no network: every file the page loads comes from this server."},
        footer = {"%nExamples:", "  plumbline serve", "  plumbline serve --port 9000",
            "%nBound to 127.0.0.1 by default: only this machine can connect. The API is described in docs/serve.md.",
            "Stop with Ctrl-C. Exit codes: 0 stopped, 1 internal error, 2 bad input (for example a port in use)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--time-limit", paramLabel = "DUR", defaultValue = "120s", converter = Converters.Duration.class,
            description = "Longest computation of one request (default ${DEFAULT-VALUE}); past it the answer is 503.")
    double timeLimitS;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption.Server();

    @Option(names = "--warm-up", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Assess the default scenario at start, so that the page's first answer is quick (default on).")
    boolean warmUp;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("plumbline serve: --port: expected 0 to 65535, found " + port);
            return Main.BAD_INPUT;
        }
        if (!(timeLimitS >= 1 && timeLimitS <= 86_400)) {
            err.println("plumbline serve: --time-limit: expected 1 s to 24 h, found " + timeLimitS + " s");
            return Main.BAD_INPUT;
        }
        if (!threads.check("serve", err)) {
            return Main.BAD_INPUT;
        }
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("plumbline serve: --bind: expected an address of this machine, found \"" + bind + "\"");
            return Main.BAD_INPUT;
        }
        PlumblineServer.Options o = PlumblineServer.Options.defaults(Main.version()).withPort(port).withBind(bind)
                .withTimeLimit(Duration.ofMillis(Math.round(timeLimitS * 1000))).withWarmUp(warmUp);
        if (threads.threads != null) {
            o = o.withThreads(threads.threads);
        }
        PlumblineServer server;
        try {
            server = PlumblineServer.start(o);
        } catch (RuntimeException e) {
            err.println("plumbline serve: could not listen on " + bind + ":" + port + ": " + rootMessage(e));
            return Main.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "plumbline-serve-stop"));
        out.println("Plumbline explorer: " + server.url());
        if (!PlumblineServer.isLoopback(bind)) {
            out.println("Listening on " + bind + ": other machines can connect (there is no authentication).");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
