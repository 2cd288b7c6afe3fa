package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The provider links on the oldest JUnit the testkit supports (5.9): JUnit reflects over its methods, so
 * every JUnit type in its signatures and supertypes must exist in 5.9. The consumer builds under
 * {@code compat/} run it on 5.9, 5.11, 5.13 and 6.x; this test fails at once, without them.
 */
class ReportArgumentsProviderLinkageTest {

    /** The JUnit types of 5.9's API that the provider may name. */
    private static final Set<String> IN_JUNIT_5_9 = Set.of(
            "org.junit.jupiter.api.extension.ExtensionContext",
            "org.junit.jupiter.params.provider.ArgumentsProvider",
            "org.junit.jupiter.params.provider.Arguments",
            "org.junit.jupiter.params.support.AnnotationConsumer");

    @Test
    void namesOnlyTypesThatJUnit59Has() {
        Set<String> named = new TreeSet<>();
        for (Class<?> i : ReportArgumentsProvider.class.getInterfaces()) {
            named.add(i.getName());
        }
        named.add(ReportArgumentsProvider.class.getSuperclass().getName());
        for (Method m : ReportArgumentsProvider.class.getDeclaredMethods()) {
            named.add(m.getReturnType().getName());
            for (Class<?> p : m.getParameterTypes()) {
                named.add(p.getName());
            }
        }
        named.removeIf(n -> !n.startsWith("org.junit"));
        assertThat(named).isNotEmpty().isSubsetOf(IN_JUNIT_5_9);
    }

    @Test
    void fillsLeadingReportParametersOnly() {
        assertThat(ReportArgumentsProvider.parameterTypes(new Class<?>[] {ReportPair.class, long.class, String.class}))
                .containsExactly(ReportPair.class, long.class);
        assertThat(ReportArgumentsProvider.parameterTypes(new Class<?>[0])).containsExactly(dev.gongkai.model.Report.class);
    }
}
