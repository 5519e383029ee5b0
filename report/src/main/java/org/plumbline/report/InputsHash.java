package org.plumbline.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plumbline.core.assessment.Assessor;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.trajectory.DragCurve;
import org.plumbline.io.Geography;

/**
 * The SHA-256 of an assessment's inputs: every parsed scenario (deployment, threats, criteria and
 * uncertainty ranges, after includes and catalog lookups, in SI units), the assessment settings and
 * the built-in geography. Two parties who get the same hash assessed the same numbers.
 *
 * <p>The digest is over a canonical text: records by type name and components in declaration order,
 * maps sorted by key, doubles as the hexadecimal of their IEEE 754 bits (so that the text does not
 * depend on how a JDK prints a double: JDK 19 changed {@code Double.toString}).
 */
public final class InputsHash {
    private final MessageDigest digest;

    public InputsHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        text("plumbline-inputs-v1\n");
    }

    /**
     * The inputs' hash of an assessment ({@code report.json}'s {@code inputsSha256}): the settings
     * that change results (not the thread count), every scenario as parsed, and the bytes of the
     * built-in city and region data. The command line and the web API both call this.
     */
    public static String ofAssessment(Assessor.Settings settings, List<Scenario> scenarios) {
        InputsHash h = new InputsHash();
        h.add(List.of(settings.earth(), settings.flight(), settings.rcsM2(), settings.assessmentS(),
                settings.lineOfSight()));
        scenarios.forEach(h::add);
        for (String name : List.of("cities.csv", "regions.json")) {
            try (java.io.InputStream in = Geography.class.getClassLoader()
                    .getResourceAsStream("org/plumbline/io/data/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in data " + name);
                }
                h.addBytes(in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read built-in data " + name, e);
            }
        }
        return h.hex();
    }

    /** Adds a value (records, lists, maps, enums, strings, numbers, booleans). */
    public InputsHash add(Object value) {
        StringBuilder b = new StringBuilder();
        canonical(value, b);
        text(b.append('\n').toString());
        return this;
    }

    /** Adds raw bytes (for example a data file the assessment reads). */
    public InputsHash addBytes(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** The hex digest (the object cannot be used afterwards). */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void text(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
    }

    static void canonical(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Double d) {
            b.append("d:").append(Long.toHexString(Double.doubleToLongBits(d)));
        } else if (v instanceof Float f) {
            b.append("f:").append(Integer.toHexString(Float.floatToIntBits(f)));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof String s) {
            b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (v instanceof Enum<?> e) {
            b.append(e.getDeclaringClass().getName()).append('.').append(e.name());
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ",");
                canonical(l.get(i), b);
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                b.append(first ? "" : ",");
                first = false;
                canonical(e.getKey(), b);
                b.append(':');
                canonical(e.getValue(), b);
            }
            b.append('}');
        } else if (v instanceof DragCurve d) {
            b.append("DragCurve(");
            canonical(java.util.Arrays.stream(d.machNodes()).boxed().toList(), b);
            b.append(',');
            canonical(java.util.Arrays.stream(d.cdNodes()).boxed().toList(), b);
            b.append(')');
        } else if (v instanceof org.plumbline.core.earth.Atmosphere a) {
            // A model in code: its class names it (the program version, also reported, fixes the code).
            b.append("Atmosphere(").append(a.getClass().getName()).append(')');
        } else if (v.getClass().isRecord()) {
            b.append(v.getClass().getName()).append('(');
            RecordComponent[] rc = v.getClass().getRecordComponents();
            for (int i = 0; i < rc.length; i++) {
                b.append(i == 0 ? "" : ",").append(rc[i].getName()).append('=');
                try {
                    rc[i].getAccessor().setAccessible(true);
                    canonical(rc[i].getAccessor().invoke(v), b);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + rc[i], e);
                }
            }
            b.append(')');
        } else {
            throw new IllegalArgumentException("no canonical form for " + v.getClass().getName());
        }
    }
}
