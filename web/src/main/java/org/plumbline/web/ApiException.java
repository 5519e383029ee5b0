package org.plumbline.web;

import java.util.List;

import org.plumbline.io.scenario.Problem;

/**
 * A request the server refuses or cannot answer, with the HTTP status and what the client is told:
 * a one-line error and, for a bad scenario, every problem of it (the list {@code plumbline check}
 * prints). Never carries a stack trace to the client.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Problem> problems;

    ApiException(int status, String error) {
        this(status, error, List.of());
    }

    ApiException(int status, String error, List<Problem> problems) {
        super(error, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    static ApiException badRequest(String error) {
        return new ApiException(400, error);
    }
}
