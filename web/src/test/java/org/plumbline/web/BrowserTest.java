package org.plumbline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The page in a real browser (Playwright driving Debian's Chromium, offline: the page may only talk to
 * this server): it loads the default scenario and shows its verdicts; changing an interceptor's
 * burnout speed flips a verdict; an invalid uploaded file shows its problems. A screenshot is kept
 * under {@code target/screenshots/serve.png}.
 *
 * <p>Without Chromium the test is skipped, unless {@code PLUMBLINE_REQUIRE_CHROMIUM=1} (set by
 * {@code .ci/run}) or {@code CI} is set, where a missing browser fails it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    /** The first, cold assessment of the default scenario may take a minute on a loaded machine. */
    private static final double FIRST_ANSWER_MS = 240_000;
    private static final double EDIT_ANSWER_MS = 120_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Colours of app.js's drawLayers for a threat track that some site can engage, and one it cannot. */
    private static final String ENGAGEABLE_STROKE = "#1b7837";
    private static final String NOT_ENGAGEABLE_STROKE = "#c51b1b";
    private static Playwright playwright;
    private static Browser browser;
    private static Page page;
    private static final List<String> outside = new ArrayList<>();

    @BeforeAll
    static void open() {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            String message = "Chromium is not installed (no /usr/bin/chromium, no chromium on PATH)";
            if (required()) {
                fail(message + ", and PLUMBLINE_REQUIRE_CHROMIUM or CI asks for the browser tests");
            }
            Assumptions.abort(message + ": browser tests skipped");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium.get())
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1100));
        String origin = TestServer.url("");
        // Offline: any request that leaves this server is recorded and refused.
        context.route("**/*", route -> {
            if (route.request().url().startsWith(origin)) {
                route.resume();
            } else {
                outside.add(route.request().url());
                route.abort();
            }
        });
        page = context.newPage();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /*
     * required() and chromium() are the same in report's HtmlReportScreenshotTest: keep them in step.
     * Not shared on purpose: a report test-jar would have to be installed before web's tests could run
     * on their own (mvn -pl web), for two short methods.
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

    private static String verdict(String criterion) {
        return page.locator("#verdicts tr[data-criterion='" + criterion + "'] .verdict").getAttribute("data-verdict");
    }

    private static void waitForMargins(double timeoutMs) {
        page.waitForSelector("body[data-margins='ready']", new Page.WaitForSelectorOptions().setTimeout(timeoutMs));
    }

    @Test
    @Order(1)
    void loadsTheDefaultScenarioWithItsVerdictsAndMap() throws IOException {
        page.navigate(TestServer.url("/"));
        waitForMargins(FIRST_ANSWER_MS);
        assertEquals("epaa-phase-3", page.locator("#scenario-select").inputValue());
        assertEquals("indeterminate", verdict("declared-purpose"));
        assertEquals("indeterminate", verdict("no-strategic-engagement"));
        assertEquals("pass", verdict("no-strategic-engagement-slbm"));
        assertTrue(page.locator("#verdicts .margins li").count() > 0, "margins are listed");
        // The tracks are the threat-track features of the layers the page asked for (the same request
        // body as app.js's, so the server's kept answer), one path each, coloured by engageability.
        JsonNode layers = JSON.readTree(post("/api/layers", "{\"scenario\":\"epaa-phase-3\",\"edits\":[],"
                + "\"margins\":false}").body());
        int engageable = 0;
        int notEngageable = 0;
        for (JsonNode f : layers.get("features")) {
            JsonNode p = f.get("properties");
            if (p.get("kind").asText().equals("threat-track")) {
                if (p.get("engageable").asBoolean()) {
                    engageable++;
                } else {
                    notEngageable++;
                }
            }
        }
        assertTrue(engageable > 0 && notEngageable > 0, engageable + " engageable, " + notEngageable + " not");
        assertEquals(engageable, page.locator("#map path.leaflet-interactive[stroke='" + ENGAGEABLE_STROKE + "']")
                .count(), "engageable threat tracks drawn");
        assertEquals(notEngageable, page.locator("#map path.leaflet-interactive[stroke='" + NOT_ENGAGEABLE_STROKE
                + "']").count(), "threat tracks that cannot be engaged drawn");
        assertEquals(engageable + notEngageable + 1, page.locator("#threat-select option").count(),
                "one option per track, and none");
        // Click a trajectory on the map (by the keyboard-reachable list): the timeline chart appears.
        Locator engageableOption = page.locator("#threat-select option",
                new Page.LocatorOptions().setHasText("(engageable)"));
        page.selectOption("#threat-select", engageableOption.first().getAttribute("value"));
        page.waitForSelector("#timeline svg", new Page.WaitForSelectorOptions().setTimeout(EDIT_ANSWER_MS));
        assertEquals(1, page.locator("#timeline svg polyline").count(), "altitude curve drawn");
        assertTrue(page.locator("#timeline svg rect").count() >= 1, "an interceptor window drawn");
        screenshot("serve.png");
        assertEquals(List.of(), outside, "the page made requests outside this server");
    }

    /**
     * The defended-area map of one short-range missile on a 2 deg grid (a few seconds): chosen in the
     * panel, computed by the keyboard, drawn as one polygon layer per status, listed in the layer
     * switch and the legend, summarised in the status line.
     */
    @Test
    @Order(2)
    void theDefendedAreaMapIsDrawn() throws IOException {
        page.selectOption("#footprint-launch", "tabriz");
        page.selectOption("#footprint-missile", "shahab-3");
        page.selectOption("#footprint-spacing", "2");
        page.focus("#footprint-compute");
        page.keyboard().press("Enter");
        waitForMap();
        TestServer.Response map = post("/api/footprint", "{\"scenario\":\"epaa-phase-3\",\"edits\":[],"
                + "\"launch\":\"tabriz\",\"spacing\":2,\"missile\":\"shahab-3\"}");
        assertMapStatusIs(map, "2");
        // One path per status feature (defended, undefended, not threatened).
        assertEquals(JSON.readTree(map.body()).get("features").size(), page.locator("#map path.footprint-cells").count(),
                map.body());
        assertTrue(page.locator(".leaflet-control-layers").textContent().contains("Defended-area map"));
        assertTrue(page.locator("#legend").textContent().contains("defended-area map: undefended cells"));
        screenshot("serve-footprint.png");
    }

    /** Waits for the defended-area map; fails at once, with the page's message, if it failed. */
    private static void waitForMap() {
        page.waitForSelector("body[data-footprint='ready'], body[data-footprint='error']",
                new Page.WaitForSelectorOptions().setTimeout(EDIT_ANSWER_MS));
        assertEquals("ready", page.locator("body").getAttribute("data-footprint"),
                page.locator("#footprint-status").textContent());
    }

    /**
     * The map's status line shows the numbers of the API's answer to the page's own request (ApiTest
     * checks that answer byte for byte against FootprintGrid, ServeApiParityTest against plumbline
     * footprint), formatted as app.js's computeFootprint does: toLocaleString('en'), toFixed(1) (round
     * half up on the double's exact value, as BigDecimal HALF_UP), threatened area = defended +
     * undefended km².
     */
    private static void assertMapStatusIs(TestServer.Response map, String spacingDeg) throws IOException {
        JsonNode features = JSON.readTree(map.body()).get("features");
        double defendedKm2 = 0;
        double undefendedKm2 = 0;
        for (JsonNode f : features) {
            String st = f.get("properties").get("status").asText();
            double km2 = f.get("properties").get("areaKm2").asDouble();
            defendedKm2 += st.equals("defended") ? km2 : 0;
            undefendedKm2 += st.equals("undefended") ? km2 : 0;
        }
        String expected = String.format(Locale.ROOT, "%,d", Integer.parseInt(map.header("X-Plumbline-Cells")))
                + " cells of " + spacingDeg + "°: defended area " + percent(map.header("X-Plumbline-Defended-Fraction"))
                + " % of the threatened "
                + String.format(Locale.ROOT, "%,d", Math.round(defendedKm2 + undefendedKm2))
                + " km², population " + percent(map.header("X-Plumbline-Population-Defended-Fraction"))
                + " % of the threatened (cities of 100,000 or more); ";
        String status = page.locator("#footprint-status").textContent();
        assertTrue(status.startsWith(expected) && status.substring(expected.length()).matches("\\d+\\.\\d s"),
                "expected \"" + expected + "<seconds> s\", found \"" + status + "\"");
    }

    @Test
    @Order(3)
    void aSlowerRedzikowoInterceptorFlipsNoStrategicEngagementToPass() throws IOException {
        // Redzikowo's SM-3 IIA (epaa-phase-3.yaml: interceptor sm3-iia) is declared 4.5 km/s with a range
        // [4.0, 5.0] km/s (io/.../catalog/interceptors.yaml, sm3-iia burnout-speed); at the top of that range
        // (the corner most favourable to the defence) it engages 3 of 128 Russian ICBM trajectories, so
        // no-strategic-engagement is indeterminate. Fixed at exactly 4.5 km/s, no corner engages any: pass.
        long mapsOnKeptFlights = TestServer.get().mapsOnKeptFlights();
        page.fill("#site-redzikowo-burnout", "4.5");
        page.locator("#site-redzikowo-burnout").dispatchEvent("change");
        page.waitForFunction("() => document.querySelector(\"#verdicts tr[data-criterion='no-strategic-engagement'] "
                + ".verdict\")?.dataset.verdict === 'pass'", null, new Page.WaitForFunctionOptions().setTimeout(EDIT_ANSWER_MS));
        assertEquals("pass", verdict("no-strategic-engagement"));
        assertTrue(page.url().contains("burnout-speed"), "the URL encodes the edit: " + page.url());
        // The defended-area map drawn before (theDefendedAreaMapIsDrawn) follows the edit: drawn again
        // for the edited scenario, on the flights the server kept from the map before.
        waitForMap();
        assertTrue(page.locator("#map path.footprint-cells").count() > 0, "the map is drawn again");
        assertEquals(mapsOnKeptFlights + 1, TestServer.get().mapsOnKeptFlights(), "on the kept flights");
        assertMapStatusIs(post("/api/footprint", "{\"scenario\":\"epaa-phase-3\",\"edits\":[" + SLOWER_REDZIKOWO
                + "],\"launch\":\"tabriz\",\"spacing\":2,\"missile\":\"shahab-3\"}"), "2");
        waitForMargins(EDIT_ANSWER_MS);
        screenshot("serve-edited.png");
    }

    private static final String SLOWER_REDZIKOWO =
            "{\"path\":\"systems.nato-bmd.sites.redzikowo.interceptor.burnout-speed\",\"value\":4500}";

    /**
     * The map follows the edits through an edit with problems: the selects empty while the scenario is
     * invalid, and once it is mended the map is drawn again with the launch, missile and spacing it
     * was asked for, not the first of each nor a spacing chosen but not computed. Compute is clicked
     * while the edit's check is on its way (in one script, so that the click surely lands then): the
     * click waits for the check, and a scenario with problems gets no map (with the spacing chosen
     * meanwhile, that map would have become the followed one); a valid one gets the map of the
     * choices shown once it is checked.
     */
    @Test
    @Order(4)
    void theMapFollowsThroughAnEditWithProblems() throws IOException {
        page.selectOption("#footprint-spacing", "1");
        page.evaluate("() => { const d = document.getElementById('delay-nato-bmd-d2d'); d.value = '-5';"
                + " d.dispatchEvent(new Event('change')); document.getElementById('footprint-compute').click(); }");
        page.waitForSelector("#problems", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE)
                .setTimeout(EDIT_ANSWER_MS));
        assertEquals(0, page.locator("#map path.footprint-cells").count(), "no map of another scenario stays");
        assertEquals(0, page.locator("#footprint-launch option").count(), page.locator("#problems").textContent());
        assertTrue(page.locator("#footprint-compute").isDisabled(), "no map of a scenario with problems");
        // The edit list still offers the undo of the edit with problems.
        page.click("button[aria-label='undo systems.nato-bmd.delays.detection-to-decision']");
        waitForMap();
        assertEquals("tabriz", page.locator("#footprint-launch").inputValue());
        assertEquals("shahab-3", page.locator("#footprint-missile").inputValue());
        assertEquals("2", page.locator("#footprint-spacing").inputValue());
        assertMapStatusIs(post("/api/footprint", "{\"scenario\":\"epaa-phase-3\",\"edits\":[" + SLOWER_REDZIKOWO
                + "],\"launch\":\"tabriz\",\"spacing\":2,\"missile\":\"shahab-3\"}"), "2");
        waitForMargins(EDIT_ANSWER_MS);
        // Another spacing chosen, an edit typed, and Compute clicked, as a user does: leaving the field
        // sends the edit, so the click lands during its check. The map of the new spacing is drawn,
        // not the followed map's 2°, which a lost click would leave (the button moved under the
        // pointer when the emptied status line shortened the scrolled panel, before app.css kept its
        // height).
        page.selectOption("#footprint-spacing", "1");
        page.fill("#delay-nato-bmd-d2d", "70");
        page.click("#footprint-compute");
        waitForMap();
        assertEquals("1", page.locator("#footprint-spacing").inputValue());
        assertMapStatusIs(post("/api/footprint", "{\"scenario\":\"epaa-phase-3\",\"edits\":[" + SLOWER_REDZIKOWO
                + ",{\"path\":\"systems.nato-bmd.delays.detection-to-decision\",\"value\":70}],"
                + "\"launch\":\"tabriz\",\"spacing\":1,\"missile\":\"shahab-3\"}"), "1");
        waitForMargins(EDIT_ANSWER_MS);
        // A 0.5° map streams and keeps no flights: an edit does not recompute it (each edit would queue
        // another whole map); the status line asks for Compute.
        page.selectOption("#footprint-spacing", "0.5");
        page.click("#footprint-compute");
        waitForMap();
        page.fill("#delay-nato-bmd-d2d", "80");
        page.locator("#delay-nato-bmd-d2d").dispatchEvent("change");
        waitForMargins(EDIT_ANSWER_MS);
        String status = page.locator("#footprint-status").textContent();
        assertTrue(status.startsWith("Compute the map to draw it for the edited scenario (it took "), status);
        assertEquals(0, page.locator("#map path.footprint-cells").count(), "the map of the scenario before is gone");
        assertEquals(null, page.locator("body").getAttribute("data-footprint"));
        // Through an edit with problems and its undo, the selects come back to that map's choices, so
        // that Compute, as the status asks, computes the same map.
        page.fill("#delay-nato-bmd-d2d", "-5");
        page.locator("#delay-nato-bmd-d2d").dispatchEvent("change");
        page.waitForSelector("#problems", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE)
                .setTimeout(EDIT_ANSWER_MS));
        page.click("button[aria-label='undo systems.nato-bmd.delays.detection-to-decision']");
        waitForMargins(EDIT_ANSWER_MS);
        assertEquals("tabriz", page.locator("#footprint-launch").inputValue());
        assertEquals("shahab-3", page.locator("#footprint-missile").inputValue());
        assertEquals("0.5", page.locator("#footprint-spacing").inputValue());
        String asked = page.locator("#footprint-status").textContent();
        assertTrue(asked.startsWith("Compute the map to draw it for the edited scenario (it took "), asked);
    }

    @Test
    @Order(5)
    void anInvalidUploadShowsItsProblems() {
        String yaml = "plumbline: 1\nid: broken\ntitle: Broken\nparties: {nato: {name: NATO}}\nsystems:\n  nato-bmd:\n"
                + "    party: nato\n    sites:\n      deveselu: {at: deveselu, interceptor: sm3-iaa, count: 24}\n";
        page.setInputFiles("#upload", new FilePayload("broken.yaml", "text/yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        page.waitForSelector("#problems", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE)
                .setTimeout(EDIT_ANSWER_MS));
        String text = page.locator("#problems").textContent();
        assertTrue(text.contains("broken.yaml:9:"), text);
        assertTrue(text.contains("found \"sm3-iaa\" (did you mean"), text);
        assertEquals(0, page.locator("#verdicts tbody tr").count(), "no verdicts of the previous scenario stay");
        screenshot("serve-problems.png");
    }

    /** A fraction as app.js shows it in per cent: (100 * x).toFixed(1). */
    private static String percent(String fraction) {
        return new BigDecimal(100 * Double.parseDouble(fraction)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The server's answer to a request like the page's, which must be 200 OK. */
    private static TestServer.Response post(String path, String json) throws IOException {
        try {
            TestServer.Response r = TestServer.post(path, json);
            assertEquals(200, r.status(), r.body());
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
