package org.plumbline.io.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Reads YAML text into {@link YNode} trees with line and column marks, collecting syntax problems,
 * duplicate keys, anchors/aliases (refused: they hide where a value comes from) and non-string keys
 * as {@link Problem}s.
 */
final class YamlLoader {
    /** Largest accepted document, characters: bounds the work a hostile file can cause. */
    static final int MAX_CHARS = 2_000_000;
    private static final int MAX_DEPTH = 40;

    private YamlLoader() {
    }

    /** The document's root, or empty (with problems added) when it cannot be read. */
    static Optional<YNode> load(String file, String text, List<Problem> problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(new Problem(file, 1, 1, "", "a file of at most " + MAX_CHARS + " characters",
                    text.length() + " characters", ""));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true).setAllowNonScalarKeys(true)
                .setMaxAliasesForCollections(50).setAllowRecursiveKeys(false).setCodePointLimit(MAX_CHARS * 2)
                .build();
        List<Event> events = preflight(file, text, settings, problems);
        if (events == null) {
            return Optional.empty();
        }
        Node root;
        try {
            Optional<Node> n = new Composer(settings, new Recorded(events)).getSingleNode();
            if (n.isEmpty()) {
                problems.add(new Problem(file, 1, 1, "", "a YAML mapping", "an empty document", ""));
                return Optional.empty();
            }
            root = n.get();
        } catch (RuntimeException e) {
            // The composer's errors (a second document, for one).
            problems.add(syntaxError(file, e));
            return Optional.empty();
        }
        return Optional.of(convert(file, root, "", problems, 0));
    }

    /** One level of the event walk: a mapping (keys and values alternate) or a sequence. */
    private static final class Frame {
        final boolean mapping;
        final String prefix;
        boolean expectKey = true;
        String key = "";
        int index;

        Frame(boolean mapping, String prefix) {
            this.mapping = mapping;
            this.prefix = prefix;
        }

        String childPath() {
            return mapping ? (prefix.isEmpty() ? key : prefix + "." + key) : prefix + "[" + index + "]";
        }

        void valueDone() {
            if (mapping) {
                expectKey = true;
            } else {
                index++;
            }
        }
    }

    /**
     * Walks the parser's events before composing a tree: refuses nesting deeper than
     * {@link #MAX_DEPTH} (the composer recurses and would overflow the stack) and reports every
     * anchor and alias at its own place. Returns the events, which the composer then reads instead of
     * parsing the text again, or null when the document must not be composed.
     */
    private static List<Event> preflight(String file, String text, LoadSettings settings, List<Problem> problems) {
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        List<Event> events = new ArrayList<>();
        boolean compose = true;
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                events.add(e);
                Frame top = stack.peek();
                boolean isKey = top != null && top.mapping && top.expectKey;
                String path = top == null ? "" : isKey ? top.prefix : top.childPath();
                int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(1);
                int col = e.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
                Optional<Anchor> anchor = e instanceof NodeEvent ne ? ne.getAnchor() : Optional.empty();
                if (e instanceof AliasEvent) {
                    problems.add(new Problem(file, line, col, path, "plain values (no anchors or aliases)",
                            "alias *" + anchor.map(Anchor::getValue).orElse(""), "write the value out, or use include:"));
                    compose = false;
                } else if (anchor.isPresent()) {
                    problems.add(new Problem(file, line, col, path, "plain values (no anchors or aliases)",
                            "anchor &" + anchor.get().getValue(), "write the value out, or use include:"));
                    compose = false;
                }
                if (e instanceof ScalarEvent || e instanceof AliasEvent) {
                    if (top != null) {
                        if (isKey) {
                            top.key = e instanceof ScalarEvent sc ? sc.getValue() : "";
                            top.expectKey = false;
                        } else {
                            top.valueDone();
                        }
                    }
                } else if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                    if (stack.size() >= MAX_DEPTH) {
                        problems.add(new Problem(file, line, col, path, "at most " + MAX_DEPTH + " levels of nesting",
                                "deeper nesting", ""));
                        return null;
                    }
                    stack.push(new Frame(e instanceof MappingStartEvent, path));
                } else if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) {
                    stack.pop();
                    Frame parent = stack.peek();
                    if (parent != null) {
                        if (parent.mapping && parent.expectKey) {
                            parent.expectKey = false; // a complex key ended: reported by the tree walk
                        } else {
                            parent.valueDone();
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            problems.add(syntaxError(file, e));
            return null;
        }
        return compose ? events : null;
    }

    /**
     * The problem of an exception from the parser or the composer: a MarkedYamlEngineException at
     * its mark; any other (YamlEngineException and, on some malformed inputs, the parser's own
     * IndexOutOfBounds or IllegalState exceptions: all the file's fault, none may escape as a crash)
     * at the start of the file.
     */
    private static Problem syntaxError(String file, RuntimeException e) {
        if (e instanceof MarkedYamlEngineException me) {
            Mark m = me.getProblemMark().orElse(me.getContextMark().orElse(null));
            return new Problem(file, m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, "",
                    "valid YAML", "a syntax error: " + firstLine(me.getProblem() == null ? me.getMessage()
                    : me.getProblem()), "");
        }
        return new Problem(file, 1, 1, "", "valid YAML", "a syntax error: " + firstLine(e.getMessage()), "");
    }

    /** The events of a finished parse, read again as a parser by the composer. */
    private static final class Recorded implements Parser {
        private final List<Event> events;
        private int next;

        Recorded(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean hasNext() {
            return next < events.size();
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return hasNext() && events.get(next).getEventId() == choice;
        }

        @Override
        public Event peekEvent() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more events");
            }
            return events.get(next);
        }

        @Override
        public Event next() {
            Event e = peekEvent();
            next++;
            return e;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static YNode.Mark mark(String file, Node n) {
        return n.getStartMark().map(m -> new YNode.Mark(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new YNode.Mark(file, 1, 1));
    }

    private static YNode convert(String file, Node node, String path, List<Problem> problems, int depth) {
        YNode.Mark mark = mark(file, node);
        if (depth > MAX_DEPTH) {
            problems.add(new Problem(file, mark.line(), mark.column(), path, "at most " + MAX_DEPTH + " levels of nesting",
                    "deeper nesting", ""));
            return new YNode.YScalar(mark, "");
        }
        if (node instanceof ScalarNode s) {
            return new YNode.YScalar(mark, s.getValue());
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                items.add(convert(file, item, path + "[" + i + "]", problems, depth + 1));
                i++;
            }
            return new YNode.YList(mark, items);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YNode.YMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            YNode.Mark km = mark(file, t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problems.add(new Problem(file, km.line(), km.column(), path, "a plain key", "a complex key", ""));
                continue;
            }
            String k = key.getValue();
            String childPath = path.isEmpty() ? k : path + "." + k;
            if (entries.containsKey(k)) {
                problems.add(new Problem(file, km.line(), km.column(), childPath, "each key once",
                        "\"" + k + "\" again", "first at line " + entries.get(k).keyMark().line()));
                continue;
            }
            entries.put(k, new YNode.YMap.Entry(km, convert(file, t.getValueNode(), childPath, problems, depth + 1)));
        }
        return new YNode.YMap(mark, entries);
    }
}
