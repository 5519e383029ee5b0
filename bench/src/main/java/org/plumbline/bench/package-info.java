/**
 * JMH benchmarks of the core's flight engine and targeting, with the Orekit reference engine as
 * the yardstick. Run them as described in bench/README.md; results go to docs/performance.md.
 * Speed is measured here, never asserted in tests.
 */
package org.plumbline.bench;
