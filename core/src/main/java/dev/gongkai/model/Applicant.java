package dev.gongkai.model;

import java.util.List;

/**
 * Columns of section 三: the applicant types, in template order. The five middle ones stand under
 * 法人或其他组织.
 *
 * @since 0.1
 */
public enum Applicant implements Code {
    NATURAL_PERSON("natural_person", "自然人"),
    COMMERCIAL_ENTERPRISE("commercial_enterprise", "商业企业"),
    RESEARCH_INSTITUTION("research_institution", "科研机构"),
    PUBLIC_INTEREST_ORG("public_interest_org", "社会公益组织"),
    LEGAL_SERVICE_ORG("legal_service_org", "法律服务机构"),
    OTHER_ORG("other_org", "其他"),
    TOTAL("total", "总计");

    private static final List<Applicant> ALL = List.of(values());
    private static final List<Applicant> PARTS = ALL.subList(0, 6);

    private final String code;
    private final String label;

    Applicant(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** True for the five columns under 法人或其他组织. */
    public boolean isOrganisation() {
        return this != NATURAL_PERSON && this != TOTAL;
    }

    /** All seven columns in template order. */
    public static List<Applicant> all() {
        return ALL;
    }

    /** The six columns that add up to {@link #TOTAL}. */
    public static List<Applicant> parts() {
        return PARTS;
    }

    /** Looks a column up by code; {@code null} when unknown. */
    public static Applicant fromCode(String code) {
        return Code.lookup(Applicant.class, code);
    }
}
