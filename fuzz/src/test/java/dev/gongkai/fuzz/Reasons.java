package dev.gongkai.fuzz;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.json.ReportFormatException;
import dev.gongkai.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks that the reason an unreadable document is given is written for a person: what the reader saw (the
 * exception's message), what is wrong and what to do (zh and en), and the {@code document.unreadable}
 * finding made of them — none holds a Java class or package name, a library's name or its internal phrasing,
 * or a pointer to a bug tracker. The technical detail belongs in the exception's cause.
 */
final class Reasons {

    /** What no reason may hold, each with why. */
    private static final List<Pattern> FORBIDDEN = List.of(
            // a class name: XmlException, ZipException, NullPointerException, IllegalStateException ...
            Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b"),
            // a qualified name: java.util.zip..., org.apache.poi..., dev.gongkai.x.Y, a nested class Outer$Inner
            Pattern.compile("\\b(java|javax|jdk|sun|org|com|net|dev|tools)\\.[a-z]\\w*\\.", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b[A-Z]\\w+\\$\\w"),
            // a stack frame, a null printed
            Pattern.compile("\\bat [a-z]\\w*(\\.\\w+)+\\("),
            Pattern.compile("\\bnull\\b"),
            // trackers and the libraries' names
            Pattern.compile("bugzilla|\\bissues?\\b|\\bjira\\b|github|stack ?trace", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(POI|PDFBox|pdfbox|jsoup|Jsoup|Jackson|HWPF|HSSF|XWPF|XSSF|OPCPackage|POIFS|COSStream|COSName)\\b"),
            // phrasings of those libraries' own messages
            Pattern.compile("(?i)zip bomb detected|unexpected character|unexpected end-of-input|invalid header signature"
                    + "|your file appears not to be|you are calling the part of poi|missing root object|"
                    + "expected a '[a-z]+' keyword|ole2 stream|is not a valid ooxml|no valid entries or contents found"
                    + "|the supplied data appears to be|end of central directory|invalid stored block|\\bcos[a-z]"
                    + "|ArrayIndexOutOfBounds|index \\d+ out of bounds|for input string"));

    private Reasons() {}

    /** Fails with every rule the reason of {@code e} breaks. */
    static void assertHuman(UnreadableDocumentException e) {
        List<String> broken = problems(e);
        if (!broken.isEmpty()) {
            throw new AssertionError("an unreadable reason not written for people: " + broken, e);
        }
    }

    /** The rules the reason of {@code e} breaks, as text; empty when it is written for people. */
    static List<String> problems(UnreadableDocumentException e) {
        List<String> out = new ArrayList<>();
        if (e.reason() == null) {
            out.add("no reason");
            return out;
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            out.add("no message saying what the reader saw");
        }
        List<String> texts = new ArrayList<>();
        texts.add(message == null ? "" : message);
        for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
            texts.add(e.explain(locale));
            texts.add(Finding.unreadable(e).message(locale));
        }
        String echoed = echoed(e);
        for (String text : texts) {
            out.addAll(problems(echoed.isEmpty() ? text : text.replace(echoed, "…")));
        }
        if (!e.explain(Locale.CHINESE).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            out.add("the Chinese reason is not in Chinese: " + e.explain(Locale.CHINESE));
        }
        return out;
    }

    /**
     * The document's own words the reason quotes, which the rules do not judge: the JSON pointer of a
     * canonical JSON document's offending field is the document's text (a field named {@code issue} or
     * {@code COSName} is the writer's choice, not a library speaking).
     */
    static String echoed(UnreadableDocumentException e) {
        return e instanceof ReportFormatException f && f.path().length() > 1 ? f.path() : "";
    }

    /** The rules a text breaks. */
    static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        for (Pattern p : FORBIDDEN) {
            var m = p.matcher(text);
            if (m.find()) {
                out.add("'" + m.group() + "' in: " + text);
            }
        }
        return out;
    }
}
