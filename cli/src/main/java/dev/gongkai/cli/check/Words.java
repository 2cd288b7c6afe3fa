package dev.gongkai.cli.check;

/** The few words of the outputs in the chosen language ({@code zh} or {@code en}). */
final class Words {
    private final boolean zh;

    Words(String lang) {
        this.zh = "zh".equals(lang);
    }

    String lang() {
        return zh ? "zh" : "en";
    }

    /** The English or the Chinese text. */
    String t(String en, String chinese) {
        return zh ? chinese : en;
    }

    String status(Status s) {
        switch (s) {
            case UNREADABLE: return t("unreadable", "无法读取");
            case ERROR: return t("error", "错误");
            case WARNING: return t("warning", "警告");
            case OK: return t("ok", "通过");
            default: return t("skipped", "已跳过");
        }
    }
}
