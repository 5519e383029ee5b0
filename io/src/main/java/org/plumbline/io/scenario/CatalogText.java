package org.plumbline.io.scenario;

import java.util.Locale;
import java.util.Map;

/** Text listings of catalog entries: each value with its uncertainty range, label and source. */
public final class CatalogText {
    private CatalogText() {
    }

    /** One line per entry of a kind. */
    public static String list(Catalog catalog, Catalog.Kind kind) {
        StringBuilder b = new StringBuilder(kind.section()).append(":\n");
        for (Catalog.Entry e : catalog.entries(kind).values()) {
            b.append(String.format(Locale.ROOT, "  %-22s %s%n", e.id(), e.name()));
        }
        return b.toString();
    }

    /** Every field of an entry. */
    public static String describe(Catalog.Entry e) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s (%s): %s%n", e.id(),
                e.kind().section(), e.name()));
        for (Map.Entry<String, YNode.YMap.Entry> f : e.node().entries().entrySet()) {
            if (f.getKey().equals("name")) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "  %-20s %s%n", f.getKey(), value(f.getValue().value(), "  ")));
        }
        return b.toString();
    }

    private static String value(YNode n, String indent) {
        if (n instanceof YNode.YScalar s) {
            return s.text();
        }
        if (n instanceof YNode.YMap m && m.entries().containsKey("value")) {
            StringBuilder b = new StringBuilder(text(m, "value"));
            if (m.entries().containsKey("range")) {
                b.append("  range ").append(text(m, "range"));
            }
            if (m.entries().containsKey("label")) {
                b.append("  [").append(text(m, "label")).append(']');
            }
            for (String k : new String[] {"source", "sources", "note"}) {
                if (m.entries().containsKey(k)) {
                    b.append("\n").append(indent).append("  ").append(" ".repeat(20)).append(k).append(": ")
                            .append(value(m.entries().get(k).value(), indent + "  "));
                }
            }
            return b.toString();
        }
        if (n instanceof YNode.YList l) {
            StringBuilder b = new StringBuilder();
            for (YNode item : l.items()) {
                b.append("\n").append(indent).append("  - ").append(value(item, indent + "    "));
            }
            return b.toString();
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, YNode.YMap.Entry> f : ((YNode.YMap) n).entries().entrySet()) {
            b.append("\n").append(indent).append("  ").append(f.getKey()).append(": ")
                    .append(value(f.getValue().value(), indent + "  "));
        }
        return b.toString();
    }

    private static String text(YNode.YMap m, String key) {
        YNode n = m.entries().get(key).value();
        return n instanceof YNode.YScalar s ? s.text() : n.describe();
    }
}
