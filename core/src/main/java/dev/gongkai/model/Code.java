package dev.gongkai.model;

/**
 * A canonical code of the template (SPEC section 2): a row, a column, a table or a section.
 * The {@link #code()} string is public API and appears in the canonical JSON and in findings.
 *
 * @since 0.1
 */
public interface Code {
    /** The stable identifier, e.g. {@code "new_received"}. */
    String code();

    /** The template's Chinese label, e.g. {@code "一、本年新收政府信息公开申请数量"}. */
    String label();

    /**
     * The constant of a code enum with this code, or {@code null} when there is none; the one lookup every
     * code enum's {@code fromCode} uses (a table built once per enum).
     *
     * @since 0.2
     */
    static <E extends Enum<E> & Code> E lookup(Class<E> type, String code) {
        return code == null ? null : type.cast(CodeTables.TABLES.get(type).get(code));
    }
}

/** The code → constant tables of the code enums, one per enum, built on first use. */
final class CodeTables {
    static final ClassValue<java.util.Map<String, Object>> TABLES = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Object> computeValue(Class<?> type) {
            java.util.Map<String, Object> m = new java.util.HashMap<>();
            for (Object c : type.getEnumConstants()) {
                m.put(((Code) c).code(), c);
            }
            return java.util.Map.copyOf(m);
        }
    };

    private CodeTables() {}
}
