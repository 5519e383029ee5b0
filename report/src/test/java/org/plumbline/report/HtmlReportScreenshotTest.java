package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.io.Geography;

/**
 * The page as a browser draws it: headless Chromium takes screenshots of the sample report at a
 * desktop and a phone width, and the PNGs must have the asked size and not be blank. They are kept
 * under {@code target/screenshots/} with the page, to look at.
 *
 * <p>Without Chromium the test is skipped, except where it must run: when {@code CI} is set (CI
 * installs Debian's chromium, see {@code .ci/run}) or {@code PLUMBLINE_REQUIRE_CHROMIUM=1}, a missing
 * browser fails it.
 */
class HtmlReportScreenshotTest {
    /** Fewer distinct colours than this means a blank or broken page (text, map and charts give thousands). */
    static final int MIN_DISTINCT_COLOURS = 500;
    /** Fewer non-white pixels than this share means an empty page. */
    static final double MIN_INK_SHARE = 0.05;
    private static final long TIMEOUT_S = 120;

    private static Path dir;
    private static Path page;

    @BeforeAll
    static void writePage() throws IOException {
        dir = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(dir);
        Report r = Fixtures.small();
        page = dir.resolve("index.html");
        Files.writeString(page, HtmlReport.render(r, Geography.builtin()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("footprints.geojson"), GeoJsonLayers.write(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("trajectories.kml"), KmlWriter.write(r), StandardCharsets.UTF_8);
    }

    /*
     * required() and chromium() are the same in web's BrowserTest: keep them in step. Not shared
     * on purpose: a report test-jar would have to be installed before web's tests could run on their
     * own (mvn -pl web), for two short methods.
     */
    static boolean required() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")
                || "1".equals(System.getenv("PLUMBLINE_REQUIRE_CHROMIUM"));
    }

    static Optional<Path> chromium() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser")) {
                    candidates.add(Path.of(d, name));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static Path browser() {
        Optional<Path> c = chromium();
        if (c.isEmpty()) {
            String message = "Chromium is not installed (no /usr/bin/chromium, no chromium on PATH): "
                    + "apt-get install chromium to run the screenshot test";
            if (required()) {
                fail(message + "; it is required here (CI or PLUMBLINE_REQUIRE_CHROMIUM=1)");
            }
            Assumptions.assumeTrue(false, message);
        }
        return c.get();
    }

    private static BufferedImage screenshot(String name, int width, int height) throws Exception {
        Path png = dir.resolve(name);
        Files.deleteIfExists(png);
        Path log = dir.resolve(name.replace(".png", ".log"));
        Path profile = Files.createTempDirectory("plumbline-chromium-");
        try {
            return run(png, log, profile, width, height);
        } finally {
            deleteTree(profile);
        }
    }

    /** Best effort: a browser helper still closing may hold a file for a moment; the temp dir is the OS's. */
    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }

    private static BufferedImage run(Path png, Path log, Path profile, int width, int height) throws Exception {
        Process p = new ProcessBuilder(browser().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--screenshot=" + png, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in " + TIMEOUT_S + " s; see " + log);
        }
        assertEquals(0, p.exitValue(), "Chromium exit code; see " + log);
        assertTrue(Files.isRegularFile(png), "no screenshot; see " + log);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        return image;
    }

    private static void assertNotBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        double share = (double) ink / ((long) image.getWidth() * image.getHeight());
        assertTrue(colours.size() > MIN_DISTINCT_COLOURS, colours.size() + " distinct colours");
        assertTrue(share > MIN_INK_SHARE, "non-white share " + share);
    }

    @Test
    void theDesktopPageRendersTableAndMap() throws Exception {
        assertNotBlank(screenshot("index-desktop.png", 1280, 2000));
    }

    @Test
    void thePhonePageRendersToo() throws Exception {
        assertNotBlank(screenshot("index-phone.png", 390, 2400));
    }
}
