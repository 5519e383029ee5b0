package org.plumbline.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code plumbline} command. Exit codes: 0 success, 2 bad input (one line on stderr naming the
 * argument, what was expected and what was found), 1 internal error (stack trace only with
 * {@code --debug}).
 */
@Command(name = "plumbline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Open, checkable kinematics of ballistic missiles and missile defence.",
        subcommands = {AssessCommand.class, FootprintCommand.class, TrajectoryCommand.class, ReachCommand.class,
            InferCommand.class,
            EngageCommand.class,
            CheckCommand.class,
            CatalogCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (rerun with --debug for details)",
            "2:bad input: an argument could not be read",
            "3:(assess) a criterion fails or is indeterminate"})
public final class Main implements Runnable {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar manifest (falls back to "dev"). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"plumbline " + version()};
        }
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** A configured command line writing to the given streams (used by tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandName().equals("plumbline") ? "plumbline: " + ex.getMessage()
                    : "plumbline " + c.getCommandName() + ": " + ex.getMessage());
            c.getErr().flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean debug = parseResult.expandedArgs().contains("--debug");
            c.getErr().println("plumbline " + c.getCommandName() + ": internal error: " + ex
                    + (debug ? "" : " (rerun with --debug for the stack trace)"));
            if (debug) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // Not a user mistake and not a defect to show as a stack trace: say what to do.
            err.println("plumbline: out of memory (the Java heap is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB; the default assessment needs about 1 GB): rerun with a larger heap, e.g. "
                    + "JAVA_TOOL_OPTIONS=-Xmx2g");
            code = INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
