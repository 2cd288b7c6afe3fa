package dev.gongkai.parser.office.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The text of the text boxes anchored in a .docx paragraph (where titles often sit), one string per
 * text-box paragraph. A text box written twice, as DrawingML and as its VML fallback, is read once.
 * Not API.
 */
final class TextBoxes {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private TextBoxes() {}

    static List<String> of(XWPFParagraph p) {
        XmlObject[] boxes = p.getCTP().selectPath("declare namespace w='" + W + "' .//w:txbxContent");
        if (boxes.length == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (XmlObject box : boxes) {
            if (inFallback(box)) {
                continue;
            }
            for (XmlObject para : box.selectPath("declare namespace w='" + W + "' ./w:p")) {
                StringBuilder b = new StringBuilder();
                for (XmlObject t : para.selectPath("declare namespace w='" + W + "' .//w:t")) {
                    try (XmlCursor c = t.newCursor()) {
                        b.append(c.getTextValue());
                    }
                }
                String s = Texts.clean(b.toString());
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static boolean inFallback(XmlObject o) {
        try (XmlCursor c = o.newCursor()) {
            while (c.toParent()) {
                javax.xml.namespace.QName n = c.getName();
                if (n != null && MC.equals(n.getNamespaceURI()) && "Fallback".equals(n.getLocalPart())) {
                    return true;
                }
            }
        }
        return false;
    }
}
