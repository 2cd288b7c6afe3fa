package dev.gongkai.testkit;

import dev.gongkai.model.Edition;

/**
 * The edition for {@link ReportSource} (annotations cannot hold {@code null}).
 *
 * @since 0.1
 */
public enum EditionChoice {
    /** Either edition, chosen by seed. */
    ANY(null),
    E2019(Edition.E2019),
    E2021(Edition.E2021);

    private final Edition edition;

    EditionChoice(Edition edition) {
        this.edition = edition;
    }

    /** The edition, or {@code null} for {@link #ANY}. */
    public Edition edition() {
        return edition;
    }
}
