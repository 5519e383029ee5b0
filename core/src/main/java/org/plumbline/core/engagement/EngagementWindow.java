package org.plumbline.core.engagement;

import java.util.List;

/**
 * What one interceptor site can do against one threat trajectory.
 *
 * @param feasible          whether any intercept is feasible
 * @param reason            why not, when not feasible (empty otherwise)
 * @param earliestLaunchS   earliest interceptor launch: first usable track or cue plus all delays, s
 * @param firstInterceptS   first feasible intercept time, s (0 when not feasible)
 * @param lastInterceptS    last feasible intercept time, s (0 when not feasible)
 * @param opportunities     shoot-look-shoot opportunities in the window
 * @param intercepts        the intercept of each opportunity, in time order
 * @param criticalDelayS    longest total delay from first usable track to launch that keeps the pair
 *                          feasible, s; negative when no delay does (the geometry is never reachable)
 */
public record EngagementWindow(boolean feasible, String reason, double earliestLaunchS, double firstInterceptS,
                               double lastInterceptS, int opportunities, List<InterceptPoint> intercepts,
                               double criticalDelayS) {
    public EngagementWindow {
        intercepts = List.copyOf(intercepts);
    }
}
