package org.safereturn.common.web;

/** Normalising what users type. */
public final class Text {
    private Text() {}

    /** Trimmed text, or null for null or blank: optional fields are stored as "absent", never as spaces. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
