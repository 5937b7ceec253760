package org.safereturn.common.security;

/** The realm roles of DOMAIN.md, as used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String SOCIAL_WORKER = "social-worker";
    public static final String HOTLINE_OPERATOR = "hotline-operator";
    public static final String PARTNER = "partner";
    public static final String ANALYST = "analyst";
    public static final String CLUB_COORDINATOR = "club-coordinator";

    public static final java.util.Set<String> ALL = java.util.Set.of(
            ADMIN, SUPERVISOR, SOCIAL_WORKER, HOTLINE_OPERATOR, PARTNER, ANALYST, CLUB_COORDINATOR);

    private Roles() {}
}
