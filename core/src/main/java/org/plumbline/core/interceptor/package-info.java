/**
 * Interceptor types, their fly-outs and their reach tables (least time to reach a ground range and
 * altitude), over a plane or the rotating Earth. SI units; no null; values are immutable records.
 */
package org.plumbline.core.interceptor;
