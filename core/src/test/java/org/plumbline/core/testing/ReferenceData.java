package org.plumbline.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference tables under {@code src/test/resources/reference/<source>/}: comma-separated,
 * one header line naming the columns, lines starting with {@code #} are comments, no quoting.
 * Each source folder has a README.md with the citation, units and how the numbers were obtained.
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** One row of a reference table: column name to its text. */
    public record Row(int line, Map<String, String> values) {
        public String text(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException("line " + line + ": no column \"" + column + "\" in " + values.keySet());
            }
            return v;
        }

        public double number(String column) {
            try {
                return Double.parseDouble(text(column));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + line + ", column " + column + ": \"" + text(column)
                        + "\" is not a number", e);
            }
        }

        @Override
        public String toString() {
            return "line " + line + " " + values;
        }
    }

    /** The rows of reference/{source}/{file}, in file order. */
    public static List<Row> table(String source, String file) {
        String path = "/reference/" + source + "/" + file;
        InputStream in = ReferenceData.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(t.split(",", -1)).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException(path + ":" + n + ": " + cells.size() + " cells, header has "
                            + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), cells.get(i));
                }
                rows.add(new Row(n, Collections.unmodifiableMap(values)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return List.copyOf(rows);
    }
}
