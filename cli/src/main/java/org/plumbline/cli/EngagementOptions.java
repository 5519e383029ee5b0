package org.plumbline.cli;

import java.io.PrintWriter;

import org.plumbline.report.EngageResult;

import picocli.CommandLine.Option;

/** The engagement assumptions that {@code engage} and {@code assess} share (a picocli mixin). */
final class EngagementOptions {
    /** Threat radar cross-section, m^2; default 0.1 [ASSUMPTION: a re-entry vehicle, as in engage]. */
    @Option(names = "--rcs", paramLabel = "AREA", defaultValue = "0.1",
            description = "Threat radar cross-section, m2 (default ${DEFAULT-VALUE}, an assumption).")
    double rcsM2;

    @Option(names = "--assessment", paramLabel = "DUR", defaultValue = "60s", converter = Converters.Duration.class,
            description = "Time to assess a shot before the next (default ${DEFAULT-VALUE}).")
    double assessmentS;

    /** Whether the values are usable; if not, says why on err in the command's name. */
    boolean check(String command, PrintWriter err) {
        if (!(rcsM2 > 0 && rcsM2 < EngageResult.MAX_RCS_M2)) {
            err.println("plumbline " + command + ": --rcs: expected a cross-section in (0, 10000) m2, found " + rcsM2);
            return false;
        }
        if (!(assessmentS >= 0 && assessmentS <= EngageResult.MAX_ASSESSMENT_S)) {
            err.println("plumbline " + command + ": --assessment: expected 0 to 3600 s, found " + assessmentS + " s");
            return false;
        }
        return true;
    }
}
