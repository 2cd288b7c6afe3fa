package dev.gongkai.validation.internal;

import dev.gongkai.UnreadableDocumentException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders messages from resource bundles: the built-in {@code dev.gongkai.validation.messages} and the
 * bundles that custom rules name. Numbers are shown exactly, never grouped.
 */
public final class Messages {

    /** The base name of the built-in bundle. */
    public static final String BUILT_IN = "dev.gongkai.validation.messages";

    private static final Map<String, Class<?>> CUSTOM = new ConcurrentHashMap<>();
    private static final Map<String, String> CUSTOM_NAMES = new ConcurrentHashMap<>();

    private Messages() {}

    /** Records that a rule's messages come from a bundle next to its class. */
    public static void register(String ruleId, String baseName, Class<?> ruleClass) {
        if (baseName != null && !baseName.isEmpty()) {
            CUSTOM.put(ruleId, ruleClass);
            CUSTOM_NAMES.put(ruleId, baseName);
        }
    }

    /** The bundle holding a rule's messages in a locale. */
    public static ResourceBundle bundle(String ruleId, Locale locale) {
        Class<?> c = CUSTOM.get(ruleId);
        if (c == null) {
            return ResourceBundle.getBundle(BUILT_IN, locale);
        }
        String name = CUSTOM_NAMES.get(ruleId);
        if (c.getModule().isNamed()) {
            return ResourceBundle.getBundle(name, locale, c.getModule());
        }
        return ResourceBundle.getBundle(name, locale, c.getClassLoader());
    }

    /** The text of a key, or {@code null} when the bundle lacks it. */
    public static String pattern(String ruleId, String key, Locale locale) {
        try {
            return bundle(ruleId, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Renders a message; a key no bundle has renders as the key and its arguments. */
    public static String render(String ruleId, String key, List<Object> arguments, Locale locale) {
        Object[] args = new Object[arguments.size()];
        for (int i = 0; i < args.length; i++) {
            Object a = arguments.get(i);
            args[i] = a instanceof Number n ? plain(n)
                    : a instanceof UnreadableDocumentException.Reason r ? r.explain(locale) : String.valueOf(a);
        }
        String p = pattern(ruleId, key, locale);
        if (p == null) {
            return key + " " + List.of(args);
        }
        return new MessageFormat(p, locale).format(args);
    }

    /** A number written exactly, without grouping or exponent. */
    public static String plain(Number n) {
        if (n instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        return n.toString();
    }
}
