package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Test helper: reads MIME bundles the way a front end would (HTML as XML, PNG decoded). */
final class Bundles {
    private Bundles() {
    }

    static String text(DisplayData d) {
        Object t = d.getData(MIMEType.TEXT_PLAIN);
        assertNotNull(t, "the bundle has no text/plain");
        return t.toString();
    }

    static String html(DisplayData d) {
        Object h = d.getData(MIMEType.TEXT_HTML);
        assertNotNull(h, "the bundle has no text/html");
        return h.toString();
    }

    /** The bundle's text/html parsed as XML (fails the test when it is not well-formed). */
    static Document htmlDocument(DisplayData d) {
        return parse(html(d));
    }

    static Document parse(String markup) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            var b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(markup)));
        } catch (Exception e) {
            fail("markup is not well-formed XML (" + e.getMessage() + "):\n" + markup);
            return null;
        }
    }

    static List<Element> all(Document d, String tag) {
        NodeList nl = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    /** The bundle's image/png decoded. */
    static BufferedImage png(DisplayData d) {
        Object b64 = d.getData(MIMEType.IMAGE_PNG);
        assertNotNull(b64, "the bundle has no image/png");
        return decode(b64.toString());
    }

    static BufferedImage decode(String base64) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            assertNotNull(img, "image/png does not decode as an image");
            return img;
        } catch (java.io.IOException e) {
            throw new AssertionError("image/png does not decode", e);
        }
    }

    /** The images embedded in the HTML as data URIs, decoded. */
    static List<BufferedImage> inlineImages(DisplayData d) {
        List<BufferedImage> out = new ArrayList<>();
        for (Element img : all(htmlDocument(d), "img")) {
            String src = img.getAttribute("src");
            assertTrue(src.startsWith("data:image/png;base64,"), "inline image is a PNG data URI: " + src);
            out.add(decode(src.substring("data:image/png;base64,".length())));
        }
        return out;
    }
}
