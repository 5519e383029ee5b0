package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code --threads}, mixed into assess, footprint and serve: the value reaches the command, the range is checked. */
class ThreadsOptionTest {
    @Test
    void eachCommandReadsTheValueOrKeepsTheDefault() {
        AssessCommand assess = new AssessCommand();
        new CommandLine(assess).parseArgs("--threads", "3", "epaa-phase-1");
        assertEquals(3, assess.threads.or(8));
        FootprintCommand footprint = new FootprintCommand();
        new CommandLine(footprint).parseArgs("epaa-phase-3", "--launch", "semnan", "--threads", "256");
        assertEquals(256, footprint.threads.or(8));
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertEquals(8, serve.threads.or(8));
    }

    @Test
    void outsideOneTo256IsRefusedInTheCommandsName() {
        ThreadsOption t = new ThreadsOption.Server();
        StringWriter err = new StringWriter();
        for (int ok : new int[] {1, 256}) {
            t.threads = ok;
            assertTrue(t.check("serve", new PrintWriter(err, true)), "threads " + ok);
        }
        assertEquals("", err.toString());
        for (int bad : new int[] {257, 0, -1}) {
            StringWriter e = new StringWriter();
            t.threads = bad;
            assertFalse(t.check("serve", new PrintWriter(e, true)), "threads " + bad);
            assertEquals("plumbline serve: --threads: expected 1 to 256, found " + bad + "\n",
                    e.toString().replace("\r", ""));
        }
    }
}
