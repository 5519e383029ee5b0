/**
 * Small numerical building blocks used across the core: precondition checks and Brent's root and
 * minimum finders. Dimensionless unless a method says otherwise; no null, no I/O.
 */
package org.plumbline.core.math;
