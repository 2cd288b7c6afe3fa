package dev.gongkai.model;

import java.util.Optional;

/**
 * The two editions of the national report template. The edition decides which rows and columns the
 * tables have.
 *
 * @since 0.1
 */
public enum Edition {
    /** 国办公开办函〔2019〕60号, used for reports on 2019 and 2020. */
    E2019("2019", "国办公开办函〔2019〕60号"),
    /** 国办公开办函〔2021〕30号, used for reports on 2021 onward. */
    E2021("2021", "国办公开办函〔2021〕30号");

    private final String code;
    private final String setBy;

    Edition(String code, String setBy) {
        this.code = code;
        this.setBy = setBy;
    }

    /** The code used in JSON: {@code "2019"} or {@code "2021"}. */
    public String code() {
        return code;
    }

    /** The document that set this edition. */
    public String setBy() {
        return setBy;
    }

    /** The edition that fits a report year: 2021 for years from 2021, 2019 before. */
    public static Edition forYear(int year) {
        return year >= 2021 ? E2021 : E2019;
    }

    /** Looks an edition up by its code. */
    public static Optional<Edition> fromCode(String code) {
        for (Edition e : values()) {
            if (e.code.equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
