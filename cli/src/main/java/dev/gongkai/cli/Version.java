package dev.gongkai.cli;

import picocli.CommandLine;

/** The version of the running jar. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"gongkai " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version")};
    }
}
