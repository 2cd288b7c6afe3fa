package dev.gongkai.validation.internal.rules;

import dev.gongkai.validation.spi.Rule;
import java.util.List;

/** The rules that ship with gongkai, sorted by id. */
public final class BuiltInRules {
    private BuiltInRules() {}

    /** A fresh instance of each built-in rule. */
    public static List<Rule> all() {
        return List.of(
                new ApplicationsApplicantSum(),
                new ApplicationsBalance(),
                new ApplicationsOutcomesSum(),
                new BatchDuplicate(),
                new BatchHierarchySum(),
                new CrossYearCarryOver(),
                new CrossYearNormativeDocuments(),
                new MetadataYear(),
                new NarrativeApplications(),
                new NarrativeCopied(),
                new NarrativeReviewLitigation(),
                new ReadingUncertain(),
                new ReviewLitigationSum(),
                new StructureEditionYear(),
                new StructureSections(),
                new StructureTables(),
                new StructureTemplate(),
                new ValuesBlank(),
                new ValuesInteger(),
                new ValuesNonNegative());
    }
}
