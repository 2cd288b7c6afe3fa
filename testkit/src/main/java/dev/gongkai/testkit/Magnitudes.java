package dev.gongkai.testkit;

/**
 * How large the generated numbers are. Every profile keeps the template's arithmetic; they differ in
 * how many cells are 0 and how wide the non-zero ones get.
 *
 * <pre>{@code
 * Report busy = Reports.generator().magnitudes(Magnitudes.LARGE).generate(7);
 * }</pre>
 *
 * @since 0.1
 */
public enum Magnitudes {
    /** Almost everything 0, the odd single-digit count: a small township office. */
    SPARSE(0.85, 0.97, 12, 3, 500),
    /** Like published reports: mostly small counts, many zeros, some five-digit licensing/penalty counts. */
    REALISTIC(0.25, 0.85, 400, 30, 60000),
    /** Wide numbers everywhere (up to five digits per applications cell): stresses splitting and layout. */
    LARGE(0.05, 0.4, 20000, 5000, 99999);

    final double zeroPerson;
    final double zeroOrganisation;
    final long maxPerson;
    final long maxOrganisation;
    final long maxDecisions;

    Magnitudes(double zeroPerson, double zeroOrganisation, long maxPerson, long maxOrganisation, long maxDecisions) {
        this.zeroPerson = zeroPerson;
        this.zeroOrganisation = zeroOrganisation;
        this.maxPerson = maxPerson;
        this.maxOrganisation = maxOrganisation;
        this.maxDecisions = maxDecisions;
    }

    /** Probability that the natural-person column of the applications table is all 0. */
    public double zeroPerson() {
        return zeroPerson;
    }

    /** Probability that an organisation column of the applications table is all 0. */
    public double zeroOrganisation() {
        return zeroOrganisation;
    }

    /** Largest new applications from natural persons. */
    public long maxPerson() {
        return maxPerson;
    }

    /** Largest new applications in one organisation column. */
    public long maxOrganisation() {
        return maxOrganisation;
    }

    /** Largest count of licensing / penalty decisions in section 二. */
    public long maxDecisions() {
        return maxDecisions;
    }
}
