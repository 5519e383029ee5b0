package org.plumbline.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests over deliberately broken scenario files: {@code scenario-corpus/NN-name.yaml}
 * must be refused with exactly the problem lines of {@code NN-name.expected}, in order.
 *
 * <p>File labels. A file without {@code include:} is read with {@link ScenarioReader#parse} and its
 * corpus-relative name as the label, so the expected lines are the reader's own output. A file with
 * {@code include:} must be read from disk ({@link ScenarioReader#readFile}) so that relative
 * includes resolve; the reader labels those files with absolute paths, and the test removes the
 * corpus folder's absolute prefix wherever it occurs in a line (file column and quoted include
 * names). Either way the expected files are independent of the machine.
 *
 * <p>Cases that show a reader bug hold the lines a correct reader would print; they are left out
 * of the parameterized test and each has its own {@code @Disabled("bug: ...")} test at the end.
 */
class ScenarioCorpusTest {
    private static final ScenarioReader READER = ScenarioReader.standard();
    private static final Path CORPUS = folder("/scenario-corpus");
    private static final String CORPUS_PREFIX = CORPUS + File.separator;
    private static final Pattern INCLUDE = Pattern.compile("(?m)^include:");
    private static final Comparator<Problem> REPORT_ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    /** Corpus files whose expected lines the reader does not produce yet; see the disabled tests. */
    private static final Set<String> KNOWN_BUGS = Set.of();

    static Stream<String> cases() throws IOException {
        return allCases().stream().filter(n -> !KNOWN_BUGS.contains(n));
    }

    static Stream<String> casesWithoutInclude() throws IOException {
        return cases().filter(n -> !INCLUDE.matcher(text(n)).find());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws IOException {
        check(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithoutInclude")
    void readFileAgreesWithParse(String name) {
        ProblemReport fromDisk = assertThrows(ProblemReport.class,
                () -> READER.readFile(CORPUS.resolve(name).toAbsolutePath().normalize()));
        assertEquals(lines(parse(name)), lines(fromDisk), name);
    }

    @Test
    void everyCaseHasItsExpectedLinesAndViceVersa() throws IOException {
        List<String> cases = allCases();
        assertTrue(cases.size() >= 45, "at least 45 corpus cases, found " + cases.size());
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.equals("README.md")) {
                    continue;
                }
                if (n.endsWith(".yaml")) {
                    assertTrue(Files.exists(expectedFile(n)), "missing " + expectedFile(n).getFileName());
                } else {
                    assertTrue(n.endsWith(".expected") && cases.contains(n.replace(".expected", ".yaml")),
                            "stray file " + n);
                }
            }
        }
        for (String bug : KNOWN_BUGS) {
            assertTrue(cases.contains(bug), "known bug without its corpus file: " + bug);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void check(String name) throws IOException {
        ProblemReport report = INCLUDE.matcher(text(name)).find()
                ? assertThrows(ProblemReport.class, () -> READER.readFile(CORPUS.resolve(name).toAbsolutePath()
                .normalize()), name)
                : parse(name);
        List<String> expected = Files.readAllLines(expectedFile(name), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", lines(report)), name);
        List<Problem> sorted = new ArrayList<>(report.problems());
        sorted.sort(REPORT_ORDER);
        assertEquals(sorted, report.problems(), "problems sorted by file, line and column");
    }

    private static ProblemReport parse(String name) {
        return assertThrows(ProblemReport.class, () -> READER.parse(name, text(name)), name);
    }

    private static List<String> lines(ProblemReport report) {
        return report.problems().stream().map(p -> p.toString().replace(CORPUS_PREFIX, "")).toList();
    }

    private static List<String> allCases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    private static Path expectedFile(String name) {
        return CORPUS.resolve(name.substring(0, name.length() - ".yaml".length()) + ".expected");
    }

    private static String text(String name) {
        try {
            return Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path folder(String resource) {
        try {
            return Path.of(ScenarioCorpusTest.class.getResource(resource).toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
