package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plumbline.io.Geography;

/**
 * A report of the four EPAA phases with their full threat sets (synthetic trajectories, see
 * {@link Fixtures#large()}) stays small enough to open on a phone: the page under
 * {@link #MAX_PAGE_BYTES}. The files are kept under {@code target/report-large/} to look at.
 */
class ReportSizeTest {
    /** Largest acceptable page, bytes: the issue asks for about 3 MB for four scenarios. */
    static final long MAX_PAGE_BYTES = 3_000_000;

    @Test
    void fourPhasesWithFullThreatSetsMakeAPageUnderThreeMegabytes() throws IOException {
        Report r = Fixtures.large();
        String html = HtmlReport.render(r, Geography.builtin());
        String geojson = GeoJsonLayers.write(r);
        String kml = KmlWriter.write(r);
        Path dir = Path.of("target", "report-large");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("footprints.geojson"), geojson, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("trajectories.kml"), kml, StandardCharsets.UTF_8);
        long page = html.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(java.util.Locale.ROOT, "4 scenarios, %d threats: index.html %,d B, footprints.geojson %,d B,"
                        + " trajectories.kml %,d B%n", r.scenarios().stream().mapToInt(a -> a.threats().size()).sum(),
                page, geojson.getBytes(StandardCharsets.UTF_8).length, kml.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(page < MAX_PAGE_BYTES, "index.html is " + page + " bytes");
    }
}
