package org.safereturn.consent;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What another organization may be shown of each person of a case, decided per person: the
 * groups asked for that this person's own active consents share with it. An emergency override
 * widens that to every group asked for, for every person, until it ends (its time runs out, or a
 * person of the case withdraws a consent). A person with no group is not shown at all.
 *
 * @param requested the groups the sharing asks for (e.g. a referral's field groups)
 * @param consented per person id, the groups that person's active consents share with the organization
 * @param override  the override, or null when the sharing rests on consent alone
 */
public record Disclosure(Set<FieldGroup> requested, Map<UUID, Set<FieldGroup>> consented, Override override) {

    /** Nothing of anyone: a referral that ended, or a reader with no standing. */
    public static final Disclosure NOTHING = new Disclosure(Set.of(), Map.of(), null);

    public Disclosure {
        requested = requested.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requested));
        consented = Map.copyOf(consented);
    }

    /** The groups of this person that may be shown, in FieldGroup order; empty: not shown. */
    public Set<FieldGroup> groupsOf(UUID personId) {
        Set<FieldGroup> groups = EnumSet.noneOf(FieldGroup.class);
        groups.addAll(requested);
        if (!overriding()) {
            groups.retainAll(consented.getOrDefault(personId, Set.of()));
        }
        return groups;
    }

    /** True when this person is shown beyond their own consent, by the override. */
    public boolean byOverride(UUID personId) {
        if (!overriding()) {
            return false;
        }
        return !consented.getOrDefault(personId, Set.of()).containsAll(requested);
    }

    /** True while an override is in force. */
    public boolean overriding() {
        return override != null && override.active();
    }

    /**
     * A supervisor's emergency decision to share beyond consent: it ends at {@code endsAt}, or
     * earlier at {@code endedAt}, when a person of the case withdrew a consent.
     */
    public record Override(String reason, String byName, OffsetDateTime startedAt, OffsetDateTime endsAt,
                           OffsetDateTime endedAt, OffsetDateTime now) {
        public boolean active() {
            return endedAt == null && now.isBefore(endsAt);
        }

        /** When it ended or will end: the withdrawal, else its planned end. */
        public OffsetDateTime effectiveEnd() {
            return endedAt != null && endedAt.isBefore(endsAt) ? endedAt : endsAt;
        }
    }
}
