package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.assessment.CriterionResult;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.io.Geography;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static Report report;
    private static String page;

    @BeforeAll
    static void render() {
        report = Fixtures.small();
        page = HtmlReport.render(report, Geography.builtin());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document d, String ns, String name) {
        NodeList l = d.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static boolean hasClass(Element e, String cls) {
        return List.of(e.getAttribute("class").split(" ")).contains(cls);
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertEquals(page, HtmlReport.render(report, Geography.builtin()));
        Report copy = new Report(report.version(), report.inputsSha256(), List.copyOf(report.scenarios()), "");
        assertEquals(page, HtmlReport.render(copy, Geography.builtin()));
    }

    @Test
    void thePageIsWellFormedXhtmlWithNamespacedSvg() throws Exception {
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html xmlns=\"" + XHTML + "\""));
        Document d = parse(page);
        assertEquals(XHTML, d.getDocumentElement().getNamespaceURI());
        assertEquals("html", d.getDocumentElement().getLocalName());
        List<Element> svgs = elements(d, SVG, "svg");
        assertTrue(svgs.size() > 10, svgs.size() + " svg elements");
        for (Element svg : svgs) {
            if ("true".equals(svg.getAttribute("aria-hidden"))) {
                continue;
            }
            assertEquals("img", svg.getAttribute("role"));
            String[] labels = svg.getAttribute("aria-labelledby").split(" ");
            assertEquals(2, labels.length, "title and description");
            assertTrue(page.contains("<title id=\"" + labels[0] + "\">"), labels[0]);
            assertTrue(page.contains("<desc id=\"" + labels[1] + "\">"), labels[1]);
        }
        // No svg outside the SVG namespace (an HTML parser would accept it; an XML viewer would not).
        assertEquals(0, d.getElementsByTagNameNS(XHTML, "svg").getLength());
    }

    @Test
    void thePageFetchesNothing() {
        for (String forbidden : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(",
                "src=", "xlink:href", "@font-face")) {
            assertFalse(page.contains(forbidden), forbidden);
        }
        Set<String> allowed = Set.of(HtmlReport.NATURAL_EARTH_URL, HtmlReport.GEONAMES_URL, HtmlReport.CC_BY_URL);
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
        int links = 0;
        while (m.find()) {
            String href = m.group(1);
            assertTrue(href.startsWith("#") || allowed.contains(href), href);
            links++;
        }
        assertTrue(links > 5);
        // Every in-page link has its target.
        Matcher anchors = Pattern.compile("href=\"#([^\"]*)\"").matcher(page);
        while (anchors.find()) {
            assertTrue(page.contains("id=\"" + anchors.group(1) + "\""), anchors.group(1));
        }
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        assertFalse(page.contains("<script>alert"));
        assertFalse(page.contains("\u0001"));
        assertTrue(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; ]]&gt; \ufffd"));
        Document d = parse(page);
        List<String> h2 = elements(d, XHTML, "h2").stream().map(Element::getTextContent).toList();
        assertTrue(h2.contains(Fixtures.HOSTILE.replace('\u0001', '\ufffd')), h2.toString());
        // Ids stay plain even when the scenario id is hostile.
        Matcher ids = Pattern.compile(" id=\"([^\"]*)\"").matcher(page);
        while (ids.find()) {
            assertTrue(ids.group(1).matches("[a-z0-9-]+"), ids.group(1));
        }
    }

    @Test
    void aTimestampAppearsOnlyWhenGiven() {
        assertFalse(page.contains("Generated"));
        Report stamped = new Report(report.version(), report.inputsSha256(), report.scenarios(), "2026-05-01 12:00 UTC");
        String p = HtmlReport.render(stamped, Geography.builtin());
        assertTrue(p.contains("<dt>Generated</dt><dd>2026-05-01 12:00 UTC</dd>"));
        assertTrue(page.contains(Fixtures.HASH));
        assertTrue(page.contains(Fixtures.VERSION));
        assertTrue(page.contains(Markup.escape(Geography.ATTRIBUTION)));
    }

    @Test
    void theVerdictTableHasAScenarioPerRowAndACriterionPerColumn() throws Exception {
        Document d = parse(page);
        Element table = elements(d, XHTML, "table").stream().filter(t -> hasClass(t, "verdicts")).findFirst()
                .orElseThrow();
        Element head = (Element) table.getElementsByTagNameNS(XHTML, "thead").item(0);
        List<String> columns = new ArrayList<>();
        NodeList ths = head.getElementsByTagNameNS(XHTML, "th");
        for (int i = 0; i < ths.getLength(); i++) {
            assertEquals("col", ((Element) ths.item(i)).getAttribute("scope"));
            columns.add(ths.item(i).getTextContent());
        }
        // epaa-phase-3's three criteria, then the hostile scenario's one.
        assertEquals(5, columns.size(), columns.toString());
        Element body = (Element) table.getElementsByTagNameNS(XHTML, "tbody").item(0);
        NodeList rows = body.getElementsByTagNameNS(XHTML, "tr");
        assertEquals(report.scenarios().size(), rows.getLength());
        for (int r = 0; r < rows.getLength(); r++) {
            Element row = (Element) rows.item(r);
            assertEquals("row", ((Element) row.getElementsByTagNameNS(XHTML, "th").item(0)).getAttribute("scope"));
            NodeList cells = row.getElementsByTagNameNS(XHTML, "td");
            assertEquals(4, cells.getLength());
            ScenarioAssessment a = report.scenarios().get(r);
            int filled = 0;
            for (int c = 0; c < cells.getLength(); c++) {
                String text = cells.item(c).getTextContent();
                if (text.contains("not assessed")) {
                    continue;
                }
                CriterionResult cr = a.criteria().get(filled++);
                String word = cr.verdict().label().toUpperCase(java.util.Locale.ROOT);
                assertTrue(text.contains(word), text);
                assertTrue(text.contains("\u2713 PASS") || text.contains("\u2717 FAIL")
                        || text.contains("? INDETERMINATE"), "verdicts carry a symbol too: " + text);
                for (var m : cr.margins()) {
                    assertTrue(text.contains(m.statement().replace('\u0001', '\ufffd')), text);
                }
            }
            assertEquals(a.criteria().size(), filled);
        }
    }

    @Test
    void everyMarginHasAChartAndEveryReachableDecidingThreatATimeline() throws Exception {
        Document d = parse(page);
        List<Element> svgs = elements(d, SVG, "svg");
        long margins = report.scenarios().stream().flatMap(a -> a.criteria().stream())
                .mapToLong(c -> c.margins().size()).sum();
        assertEquals(margins, svgs.stream().filter(s -> hasClass(s, "margin")).count());
        long timelines = 0;
        for (ScenarioAssessment a : report.scenarios()) {
            for (CriterionResult c : a.criteria()) {
                int i = c.evidence().threatIndex();
                if (i >= 0 && a.threats().get(i).reachable()) {
                    timelines++;
                }
            }
        }
        assertEquals(timelines, svgs.stream().filter(s -> hasClass(s, "timeline")).count());
    }

    @Test
    void eachScenarioHasAMapWithItsLayers() throws Exception {
        Document d = parse(page);
        List<Element> maps = elements(d, SVG, "svg").stream().filter(s -> hasClass(s, "map")
                && !hasClass(s, "swatch")).toList();
        // epaa-phase-3 has an overview (Washington is far) and a close-up of Europe; so has the hostile copy.
        assertEquals(4, maps.size());
        for (Element map : maps) {
            List<String> classes = new ArrayList<>();
            NodeList all = map.getElementsByTagNameNS(SVG, "*");
            for (int i = 0; i < all.getLength(); i++) {
                classes.addAll(List.of(((Element) all.item(i)).getAttribute("class").split(" ")));
            }
            for (String layer : List.of("sea", "land", "region", "grat", "cov", "tracks", "targets", "sites", "radars",
                    "launch", "labels", "scale")) {
                assertTrue(classes.contains(layer), layer + " in " + map.getAttribute("aria-labelledby"));
            }
            assertTrue(map.getElementsByTagNameNS(SVG, "circle").getLength() >= 3, "targets drawn");
        }
        assertTrue(page.contains("Radar coverage: where a target of 0.1\u00a0m\u00b2 flying at 300\u00a0km altitude"));
    }

    @Test
    void everyParameterPathWithADeclaredRangeIsListed() {
        ScenarioAssessment a = report.scenarios().get(0);
        for (String path : a.scenario().uncertainties().keySet()) {
            assertTrue(page.contains("<code>" + Markup.escape(path) + "</code>"), path);
        }
        for (String assumption : a.scenario().assumptions()) {
            assertTrue(page.contains(Markup.escape(assumption)), assumption);
        }
        for (String source : a.scenario().sources()) {
            assertTrue(page.contains(Markup.escape(source)), source);
        }
    }

    @Test
    void aScenarioWithoutSitesOrThreatsIsStillASection() throws Exception {
        org.plumbline.core.scenario.Scenario s = report.scenarios().get(0).scenario();
        org.plumbline.core.scenario.Scenario bare = new org.plumbline.core.scenario.Scenario("bare", "", "", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Map.of());
        String p = HtmlReport.render(Report.of("0", "", List.of(new ScenarioAssessment(bare, List.of(), List.of(),
                java.util.Map.of()))), Geography.builtin());
        parse(p);
        assertTrue(p.contains("No threat was flown"));
        assertTrue(p.contains("No assumption is stated."));
        assertTrue(s.systems().size() > 0);
    }

    @Test
    void anEmptyReportIsStillAPage() throws Exception {
        String p = HtmlReport.render(Report.of("0", "", List.of()), Geography.builtin());
        parse(p);
        assertTrue(p.contains("No scenario was assessed."));
    }
}
