package org.safereturn.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safereturn.common.security.Roles;

/**
 * The staff of an organization who work cases (social workers and supervisors), as Keycloak
 * knows them: enabled users holding one of those roles whose {@code org} attribute names the
 * organization. Other features ask it whom a case may be assigned to.
 */
@ApplicationScoped
public class StaffDirectory {
    /** The roles whose holders may be assigned a case. */
    static final List<String> CASE_ROLES = List.of(Roles.SOCIAL_WORKER, Roles.SUPERVISOR);
    /** The roles whose holders may be assigned a hotline ticket. */
    static final List<String> TICKET_ROLES = List.of(Roles.HOTLINE_OPERATOR, Roles.SOCIAL_WORKER, Roles.SUPERVISOR);

    /** One member of staff: the token subject, username, display name and their case roles. */
    public record StaffMember(String subject, String username, String name, List<String> roles) {}

    @Inject
    KeycloakStaff keycloak;

    /** Social workers and supervisors of the organization, by name. */
    public List<StaffMember> caseWorkers(UUID organizationId) {
        return withRoles(organizationId, CASE_ROLES);
    }

    /** Operators, social workers and supervisors of the organization, by name: who may work a ticket. */
    public List<StaffMember> ticketHandlers(UUID organizationId) {
        return withRoles(organizationId, TICKET_ROLES);
    }

    /** The ticket handler with this subject in the organization, if there is one. */
    public Optional<StaffMember> ticketHandler(UUID organizationId, String subject) {
        return ticketHandlers(organizationId).stream().filter(m -> m.subject().equals(subject)).findFirst();
    }

    private List<StaffMember> withRoles(UUID organizationId, List<String> roles) {
        return keycloak.ofOrganization(organizationId).stream()
                .filter(m -> m.enabled() && m.organizations().contains(organizationId.toString()))
                .map(m -> new StaffMember(m.subject(), m.username(), displayName(m),
                        roles.stream().filter(m.realmRoles()::contains).sorted().toList()))
                .filter(m -> !m.roles().isEmpty())
                .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER).thenComparing(StaffMember::username))
                .toList();
    }

    /** The case worker with this subject in the organization, if there is one. */
    public Optional<StaffMember> caseWorker(UUID organizationId, String subject) {
        return caseWorkers(organizationId).stream().filter(m -> m.subject().equals(subject)).findFirst();
    }

    /** "First Last" as Keycloak's name claim builds it; the username when both are empty. */
    static String displayName(KeycloakStaff.Member m) {
        String name = ((m.firstName() == null ? "" : m.firstName()) + " " + (m.lastName() == null ? "" : m.lastName())).trim();
        return name.isEmpty() ? m.username() : name;
    }
}
