package org.plumbline.io;

/**
 * A user's input could not be read: the message names what was expected and what was found, and
 * is meant to be shown as it is, without a stack trace.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String expected;
    private final String found;
    private final String hint;

    public InputException(String message) {
        super(message, null, false, false);
        this.expected = "";
        this.found = "";
        this.hint = "";
    }

    private InputException(String expected, String found, String hint) {
        super("expected " + expected + ", found \"" + found + "\"" + (hint.isEmpty() ? "" : " (" + hint + ")"), null,
                false, false);
        this.expected = expected;
        this.found = found;
        this.hint = hint;
    }

    /** "expected WHAT, found "TOKEN"" with an optional hint. */
    public static InputException expected(String what, String found, String hint) {
        return new InputException(what, found, hint == null ? "" : hint);
    }

    /** What a valid value looks like (empty for a free-form message). */
    public String expectedText() {
        return expected;
    }

    /** The offending token (empty for a free-form message). */
    public String foundText() {
        return found;
    }

    /** The hint, or empty. */
    public String hint() {
        return hint;
    }
}
