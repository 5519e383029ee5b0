package org.plumbline.web;

import java.util.Objects;

/**
 * One change the page asks for, by scenario path (the vocabulary of
 * {@link org.plumbline.core.assessment.ParameterPaths} plus a few structural paths). Values in SI
 * units, positions as {@code [latDeg, lonDeg]}, switches as booleans, interceptor types as catalog ids.
 *
 * @param path  for example {@code systems.nato-bmd.sites.redzikowo.interceptor.burnout-speed}
 * @param value a Number, a String, a Boolean or a two-element List of Numbers
 */
record Edit(String path, Object value) {
    Edit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }
}
