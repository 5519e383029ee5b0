package org.plumbline.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The built-in catalog of public data: interceptors, missiles, radars and places, each value with
 * its source, confidence label and uncertainty, read from YAML resources under
 * {@code org/plumbline/io/catalog/}. Entries stay YAML trees so that scenario files can include an
 * entry and override single fields, and so that problems point into the catalog file.
 */
public final class Catalog {
    /** The kinds of entry, with their YAML section names. */
    public enum Kind {
        INTERCEPTORS("interceptors"), MISSILES("missiles"), RADARS("radars"), PLACES("places");

        private final String section;

        Kind(String section) {
            this.section = section;
        }

        public String section() {
            return section;
        }

        /** The kind named by a section, if any. */
        public static Optional<Kind> of(String section) {
            for (Kind k : values()) {
                if (k.section.equals(section)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** One catalog entry: its kind, id and YAML tree. */
    public record Entry(Kind kind, String id, YNode.YMap node) {
        /** The entry's display name, or its id. */
        public String name() {
            YNode n = Fields.get(node, "name");
            return n instanceof YNode.YScalar s && !s.text().isEmpty() ? s.text() : id;
        }
    }

    private static final String ROOT = "org/plumbline/io/catalog/";
    private static final List<String> FILES = List.of("interceptors.yaml", "missiles.yaml", "radars.yaml",
            "places.yaml");
    private static volatile Catalog builtin;

    private final Map<Kind, Map<String, Entry>> entries;

    private Catalog(Map<Kind, Map<String, Entry>> entries) {
        this.entries = entries;
    }

    /**
     * The built-in catalog (read once). A problem in the built-in files is a defect of Plumbline, so it
     * is thrown as an IllegalStateException listing every problem.
     */
    public static Catalog builtin() {
        Catalog c = builtin;
        if (c == null) {
            synchronized (Catalog.class) {
                c = builtin;
                if (c == null) {
                    c = load();
                    builtin = c;
                }
            }
        }
        return c;
    }

    private static Catalog load() {
        List<Problem> problems = new ArrayList<>();
        Map<Kind, Map<String, Entry>> all = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            all.put(k, new TreeMap<>());
        }
        for (String f : FILES) {
            String file = "builtin:catalog/" + f;
            String text = resource(ROOT + f);
            Optional<YNode> root = YamlLoader.load(file, text, problems);
            if (root.isEmpty()) {
                continue;
            }
            Fields fields = new Fields(problems);
            YNode.YMap m = fields.map(root.get(), "", "a catalog mapping");
            if (m == null) {
                continue;
            }
            for (Map.Entry<String, YNode.YMap.Entry> section : m.entries().entrySet()) {
                if (section.getKey().equals("plumbline-catalog")) {
                    continue;
                }
                Optional<Kind> kind = Kind.of(section.getKey());
                if (kind.isEmpty()) {
                    fields.problem(section.getValue().keyMark(), section.getKey(), "a catalog section",
                            section.getKey(), null);
                    continue;
                }
                YNode.YMap sec = fields.map(section.getValue().value(), section.getKey(), "a map of entries");
                if (sec == null) {
                    continue;
                }
                for (Map.Entry<String, YNode.YMap.Entry> e : sec.entries().entrySet()) {
                    YNode.YMap node = fields.map(e.getValue().value(), section.getKey() + "." + e.getKey(),
                            "an entry");
                    if (node != null) {
                        if (all.values().stream().anyMatch(x -> x.containsKey(e.getKey()))) {
                            fields.problem(e.getValue().keyMark(), section.getKey() + "." + e.getKey(),
                                    "catalog ids unique across kinds", "\"" + e.getKey() + "\" again", null);
                        }
                        all.get(kind.get()).put(e.getKey(), new Entry(kind.get(), e.getKey(), node));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the built-in catalog has problems:\n"
                    + new ProblemReport(problems).describe());
        }
        Map<Kind, Map<String, Entry>> frozen = new LinkedHashMap<>();
        all.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
        return new Catalog(Collections.unmodifiableMap(frozen));
    }

    static String resource(String path) {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries of a kind, by id (sorted). */
    public Map<String, Entry> entries(Kind kind) {
        return entries.get(kind);
    }

    /** An entry of a kind. */
    public Optional<Entry> find(Kind kind, String id) {
        return Optional.ofNullable(entries.get(kind).get(id));
    }

    /** An entry of any kind. */
    public Optional<Entry> find(String id) {
        for (Map<String, Entry> m : entries.values()) {
            Entry e = m.get(id);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
