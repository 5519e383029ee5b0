package org.plumbline.web;

import java.util.List;

import org.plumbline.core.scenario.Scenario;
import org.plumbline.io.scenario.ProblemReport;
import org.plumbline.io.scenario.ScenarioReader;

/**
 * The scenario a request names: a built-in by id or YAML text from the client (read without file
 * includes), with the page's edits applied as a YAML document.
 *
 * @param label  where problems point: the built-in's name, the upload's file name, or {@code edited.yaml}
 * @param yaml   the document that was read (the built-in's or upload's text, or the edited document)
 * @param scenario the scenario as read
 * @param edited whether edits were applied
 */
record ScenarioInput(String label, String yaml, Scenario scenario, boolean edited) {
    /** The file name problems of an edited document point to. */
    static final String EDITED = "edited.yaml";
    private static final ScenarioReader READER = ScenarioReader.standard();
    private static final ScenarioReader UPLOADS = READER.withoutFileIncludes();

    /**
     * Reads the request's scenario.
     *
     * @param builtin  a built-in scenario id, or null
     * @param yaml     YAML text, or null (exactly one of builtin and yaml)
     * @param fileName the upload's file name for problem locations (null: {@code upload.yaml})
     * @throws ApiException 400 for a malformed request, 422 with every problem for a bad scenario
     */
    static ScenarioInput read(String builtin, String yaml, String fileName, List<Edit> edits) {
        if ((builtin == null) == (yaml == null)) {
            throw ApiException.badRequest("expected exactly one of \"scenario\" (a built-in id) and \"yaml\" "
                    + "(scenario text), found " + (builtin == null ? "neither" : "both"));
        }
        String label;
        String text;
        Scenario base;
        if (builtin != null) {
            if (!ScenarioReader.builtinNames().contains(builtin)) {
                throw new ApiException(404, "no built-in scenario \"" + builtin + "\" (built-ins: "
                        + String.join(", ", ScenarioReader.builtinNames()) + ")");
            }
            label = "builtin:" + builtin;
            text = BuiltinText.of(builtin);
            base = readBuiltin(builtin);
        } else {
            label = safeName(fileName);
            text = yaml;
            base = parse(label, yaml);
        }
        if (edits.isEmpty()) {
            return new ScenarioInput(label, text, base, false);
        }
        String edited = ScenarioEdits.apply(text, base, edits);
        return new ScenarioInput(EDITED, edited, parse(EDITED, edited), true);
    }

    private static Scenario readBuiltin(String id) {
        try {
            return READER.readBuiltin(id);
        } catch (ProblemReport r) {
            throw new ApiException(500, "the built-in scenario " + id + " does not read: " + r.getMessage());
        }
    }

    static Scenario parse(String label, String text) {
        try {
            return UPLOADS.parse(label, text);
        } catch (ProblemReport r) {
            throw new ApiException(422, r.getMessage() + " in " + label, r.problems());
        }
    }

    /** A file name safe to echo in problem locations: its last path segment, printable, at most 100 characters. */
    static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload.yaml";
        }
        String s = fileName.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        return s.isBlank() ? "upload.yaml" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
