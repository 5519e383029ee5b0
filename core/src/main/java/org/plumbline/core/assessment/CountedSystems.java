package org.plumbline.core.assessment;

import java.util.Collection;

/**
 * Which sites count for a criterion (docs/assessment.md): the sites, and for the radar-range metric
 * the radars, of the systems it names; every one when it names none. The one statement of the rule,
 * for the assessor's metrics, the surveyed maps, footprints and routes.
 */
final class CountedSystems {
    private CountedSystems() {
    }

    /**
     * Whether the sites of a system count.
     *
     * @param systemIds the criterion's systems (empty: every system)
     * @param systemId  the system of the site
     */
    static boolean counts(Collection<String> systemIds, String systemId) {
        return systemIds.isEmpty() || systemIds.contains(systemId);
    }
}
