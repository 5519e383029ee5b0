/**
 * Engagement: which points of a threat trajectory an interceptor site reaches in time, the window,
 * shoot-look-shoot opportunities and critical values. SI units; times in seconds since the threat's
 * launch; no null (an infeasible pair is an {@link org.plumbline.core.engagement.EngagementWindow}
 * with its reason).
 */
package org.plumbline.core.engagement;
