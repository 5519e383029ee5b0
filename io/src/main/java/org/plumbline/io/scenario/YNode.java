package org.plumbline.io.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it came from: a map (keys in file order), a list or a scalar.
 * Immutable; {@link #merge} builds new trees for {@code include:} overrides.
 */
sealed interface YNode {
    /** Where a node starts. */
    record Mark(String file, int line, int column) {
    }

    Mark mark();

    /** Short description of the node for "found ..." messages. */
    String describe();

    /** A mapping. */
    record YMap(Mark mark, Map<String, Entry> entries) implements YNode {
        /** One key with its own mark and its value. */
        record Entry(Mark keyMark, YNode value) {
        }

        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** A sequence. */
    record YList(Mark mark, List<YNode> items) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            if (!items.isEmpty() && items.size() <= 4 && items.stream().allMatch(i -> i instanceof YScalar)) {
                return "[" + String.join(", ", items.stream().map(i -> ((YScalar) i).text()).toList()) + "]";
            }
            return "a list";
        }
    }

    /** A scalar; text is as written (empty for null). */
    record YScalar(Mark mark, String text) implements YNode {
        @Override
        public String describe() {
            return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
    }

    /**
     * Deep merge: maps merge key by key (the overlay's value wins, recursively for maps); anything
     * else is replaced by the overlay.
     */
    static YNode merge(YNode base, YNode overlay) {
        if (base instanceof YMap b && overlay instanceof YMap o) {
            Map<String, YMap.Entry> out = new LinkedHashMap<>(b.entries());
            for (Map.Entry<String, YMap.Entry> e : o.entries().entrySet()) {
                YMap.Entry old = out.get(e.getKey());
                out.put(e.getKey(), old == null ? e.getValue()
                        : new YMap.Entry(e.getValue().keyMark(), merge(old.value(), e.getValue().value())));
            }
            return new YMap(o.mark(), out);
        }
        return overlay;
    }
}
