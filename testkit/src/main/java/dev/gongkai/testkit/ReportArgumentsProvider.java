package dev.gongkai.testkit;

import dev.gongkai.model.Report;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The arguments of {@link ReportSource}. Public so that it can be named in {@code @ArgumentsSource};
 * use the annotation.
 *
 * <p>Written against the JUnit Jupiter API as it was in 5.9 (the oldest version the testkit supports):
 * it implements the single-argument {@code provideArguments(ExtensionContext)}, which every later
 * version (5.13 and 6.x included) still calls through its default two-argument method. It must not
 * name {@code ParameterDeclarations} (5.13+) or {@code AnnotationBasedArgumentsProvider} (5.10+): JUnit
 * reflects over this class's methods, and a missing type in a signature fails the whole test.
 *
 * @since 0.1
 */
public final class ReportArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<ReportSource> {

    /** Replays one seed. */
    public static final String SEED_PROPERTY = "gongkai.testkit.seed";
    /** Overrides every count. */
    public static final String COUNT_PROPERTY = "gongkai.testkit.count";
    /** Multiplies every count. */
    public static final String MULTIPLIER_PROPERTY = "gongkai.testkit.multiplier";

    private ReportSource source;

    public ReportArgumentsProvider() {}

    @Override
    public void accept(ReportSource annotation) {
        this.source = annotation;
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"}) // the one method JUnit 5.9 to 6.x all call
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        ReportGenerator g = generator(source);
        List<Class<?>> types = parameterTypes(context.getTestMethod().map(Method::getParameterTypes).orElse(new Class<?>[0]));
        return seeds(source).mapToObj(seed -> arguments(g, seed, types));
    }

    /** The leading parameters this source fills, in order; a test method without any gets one report. */
    static List<Class<?>> parameterTypes(Class<?>[] declared) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> t : declared) {
            if (t != Report.class && t != ReportPair.class && t != long.class && t != Long.class) {
                break; // TestInfo and the like: resolved by JUnit, not by this source
            }
            types.add(t);
        }
        if (types.isEmpty()) {
            types.add(Report.class);
        }
        return types;
    }

    /** The generator an annotation configures. */
    static ReportGenerator generator(ReportSource s) {
        ReportGenerator g = Reports.generator().edition(s.edition().edition()).magnitudes(s.magnitudes());
        g = s.blanks() ? g.withBlanks() : g;
        return s.collapsedOtherRow() ? g.withCollapsedOtherRow() : g;
    }

    /** The seeds to run, after the system properties. */
    static LongStream seeds(ReportSource s) {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            return LongStream.of(Long.parseLong(replay.trim()));
        }
        long count = s.count();
        String c = System.getProperty(COUNT_PROPERTY);
        if (c != null && !c.isBlank()) {
            count = Long.parseLong(c.trim());
        }
        String m = System.getProperty(MULTIPLIER_PROPERTY);
        if (m != null && !m.isBlank()) {
            count *= Long.parseLong(m.trim());
        }
        return LongStream.range(s.seed(), s.seed() + count);
    }

    private static Arguments arguments(ReportGenerator g, long seed, List<Class<?>> types) {
        Object[] args = new Object[types.size()];
        Report report = null;
        for (int i = 0; i < types.size(); i++) {
            Class<?> t = types.get(i);
            if (t == long.class || t == Long.class) {
                args[i] = seed;
            } else if (t == ReportPair.class) {
                ReportPair p = g.generatePair(seed);
                args[i] = p;
                report = p.current();
            } else {
                report = report == null ? g.generate(seed) : report;
                args[i] = report;
            }
        }
        String name = "seed=" + seed + (report == null ? "" : " " + report.edition().code() + " " + report.organ());
        for (int i = 0; i < args.length; i++) {
            args[i] = Named.of(i == 0 ? name : types.get(i).getSimpleName(), args[i]);
        }
        return Arguments.of(args);
    }
}
