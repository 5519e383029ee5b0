/**
 * JMH benchmarks of the core's flight engine and targeting, with the Orekit reference engine as
 * the yardstick. Run them as described in bench/README.md; results go to docs/performance.md.
 * Speed is measured here, never asserted in tests. {@link org.plumbline.bench.InterpolationError} is
 * a measurement of accuracy, not speed: how far interpolated trajectories lie from solved ones.
 */
package org.plumbline.bench;
