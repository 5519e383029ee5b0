package org.plumbline.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plumbline.core.assessment.ParameterPaths;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.ScenarioReader;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Applies the page's edits to a scenario document and gives the edited document as YAML text, which
 * is then read like any upload. Working on the text (not on the parsed model) keeps one source of
 * truth: the exported YAML is exactly what was assessed, and every edited value gets the reader's
 * checks and problem messages.
 *
 * <p>Before editing, the document's {@code builtin:} includes are merged in (maps key by key, any
 * other value replaced, the included documents' {@code id}, {@code title}, {@code description} and
 * {@code plumbline} dropped: the reader's own rules), so that a site defined by an included
 * scenario can be moved or switched off. Paths:
 * <ul>
 * <li>any numeric defence parameter {@link ParameterPaths} knows ({@code systems.S.delays.detection-to-decision},
 *     {@code systems.S.sites.X.interceptor.burnout-speed}, {@code systems.S.radars.R.detection-range},
 *     {@code data-exchange[i].latency}, ...), value in SI units; the edited value is exact (its uncertainty
 *     range, if any, is dropped);</li>
 * <li>{@code systems.S.sites.X.interceptor}: a catalog interceptor id;</li>
 * <li>{@code systems.S.sites.X.position}, {@code systems.S.radars.R.position}: {@code [latDeg, lonDeg]};</li>
 * <li>{@code systems.S.sites.X.enabled}, {@code systems.S.radars.R.enabled}, {@code data-exchange[i].enabled}:
 *     {@code false} removes it ({@code true} leaves it).</li>
 * </ul>
 */
final class ScenarioEdits {
    /** At most this many edits per request. */
    static final int MAX_EDITS = 500;

    private ScenarioEdits() {
    }

    /**
     * The edited document.
     *
     * @param text   the base document (already read without problems)
     * @param parsed the base document as read (to check that the edited items exist, and a moved site's kind)
     * @throws ApiException 400 naming the first edit that cannot be applied
     */
    static String apply(String text, Scenario parsed, List<Edit> edits) {
        if (edits.size() > MAX_EDITS) {
            throw ApiException.badRequest("edits: expected at most " + MAX_EDITS + " edits, found " + edits.size());
        }
        Map<String, Object> doc = flatten(load(text), 0);
        List<Integer> removedLinks = new ArrayList<>();
        for (Edit e : edits) {
            apply(doc, parsed, e, removedLinks);
        }
        if (!removedLinks.isEmpty()) {
            List<Object> links = new ArrayList<>(list(doc.get("data-exchange")));
            removedLinks.stream().distinct().sorted(Comparator.reverseOrder()).forEach(i -> links.remove((int) i));
            doc.put("data-exchange", links);
        }
        pruneMargins(doc, removedLinks);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(110)
                .setDereferenceAliases(true).build();
        return new Dump(settings).dumpToString(doc);
    }

