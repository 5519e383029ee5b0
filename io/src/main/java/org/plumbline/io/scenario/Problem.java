package org.plumbline.io.scenario;

/**
 * One problem in a user's file: where, which field, what was expected, what was found, and a hint.
 *
 * @param file     file name as the user gave it (or {@code builtin:NAME})
 * @param line     1-based line
 * @param column   1-based column
 * @param path     field path, e.g. {@code systems.nato.sites.deveselu.interceptor}
 * @param expected what a valid value looks like
 * @param found    what was there
 * @param hint     a suggestion, or empty
 */
public record Problem(String file, int line, int column, String path, String expected, String found, String hint) {
    /** {@code file:line:column path: expected X, found Y (hint)}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + (path.isEmpty() ? "(document)" : path) + ": expected "
                + expected + ", found " + found + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
