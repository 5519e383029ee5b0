package org.plumbline.io.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All the problems found in a file, reported together. The parser throws nothing else for bad
 * input.
 */
public final class ProblemReport extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ProblemReport(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s"), null, false, false);
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column).thenComparing(Problem::path).thenComparing(Problem::expected));
        this.problems = List.copyOf(sorted);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem per line. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Problem p : problems) {
            b.append(p).append('\n');
        }
        return b.toString();
    }
}
