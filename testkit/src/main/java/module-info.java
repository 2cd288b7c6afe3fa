/**
 * gongkai testkit: generators, renderers, mutators and assertions for property-based tests of report
 * readers and validators. Test-scope artifact.
 *
 * <p>JUnit Jupiter (5.9 and later) is needed only for {@code @ReportSource}, AssertJ only for
 * {@code GongkaiAssertions}; both are optional: the generators, renderers and mutators work without them.
 */
module dev.gongkai.testkit {
    requires transitive dev.gongkai.core;
    requires static transitive org.junit.jupiter.params;
    requires static transitive org.assertj.core;
    requires static dev.gongkai.parser.common;

    exports dev.gongkai.testkit;
    exports dev.gongkai.testkit.render;
    exports dev.gongkai.testkit.render.page;
    exports dev.gongkai.testkit.ocr;
}
