package org.plumbline.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.core.scenario.Scenario;

/** Includes from text someone else wrote: a confined reader follows built-ins only (issue 6). */
class ScenarioReaderIncludesTest {
    @TempDir
    Path dir;

    @Test
    void aConfinedReaderRefusesFileIncludesAndFollowsBuiltins() throws Exception {
        Path secret = dir.resolve("secret.yaml");
        Files.writeString(secret, "plumbline: 1\nid: secret\nparties: {x: {name: X}}\n");
        String text = "plumbline: 1\nid: uploaded\ninclude: [builtin:epaa-phase-3, \"" + secret + "\"]\n";
        ProblemReport r = assertThrows(ProblemReport.class,
                () -> ScenarioReader.standard().withoutFileIncludes().parse("upload.yaml", text));
        assertEquals(1, r.problems().size(), r.describe());
        assertTrue(r.describe().contains("upload.yaml:3:") && r.describe().contains("expected builtin:NAME"),
                r.describe());
        // The same text is fine for the trusting reader, and built-ins alone are fine for both.
        Scenario trusted = ScenarioReader.standard().parse("upload.yaml", text);
        assertTrue(trusted.parties().stream().anyMatch(p -> p.id().equals("x")));
        Scenario builtin = ScenarioReader.standard().withoutFileIncludes().parse("upload.yaml",
                "plumbline: 1\nid: uploaded\ninclude: [builtin:epaa-phase-3]\n");
        assertEquals("uploaded", builtin.id());
        assertTrue(builtin.systems().size() >= 1);
    }
}
