/**
 * The format-neutral block form and the one template interpreter shared by every format reader.
 */
module dev.gongkai.parser.common {
    requires transitive dev.gongkai.core;

    exports dev.gongkai.layout;
}
