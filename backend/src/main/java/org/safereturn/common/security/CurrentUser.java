package org.safereturn.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the subject, roles and organization of the bearer token. Every service asks
 * this bean rather than reading the token itself, so the claim names live in one place.
 */
@RequestScoped
public class CurrentUser {
    static final String ORG_CLAIM = "org";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    jakarta.persistence.EntityManager em;

    // Read once per request: the token library answers a custom claim by way of a caught exception,
    // and a request asks for these many times.
    private String username;
    private String displayName;
    private Optional<UUID> organizationId;

    public String subject() {
        return token.getSubject();
    }

    /** A user's username, or for a partner's API client its client id. */
    public String username() {
        if (username == null) {
            String claim = token.getClaim("preferred_username");
            if (claim == null) {
                claim = token.getClaim("azp");
            }
            username = claim != null ? claim : subject();
        }
        return username;
    }

    /**
     * The name timelines and audit show: a user's full name; for a partner's or integrator's API
     * client (a token of no person, whose username is Keycloak's "service-account-…") its
     * organization's name marked "(API)", never the account's technical name.
     */
    public String displayName() {
        if (displayName == null) {
            String name = token.getClaim("name");
            if (name != null) {
                displayName = name;
            } else if (username().startsWith("service-account-")) {
                displayName = organizationId().flatMap(this::organizationName).map(org -> org + " (API)")
                        .orElseGet(() -> (clientId() != null ? clientId() : username()) + " (API)");
            } else {
                displayName = username();
            }
        }
        return displayName;
    }

    private Optional<String> organizationName(UUID id) {
        return em.createNativeQuery("SELECT name_vi FROM organization WHERE id = ?1", String.class).setParameter(1, id)
                .getResultList().stream().findFirst().map(String.class::cast);
    }

    /** The client the token was issued to (a partner's or integrator's API client, or the SPA). */
    public String clientId() {
        return token.getClaim("azp");
    }

    public String email() {
        return token.getClaim("email");
    }

    /** The caller's SafeReturn roles (Keycloak's own default roles are left out). */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's organization; empty when the token carries no (valid) {@code org} claim. */
    public Optional<UUID> organizationId() {
        if (organizationId == null) {
            organizationId = parseOrganization(token.getClaim(ORG_CLAIM));
        }
        return organizationId;
    }

    private static Optional<UUID> parseOrganization(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
