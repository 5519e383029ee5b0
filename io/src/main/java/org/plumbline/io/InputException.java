package org.plumbline.io;

/**
 * A user's input could not be read: the message names what was expected and what was found, and
 * is meant to be shown as it is, without a stack trace.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message, null, false, false);
    }

    /** "expected WHAT, found "TOKEN"" with an optional hint. */
    public static InputException expected(String what, String found, String hint) {
        String msg = "expected " + what + ", found \"" + found + "\"";
        return new InputException(hint == null || hint.isEmpty() ? msg : msg + " (" + hint + ")");
    }
}
