package org.plumbline.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page's static files: a fixed list of URL paths, each mapped to one classpath resource of this
 * server (the page, Leaflet from its webjar, the Natural Earth borders of the io and report modules).
 * Nothing else is served, so no request path can reach another file.
 */
final class Assets {
    /** One served file. */
    record Asset(String resource, String contentType) {
    }

    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    private static final String PAGE = "org/plumbline/web/assets/";
    private static final Map<String, Asset> FILES = files();
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    private static Map<String, Asset> files() {
        Map<String, Asset> m = new LinkedHashMap<>();
        m.put("/", new Asset(PAGE + "index.html", "text/html; charset=utf-8"));
        m.put("/index.html", new Asset(PAGE + "index.html", "text/html; charset=utf-8"));
        m.put("/app.js", new Asset(PAGE + "app.js", "text/javascript; charset=utf-8"));
        m.put("/timeline.js", new Asset(PAGE + "timeline.js", "text/javascript; charset=utf-8"));
        m.put("/edits.js", new Asset(PAGE + "edits.js", "text/javascript; charset=utf-8"));
        m.put("/app.css", new Asset(PAGE + "app.css", "text/css; charset=utf-8"));
        m.put("/vendor/leaflet/leaflet.js", new Asset(LEAFLET + "leaflet.js", "text/javascript; charset=utf-8"));
        m.put("/vendor/leaflet/leaflet.css", new Asset(LEAFLET + "leaflet.css", "text/css; charset=utf-8"));
        for (String img : new String[] {"layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png",
            "marker-shadow.png"}) {
            m.put("/vendor/leaflet/images/" + img, new Asset(LEAFLET + "images/" + img, "image/png"));
        }
        m.put("/data/countries-50m.geojson", new Asset("org/plumbline/io/data/countries.geojson",
                "application/geo+json; charset=utf-8"));
        m.put("/data/countries-110m.geojson", new Asset("org/plumbline/report/data/other-countries-110m.geojson",
                "application/geo+json; charset=utf-8"));
        return Map.copyOf(m);
    }

    /** The asset at a request path, if it is one of the served files. */
    static Optional<Asset> at(String path) {
        return Optional.ofNullable(FILES.get(path));
    }

    /** Every served path (for the route table). */
    static Iterable<String> paths() {
        return FILES.keySet();
    }

    /** The asset's bytes (read once). */
    byte[] bytes(Asset a) {
        return loaded.computeIfAbsent(a.resource(), r -> {
            try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled asset " + r);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled asset " + r, e);
            }
        });
    }
}
