package dev.gongkai.layout.internal;

import javax.xml.stream.XMLInputFactory;

/**
 * The JDK's StAX parser hardened as POI hardens OOXML: no DTD, no external entities, no entity
 * replacement, bounded entity expansion, element depth and attribute counts. Not API.
 */
public final class SafeXml {

    private SafeXml() {}

    /** A new hardened factory (factories are not shared between threads). */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLReporter((message, type, info, location) -> { }); // errors are thrown, not printed
        set(f, "jdk.xml.entityExpansionLimit", "1000");
        set(f, "jdk.xml.maxElementDepth", "500");
        set(f, "jdk.xml.elementAttributeLimit", "1000");
        set(f, "jdk.xml.maxGeneralEntitySizeLimit", "10000");
        set(f, "jdk.xml.totalEntitySizeLimit", "100000");
        return f;
    }

    private static void set(XMLInputFactory f, String property, String value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // a parser other than the JDK's: the DTD is off anyway
        }
    }
}
