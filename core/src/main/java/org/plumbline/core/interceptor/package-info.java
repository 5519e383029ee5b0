/**
 * Interceptor types and (later) their reach tables. SI units; no null; values are immutable records.
 */
package org.plumbline.core.interceptor;
