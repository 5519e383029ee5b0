package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.assessment.ThreatOutcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class KmlWriterTest {
    private static final String KML = "http://www.opengis.net/kml/2.2";
    private static Report report;
    private static String text;
    private static Document doc;

    @BeforeAll
    static void write() throws Exception {
        report = Fixtures.small();
        text = KmlWriter.write(report);
        doc = HtmlReportTest.parse(text);
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertEquals(text, KmlWriter.write(report));
    }

    @Test
    void itIsKml22WithAFolderPerScenario() {
        Element root = doc.getDocumentElement();
        assertEquals(KML, root.getNamespaceURI());
        assertEquals("kml", root.getLocalName());
        Element document = (Element) root.getElementsByTagNameNS(KML, "Document").item(0);
        int folders = 0;
        for (Node n = document.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("Folder")) {
                folders++;
            }
        }
        assertEquals(report.scenarios().size(), folders);
    }

    @Test
    void everyReachableThreatIsA3dLineWithAKnownStyle() {
        Set<String> styles = new HashSet<>();
        NodeList s = doc.getElementsByTagNameNS(KML, "Style");
        for (int i = 0; i < s.getLength(); i++) {
            styles.add(((Element) s.item(i)).getAttribute("id"));
        }
        NodeList urls = doc.getElementsByTagNameNS(KML, "styleUrl");
        for (int i = 0; i < urls.getLength(); i++) {
            assertTrue(styles.contains(urls.item(i).getTextContent().substring(1)), urls.item(i).getTextContent());
        }
        long reachable = report.scenarios().stream().flatMap(a -> a.threats().stream())
                .filter(ThreatOutcome::reachable).count();
        NodeList lines = doc.getElementsByTagNameNS(KML, "LineString");
        assertEquals(reachable, lines.getLength());
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            assertEquals("absolute", l.getElementsByTagNameNS(KML, "altitudeMode").item(0).getTextContent());
            String[] points = l.getElementsByTagNameNS(KML, "coordinates").item(0).getTextContent().trim().split(" ");
            assertTrue(points.length >= 3, "a ballistic arc keeps more than its ends");
            double top = 0;
            for (String p : points) {
                String[] c = p.split(",");
                assertEquals(3, c.length, p);
                assertTrue(Math.abs(Double.parseDouble(c[0])) <= 180 && Math.abs(Double.parseDouble(c[1])) <= 90, p);
                top = Math.max(top, Double.parseDouble(c[2]));
            }
            assertTrue(top > 100_000, "the apogee is kept: " + top);
        }
    }

    @Test
    void hostileTextIsEscaped() {
        assertTrue(text.contains("<name>hostile&quot;&lt;id&gt;&amp;</name>"));
        NodeList names = doc.getElementsByTagNameNS(KML, "name");
        boolean found = false;
        for (int i = 0; i < names.getLength(); i++) {
            found |= names.item(i).getTextContent().equals("hostile\"<id>&");
        }
        assertTrue(found);
    }
}
