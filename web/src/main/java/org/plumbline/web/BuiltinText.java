package org.plumbline.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.plumbline.io.scenario.ScenarioReader;

/** The YAML text of a built-in scenario, as shipped in the io module. */
final class BuiltinText {
    private static final String ROOT = "org/plumbline/io/scenarios/";

    private BuiltinText() {
    }

    /** The text of a built-in scenario; the name must be one of {@link ScenarioReader#builtinNames()}. */
    static String of(String name) {
        if (!ScenarioReader.builtinNames().contains(name)) {
            throw new IllegalArgumentException("name = \"" + name + "\" is not a built-in scenario");
        }
        try (InputStream in = ScenarioReader.class.getClassLoader().getResourceAsStream(ROOT + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing built-in scenario " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in scenario " + name, e);
        }
    }
}
