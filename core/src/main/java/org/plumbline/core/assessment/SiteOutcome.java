package org.plumbline.core.assessment;

/**
 * What one interceptor site can do against one threat, at the nominal inputs.
 *
 * @param siteId           the site
 * @param systemId         its system
 * @param feasible         whether any intercept is feasible
 * @param reason           why not, when not feasible
 * @param firstInterceptS  first feasible intercept, s after threat launch (0 when not feasible)
 * @param lastInterceptS   last feasible intercept, s (0 when not feasible)
 * @param lowestInterceptAltitudeM lowest altitude of a feasible intercept (the lower of the threat's altitudes
 *                         at the first and the last feasible intercept), m (0 when not feasible)
 * @param opportunities    shoot-look-shoot opportunities
 * @param earliestLaunchS  earliest interceptor launch, s (infinite without a usable track)
 * @param criticalDelayS   longest total delay that keeps the pair feasible, s; negative when none does
 */
public record SiteOutcome(String siteId, String systemId, boolean feasible, String reason, double firstInterceptS,
                          double lastInterceptS, double lowestInterceptAltitudeM, int opportunities,
                          double earliestLaunchS, double criticalDelayS) {
}
