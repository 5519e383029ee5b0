package org.plumbline.io.scenario;

import java.util.Map;

import org.plumbline.io.JsonWriter;

/**
 * The catalog as JSON ({@code plumbline catalog --format json} and the web API's catalog): one object
 * per kind, entries in catalog order, every field as written in the catalog (a quantity keeps its
 * text with the unit, "4.5 km/s"; an uncertain value is {value, range, label, source}).
 */
public final class CatalogJson {
    private CatalogJson() {
    }

    /** The whole catalog: {"interceptors": {id: {...}}, "missiles": ..., "radars": ..., "places": ...}. */
    public static String write(Catalog catalog) {
        JsonWriter w = new JsonWriter().beginObject();
        for (Catalog.Kind k : Catalog.Kind.values()) {
            w.name(k.section());
            kind(w, catalog, k);
        }
        return w.endObject().toString();
    }

    /** One kind: {id: {...}, ...}. */
    public static String write(Catalog catalog, Catalog.Kind kind) {
        JsonWriter w = new JsonWriter();
        kind(w, catalog, kind);
        return w.toString();
    }

    /** One entry: {"kind": ..., "id": ..., "fields": {...}}. */
    public static String write(Catalog.Entry e) {
        JsonWriter w = new JsonWriter().beginObject().name("kind").value(e.kind().section()).name("id").value(e.id());
        w.name("fields");
        node(w, e.node());
        return w.endObject().toString();
    }

    private static void kind(JsonWriter w, Catalog catalog, Catalog.Kind kind) {
        w.beginObject();
        for (Map.Entry<String, Catalog.Entry> e : catalog.entries(kind).entrySet()) {
            w.name(e.getKey());
            node(w, e.getValue().node());
        }
        w.endObject();
    }

    private static void node(JsonWriter w, YNode n) {
        if (n instanceof YNode.YMap m) {
            w.beginObject();
            m.entries().forEach((k, v) -> {
                w.name(k);
                node(w, v.value());
            });
            w.endObject();
        } else if (n instanceof YNode.YList l) {
            w.beginArray();
            l.items().forEach(x -> node(w, x));
            w.endArray();
        } else {
            w.value(((YNode.YScalar) n).text());
        }
    }
}
