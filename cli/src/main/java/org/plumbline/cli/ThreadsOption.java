package org.plumbline.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

/**
 * {@code --threads}, the worker threads of the commands that assess (a picocli mixin): 1 to
 * {@value #MAX}, default one per processor. The option and its check are the same in every command;
 * only the help text says what the threads work on, so each command mixes in the subclass with its
 * wording.
 */
abstract class ThreadsOption {
    /** The most worker threads accepted. */
    static final int MAX = 256;

    /** The threads asked for; null: the default. */
    Integer threads;

    /** Whether the value is usable; if not, says why on err in the command's name. */
    boolean check(String command, PrintWriter err) {
        if (threads != null && (threads < 1 || threads > MAX)) {
            err.println("plumbline " + command + ": --threads: expected 1 to " + MAX + ", found " + threads);
            return false;
        }
        return true;
    }

    /** The threads asked for, or {@code defaultThreads} when none were. */
    int or(int defaultThreads) {
        return threads != null ? threads : defaultThreads;
    }

    /** {@code plumbline assess}: several results. */
    static final class Results extends ThreadsOption {
        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor; the "
                + "results do not depend on it).")
        void set(Integer n) {
            threads = n;
        }
    }

    /** {@code plumbline footprint}: one result. */
    static final class Result extends ThreadsOption {
        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor; the "
                + "result does not depend on it).")
        void set(Integer n) {
            threads = n;
        }
    }

    /** {@code plumbline serve}: the threads of its assessments. */
    static final class Server extends ThreadsOption {
        @Option(names = "--threads", paramLabel = "N", description = "Assessment worker threads (default: one per "
                + "processor).")
        void set(Integer n) {
            threads = n;
        }
    }
}
