package org.safereturn.common.persistence;

/** Helpers for the folded-text search every list offers (see sr_fold() in V1). */
public final class Search {
    private Search() {}

    /** A JPQL condition matching {@code attribute} (an sr_fold()ed column) against the named parameter. */
    public static String foldedContains(String attribute, String parameter) {
        return attribute + " like concat('%', cast(function('sr_fold', :" + parameter + ") as String), '%') escape '\\'";
    }

    /** The user's text with LIKE wildcards escaped, so "%" finds a per-cent sign and nothing else. */
    public static String likeLiteral(String text) {
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
