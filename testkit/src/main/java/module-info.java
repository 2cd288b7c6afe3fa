/**
 * gongkai testkit: generators, renderers, mutators and assertions for property-based tests of report
 * readers and validators. Test-scope artifact.
 */
module dev.gongkai.testkit {
    requires transitive dev.gongkai.core;
    requires transitive org.junit.jupiter.params;
    requires transitive org.assertj.core;

    exports dev.gongkai.testkit;
    exports dev.gongkai.testkit.render;
    exports dev.gongkai.testkit.render.page;
}
