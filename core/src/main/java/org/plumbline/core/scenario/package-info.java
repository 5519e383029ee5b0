/**
 * The scenario model: parties, defence systems (sensors, interceptor sites, command delays), data
 * exchange, sectors, threat sets and criteria, validated and in SI units. The model, not the
 * parser: files are read in {@code org.plumbline.io}. No null; collections are immutable copies.
 */
package org.plumbline.core.scenario;
