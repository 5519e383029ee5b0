package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's worked example is what the command prints: the README stays true. */
class ReadmeTest {
    @Test
    void workedExampleOutputIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("./plumbline infer --apogee 2800km --range 933km --flight-time 37min"), "command");
        CliTest.Run r = CliTest.run("infer", "--apogee", "2800km", "--range", "933km", "--flight-time", "37min",
                "--from", "40,125", "--toward", "61.2,-149.9", "--toward", "47.6,-122.3");
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().strip().split("\n")) {
            assertTrue(readme.contains(line), "README lacks the printed line: " + line);
        }
    }

    @Test
    void readmeNamesTheTestCommandThatCiRuns() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(Path.of("..", ".ci", "run"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\nmvn -B verify\n") && ci.contains("\nmvn -B verify\n"));
    }

    @Test
    void readmeStartsWithTheMainJob() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int setUp = readme.indexOf("## Set-up: two commands");
        int first = readme.indexOf("```\n", setUp);
        assertTrue(setUp > 0 && readme.startsWith("```\n./plumbline assess\n```", first), "first command");
        assertTrue(AssessCommand.DEFAULT_SCENARIOS.stream().allMatch(s -> s.startsWith("epaa-phase-")));
    }

    /** The README shows the default assessment's table: it must be what the command prints. */
    @Test
    void theDefaultAssessmentTableIsInTheReadme(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("assess", "--out", out.toString(), "--no-progress");
        assertEquals(AssessCommand.NOT_ALL_PASS, r.code(), r.err());
        java.util.List<String> table = r.out().lines().dropWhile(l -> !l.startsWith("scenario"))
                .takeWhile(l -> !l.isBlank()).toList();
        assertEquals(5, table.size(), r.out());
        for (String line : table) {
            assertTrue(readme.contains("\n" + line + "\n"), "README lacks the printed line: " + line);
        }
    }
}
