package org.plumbline.core.scenario;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A validated scenario: the declared deployment, the threats and the criteria, in SI units.
 *
 * @param id            scenario id
 * @param title         one-line title
 * @param description   what it represents
 * @param assumptions   what a reader must know
 * @param sources       provenance
 * @param parties       sides
 * @param systems       defence systems
 * @param dataExchange  links between systems
 * @param sectors       territorial responsibilities (may be empty)
 * @param threatSets    threats
 * @param criteria      criteria
 * @param uncertainties uncertainty range of any numeric parameter, by field path, in SI units
 */
public record Scenario(String id, String title, String description, List<String> assumptions, List<String> sources,
                       List<Party> parties, List<DefenceSystem> systems, List<DataExchange> dataExchange,
                       List<Sector> sectors, List<ThreatSet> threatSets, List<Criterion> criteria,
                       Map<String, Range> uncertainties) {
    /**
     * An interval [low, high] of a parameter, SI units.
     *
     * @param low  lower bound
     * @param high upper bound
     */
    public record Range(double low, double high) {
        public Range {
            if (!(low <= high)) {
                throw new IllegalArgumentException("range low = " + low + " exceeds high = " + high);
            }
        }
    }

    public Scenario {
        assumptions = List.copyOf(assumptions);
        sources = List.copyOf(sources);
        parties = List.copyOf(parties);
        systems = List.copyOf(systems);
        dataExchange = List.copyOf(dataExchange);
        sectors = List.copyOf(sectors);
        threatSets = List.copyOf(threatSets);
        criteria = List.copyOf(criteria);
        uncertainties = java.util.Collections.unmodifiableMap(new TreeMap<>(uncertainties));
    }
}
