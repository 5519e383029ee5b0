package org.plumbline.core.assessment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.core.scenario.Scenario;

/**
 * A scenario assessed: one result per criterion, the threats with their outcomes, and summary
 * metrics.
 *
 * @param scenario the scenario
 * @param criteria one result per criterion, in scenario order
 * @param threats  every threat of the threat sets the criteria use, in expansion order
 * @param metrics  summary numbers by name, sorted (counts, fractions, per-site engageable counts)
 * @param footprints defended-area maps computed without keeping their threats ({@link FootprintSurvey}),
 *                 one per grid threat set at most; empty for a full assessment, whose maps are
 *                 derived from {@code threats} ({@link Footprint#of})
 */
public record ScenarioAssessment(Scenario scenario, List<CriterionResult> criteria, List<ThreatOutcome> threats,
                                 Map<String, Double> metrics, List<Footprint> footprints) {
    public ScenarioAssessment {
        criteria = List.copyOf(criteria);
        threats = List.copyOf(threats);
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
        footprints = List.copyOf(footprints);
    }

    /** A full assessment: its maps, if any, are derived from the threats. */
    public ScenarioAssessment(Scenario scenario, List<CriterionResult> criteria, List<ThreatOutcome> threats,
                              Map<String, Double> metrics) {
        this(scenario, criteria, threats, metrics, List.of());
    }

    /** The map of a grid threat set computed by a survey, if this assessment holds one. */
    public java.util.Optional<Footprint> footprint(String threatSetId) {
        return footprints.stream().filter(f -> f.threatSetId().equals(threatSetId)).findFirst();
    }

    /** Whether every criterion passes. */
    public boolean allPass() {
        return criteria.stream().allMatch(c -> c.verdict() == Verdict.PASS);
    }
}