    private static void apply(Map<String, Object> doc, Scenario parsed, Edit e, List<Integer> removedLinks) {
        String path = e.path();
        String[] p = path.split("\\.");
        if (p.length == 2 && p[0].startsWith("data-exchange[") && p[0].endsWith("]")) {
            int i = index(path, p[0], parsed.dataExchange().size());
            if (p[1].equals("enabled")) {
                if (!bool(e)) {
                    removedLinks.add(i);
                }
                return;
            }
            Map<String, Object> link = map(list(doc.get("data-exchange")).get(i), path);
            link.put(p[1], quantity(e, parsed));
            return;
        }
        if (p.length < 3 || !p[0].equals("systems")) {
            throw unsupported(path);
        }
        DefenceSystem system = parsed.systems().stream().filter(s -> s.id().equals(p[1])).findFirst()
                .orElseThrow(() -> ApiException.badRequest("edits: " + path + ": no system \"" + p[1] + "\" in "
                        + parsed.id()));
        Map<String, Object> sys = map(map(doc.get("systems"), path).get(p[1]), path);
        if (p[2].equals("delays") && p.length == 4) {
            child(sys, "delays").put(p[3], quantity(e, parsed));
            return;
        }
        if ((p[2].equals("sites") || p[2].equals("radars")) && p.length >= 5) {
            boolean site = p[2].equals("sites");
            boolean exists = site ? system.sites().stream().anyMatch(s -> s.id().equals(p[3]))
                    : system.radars().stream().anyMatch(r -> r.id().equals(p[3]));
            Map<String, Object> items = map(sys.get(p[2]), path);
            if (!exists || !items.containsKey(p[3])) {
                throw ApiException.badRequest("edits: " + path + ": no " + (site ? "site" : "radar") + " \"" + p[3]
                        + "\" in system " + p[1]);
            }
            String field = String.join(".", java.util.Arrays.copyOfRange(p, 4, p.length));
            if (field.equals("enabled")) {
                if (!bool(e)) {
                    items.remove(p[3]);
                }
                return;
            }
            Map<String, Object> item = child(items, p[3]);
            if (field.equals("position")) {
                item.remove("at");
                item.put("position", position(e));
                if (site) {
                    InterceptorSite s = system.sites().stream().filter(x -> x.id().equals(p[3])).findFirst().orElseThrow();
                    item.put("kind", s.kind() == InterceptorSite.Kind.SEA ? "sea" : "land");
                }
                return;
            }
            if (site && field.equals("interceptor")) {
                if (!(e.value() instanceof String id) || Catalog.builtin().find(Catalog.Kind.INTERCEPTORS, id).isEmpty()) {
                    throw ApiException.badRequest("edits: " + path + ": expected a catalog interceptor id ("
                            + String.join(", ", Catalog.builtin().entries(Catalog.Kind.INTERCEPTORS).keySet())
                            + "), found " + describe(e.value()));
                }
                item.put("interceptor", id);
                return;
            }
            if (site && p.length == 6 && p[4].equals("interceptor")) {
                Object current = item.get("interceptor");
                Map<String, Object> interceptor = current instanceof Map<?, ?> ? map(current, path)
                        : new LinkedHashMap<>(Map.of("type", String.valueOf(current)));
                interceptor.put(p[5], quantity(e, parsed));
                item.put("interceptor", interceptor);
                return;
            }
            if (!site && p.length == 5) {
                item.put(p[4], quantity(e, parsed));
                return;
            }
        }
        throw unsupported(path);
    }

