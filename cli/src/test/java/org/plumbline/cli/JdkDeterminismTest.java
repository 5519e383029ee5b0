package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: the same inputs give byte-identical reports on JDK 17 and JDK 25. Runs the same
 * {@code assess} in this JVM and in a second JDK (the test's own class path), then compares the four
 * files. The second JDK is {@code $PLUMBLINE_OTHER_JDK} or the Temurin 25 the project's machines
 * have; without one the test is skipped locally, and fails on CI ({@code CI} or
 * {@code PLUMBLINE_REQUIRE_OTHER_JDK} set) where the machine is known to have it.
 */
class JdkDeterminismTest {
    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path dir;

    @Test
    void reportsAreTheSameBytesOnAnotherJdk() throws Exception {
        String env = System.getenv("PLUMBLINE_OTHER_JDK");
        Path java = env != null ? Path.of(env) : TEMURIN_25;
        boolean required = System.getenv("CI") != null || System.getenv("PLUMBLINE_REQUIRE_OTHER_JDK") != null;
        if (!Files.isExecutable(java)) {
            if (required) {
                throw new AssertionError("no second JDK at " + java + " (set PLUMBLINE_OTHER_JDK)");
            }
            assumeTrue(false, "no second JDK at " + java);
        }
        Path criteria = dir.resolve("criteria.yaml");
        Files.writeString(criteria, AssessCommandTest.CRITERIA);
        Path here = dir.resolve("here");
        Path there = dir.resolve("there");
        CliTest.Run r = CliTest.run("assess", "epaa-phase-3", "--criteria", criteria.toString(), "--out",
                here.toString(), "--no-progress");
        assertEquals(AssessCommand.NOT_ALL_PASS, r.code(), r.err());

        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "assess", "epaa-phase-3", "--criteria", criteria.toString(), "--out",
                there.toString(), "--no-progress"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("other-jdk.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the other JDK's run took over 5 minutes");
        }
        assertEquals(AssessCommand.NOT_ALL_PASS, p.exitValue(), Files.readString(dir.resolve("other-jdk.log")));
        for (String f : List.of("report.json", "index.html", "footprints.geojson", "trajectories.kml")) {
            assertEquals(Files.readString(here.resolve(f)), Files.readString(there.resolve(f)), f);
        }
    }
}
