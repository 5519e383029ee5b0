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
 */
public record ScenarioAssessment(Scenario scenario, List<CriterionResult> criteria, List<ThreatOutcome> threats,
                                 Map<String, Double> metrics) {
    public ScenarioAssessment {
        criteria = List.copyOf(criteria);
        threats = List.copyOf(threats);
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    }

    /** Whether every criterion passes. */
    public boolean allPass() {
        return criteria.stream().allMatch(c -> c.verdict() == Verdict.PASS);
    }
}