    /**
     * Drops the criteria's margin parameters that name a removed site, radar or data-exchange link, and
     * renumbers the links after a removed one, so that the edited document stays consistent.
     */
    private static void pruneMargins(Map<String, Object> doc, List<Integer> removedLinks) {
        if (!(doc.get("criteria") instanceof Map<?, ?> criteria)) {
            return;
        }
        for (Object c : criteria.values()) {
            if (!(c instanceof Map<?, ?> cm) || !(cm.get("margins") instanceof List<?> margins)) {
                continue;
            }
            List<Object> kept = new ArrayList<>();
            for (Object m : margins) {
                String path = String.valueOf(m);
                java.util.regex.Matcher link = java.util.regex.Pattern.compile("^data-exchange\\[(\\d+)](.*)$").matcher(path);
                if (link.matches()) {
                    int i = Integer.parseInt(link.group(1));
                    if (removedLinks.contains(i)) {
                        continue;
                    }
                    long before = removedLinks.stream().distinct().filter(r -> r < i).count();
                    kept.add("data-exchange[" + (i - before) + "]" + link.group(2));
                } else if (exists(doc, path)) {
                    kept.add(m);
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> writable = (Map<String, Object>) cm;
            writable.put("margins", kept);
        }
    }

    /** Whether a systems.S.sites.X... or systems.S.radars.R... path names an item still in the document. */
    private static boolean exists(Map<String, Object> doc, String path) {
        String[] p = path.split("\\.");
        if (p.length < 4 || !p[0].equals("systems") || !(p[2].equals("sites") || p[2].equals("radars"))) {
            return true;
        }
        return doc.get("systems") instanceof Map<?, ?> systems && systems.get(p[1]) instanceof Map<?, ?> sys
                && sys.get(p[2]) instanceof Map<?, ?> items && items.containsKey(p[3]);
    }

    /** A numeric parameter as a YAML quantity in its SI unit ("4500 m/s"), checked against the scenario. */
    private static String quantity(Edit e, Scenario parsed) {
        if (ParameterPaths.value(parsed, e.path()).isEmpty()) {
            throw unsupported(e.path());
        }
        if (!(e.value() instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw ApiException.badRequest("edits: " + e.path() + ": expected a number in " + unitOf(e.path())
                    + ", found " + describe(e.value()));
        }
        String unit = ParameterPaths.unit(e.path());
        double v = n.doubleValue();
        if (unit.equals("rad")) {
            return number(Math.toDegrees(v)) + " deg";
        }
        return number(v) + " " + unit;
    }

    private static String unitOf(String path) {
        String u = ParameterPaths.unit(path);
        return u.isEmpty() ? "SI units" : u;
    }

    /** The shortest decimal that reads back as the same double. */
    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String position(Edit e) {
        if (e.value() instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number lat
                && l.get(1) instanceof Number lon && Math.abs(lat.doubleValue()) <= 90
                && Math.abs(lon.doubleValue()) <= 180) {
            return String.format(Locale.ROOT, "%.6f, %.6f", lat.doubleValue(), lon.doubleValue());
        }
        throw ApiException.badRequest("edits: " + e.path() + ": expected [latDeg, lonDeg] with |lat| <= 90 and "
                + "|lon| <= 180, found " + describe(e.value()));
    }

    private static boolean bool(Edit e) {
        if (e.value() instanceof Boolean b) {
            return b;
        }
        throw ApiException.badRequest("edits: " + e.path() + ": expected true or false, found " + describe(e.value()));
    }

    private static int index(String path, String token, int size) {
        try {
            int i = Integer.parseInt(token.substring("data-exchange[".length(), token.length() - 1));
            if (i >= 0 && i < size) {
                return i;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw ApiException.badRequest("edits: " + path + ": " + (size == 0 ? "the scenario has no data-exchange links"
                : "expected a data-exchange index from 0 to " + (size - 1)));
    }

    private static ApiException unsupported(String path) {
        return ApiException.badRequest("edits: " + path + ": not an editable path (a defence parameter such as "
                + "systems.SYSTEM.sites.SITE.interceptor.burnout-speed, a site's or radar's position or enabled, "
                + "a site's interceptor, data-exchange[i].latency or data-exchange[i].enabled)");
    }

    private static String describe(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    // ------------------------------------------------------------------ the document tree

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String text) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(text);
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
            // What the reader lets through but a plain load refuses (a tag such as !foo or !!binary):
            // a bad request naming where, never an internal error.
            String where = e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m
                    && m.getProblemMark().isPresent() ? " at line " + (m.getProblemMark().get().getLine() + 1)
                    + ", column " + (m.getProblemMark().get().getColumn() + 1) : "";
            throw ApiException.badRequest("scenario: cannot apply edits to this YAML" + where + ": "
                    + e.getMessage().lines().findFirst().orElse("") + " (remove the tag or value it names)");
        }
        if (!(root instanceof Map<?, ?>)) {
            throw ApiException.badRequest("the scenario is not a YAML mapping");
        }
        return copy((Map<String, Object>) root);
    }

    /** Merges the document's builtin: includes into it (file includes are left for the reader to refuse). */
    private static Map<String, Object> flatten(Map<String, Object> doc, int depth) {
        Object include = doc.get("include");
        if (include == null || depth > 8) {
            return doc;
        }
        List<Object> names = include instanceof List<?> l ? new ArrayList<>(l) : List.of(include);
        if (!names.stream().allMatch(n -> n instanceof String s && (s.startsWith("builtin:") || depth > 0 && !s.contains("/")))) {
            return doc;
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Object n : names) {
            String name = ((String) n).replaceFirst("^builtin:", "");
            Optional<String> body = builtinText(name);
            if (body.isEmpty()) {
                return doc;
            }
            Map<String, Object> sub = flatten(load(body.get()), depth + 1);
            for (String k : List.of("id", "title", "description", "plumbline")) {
                sub.remove(k);
            }
            merged = merge(merged, sub);
        }
        Map<String, Object> own = new LinkedHashMap<>(doc);
        own.remove("include");
        Map<String, Object> out = merge(merged, own);
        // Keep the document's own header first, as a reader expects to see it.
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String k : List.of("plumbline", "id", "title", "description")) {
            if (out.containsKey(k)) {
                ordered.put(k, out.get(k));
            }
        }
        ordered.putAll(out);
        return ordered;
    }

    private static Optional<String> builtinText(String name) {
        return ScenarioReader.builtinNames().contains(name) ? Optional.of(BuiltinText.of(name)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = copy(base);
        for (Map.Entry<String, Object> e : over.entrySet()) {
            Object old = out.get(e.getKey());
            if (old instanceof Map<?, ?> a && e.getValue() instanceof Map<?, ?> b) {
                out.put(e.getKey(), merge((Map<String, Object>) a, (Map<String, Object>) b));
            } else {
                out.put(e.getKey(), deepCopy(e.getValue()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> m) {
        return (Map<String, Object>) deepCopy(m);
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), deepCopy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(deepCopy(x)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v, String path) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw ApiException.badRequest("edits: " + path + ": the scenario has no mapping there");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v) {
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The child map at key, turning a scalar (a catalog id) into {type: id}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        Object v = parent.get(key);
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (v != null) {
            m.put("type", v);
        }
        parent.put(key, m);
        return m;
    }
}
