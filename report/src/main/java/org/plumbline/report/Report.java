package org.plumbline.report;

import java.util.List;
import java.util.Objects;

import org.plumbline.core.assessment.ScenarioAssessment;

/**
 * What a report shows: the assessed scenarios, with what is needed to reproduce them.
 *
 * @param version       Plumbline version that produced the assessment, e.g. {@code "0.1.0"}
 * @param inputsSha256  SHA-256 (hex) of the inputs the assessment read
 * @param scenarios     the assessed scenarios, in the order to show them
 * @param timestamp     when the report was made, as the caller wants it shown; empty for none (the
 *                      default, so that the same inputs give the same bytes)
 * @param routeThreatSets threat sets whose base-to-target routes the report maps with their
 *                      engageable share ({@code plumbline footprint --routes}); empty by default; each
 *                      a threat set of every scenario (rendering fails otherwise, {@code Route.of})
 */
public record Report(String version, String inputsSha256, List<ScenarioAssessment> scenarios, String timestamp,
                     List<String> routeThreatSets) {
    public Report {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(inputsSha256, "inputsSha256");
        Objects.requireNonNull(timestamp, "timestamp");
        scenarios = List.copyOf(scenarios);
        routeThreatSets = List.copyOf(routeThreatSets);
    }

    /** A report that maps no routes. */
    public Report(String version, String inputsSha256, List<ScenarioAssessment> scenarios, String timestamp) {
        this(version, inputsSha256, scenarios, timestamp, List.of());
    }

    /** A report without a timestamp. */
    public static Report of(String version, String inputsSha256, List<ScenarioAssessment> scenarios) {
        return new Report(version, inputsSha256, scenarios, "");
    }
}
