package dev.gongkai.testkit.render;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to render: which {@link Variation}s to apply and the byte {@link Encoding}. Immutable.
 *
 * <pre>{@code
 * RenderOptions.plain();                                 // the template's own wording, UTF-8
 * RenderOptions.seeded(7);                               // variations drawn from seed 7
 * RenderOptions.seeded(7).encoding(Encoding.GBK).without(Variation.FULLWIDTH_DIGITS);
 * RenderOptions.plain().with(Variation.HEJI_FOR_TOTAL);  // exactly one variation
 * }</pre>
 *
 * @since 0.1
 */
public final class RenderOptions {

    private final long seed;
    private final boolean random;
    private final Set<Variation> with;
    private final Set<Variation> without;
    private final Encoding encoding;
    private final boolean fragment;
    private final Carrier carrier;
    private final StrayNumber stray;

    private RenderOptions(long seed, boolean random, Set<Variation> with, Set<Variation> without,
            Encoding encoding, boolean fragment) {
        this(seed, random, with, without, encoding, fragment, Carrier.TEXT, null);
    }

    private RenderOptions(long seed, boolean random, Set<Variation> with, Set<Variation> without,
            Encoding encoding, boolean fragment, Carrier carrier, StrayNumber stray) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.stray = stray;
        this.seed = seed;
        this.random = random;
        this.with = Collections.unmodifiableSet(with);
        this.without = Collections.unmodifiableSet(without);
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.fragment = fragment;
    }

    /** No variation at all, UTF-8. */
    public static RenderOptions plain() {
        return new RenderOptions(0, false, EnumSet.noneOf(Variation.class), EnumSet.noneOf(Variation.class),
                Encoding.UTF8, false);
    }

    /** Variations drawn from the seed (each applicable one with probability about 1/3), UTF-8. */
    public static RenderOptions seeded(long seed) {
        return new RenderOptions(seed, true, EnumSet.noneOf(Variation.class), EnumSet.noneOf(Variation.class),
                Encoding.UTF8, false);
    }

    /** Always apply these variations (where the shape supports them). */
    public RenderOptions with(Variation... vs) {
        Set<Variation> w = copy(with);
        Set<Variation> wo = copy(without);
        for (Variation v : vs) {
            w.add(v);
            wo.remove(v);
        }
        return new RenderOptions(seed, random, w, wo, encoding, fragment, carrier, stray);
    }

    /** Never apply these variations. */
    public RenderOptions without(Variation... vs) {
        Set<Variation> w = copy(with);
        Set<Variation> wo = copy(without);
        for (Variation v : vs) {
            wo.add(v);
            w.remove(v);
        }
        return new RenderOptions(seed, random, w, wo, encoding, fragment, carrier, stray);
    }

    public RenderOptions encoding(Encoding e) {
        return new RenderOptions(seed, random, copy(with), copy(without), e, fragment, carrier, stray);
    }

    /** HTML: write a fragment (the report's markup only) instead of a whole page. */
    public RenderOptions fragment(boolean f) {
        return new RenderOptions(seed, random, copy(with), copy(without), encoding, f, carrier, stray);
    }

    /**
     * Where the title, organ and date are stated (default {@link Carrier#TEXT}: title line and
     * signature). Draws nothing from the seed, so the rest of the rendering is as without it.
     */
    public RenderOptions carrier(Carrier c) {
        return new RenderOptions(seed, random, copy(with), copy(without), encoding, fragment, c, stray);
    }

    public Carrier carrier() {
        return carrier;
    }

    /**
     * Write a stray number into one table row as an extra cell ({@code null}: none); a stray naming a
     * row the report does not write is ignored.
     *
     * @since 0.2
     */
    public RenderOptions stray(StrayNumber s) {
        return new RenderOptions(seed, random, copy(with), copy(without), encoding, fragment, carrier, s);
    }

    /** The stray number to write, or {@code null}. */
    public StrayNumber stray() {
        return stray;
    }

    public long seed() {
        return seed;
    }

    /** True when variations are drawn from the seed. */
    public boolean random() {
        return random;
    }

    public Set<Variation> with() {
        return with;
    }

    public Set<Variation> without() {
        return without;
    }

    public Encoding encoding() {
        return encoding;
    }

    public boolean fragment() {
        return fragment;
    }

    private static Set<Variation> copy(Set<Variation> s) {
        return s.isEmpty() ? EnumSet.noneOf(Variation.class) : EnumSet.copyOf(s);
    }

    @Override
    public String toString() {
        return "RenderOptions[" + (random ? "seed=" + seed : "plain") + ", with=" + with + ", without=" + without
                + ", " + encoding + (fragment ? ", fragment" : "") + (carrier == Carrier.TEXT ? "" : ", " + carrier)
                + (stray == null ? "" : ", " + stray) + "]";
    }
}
