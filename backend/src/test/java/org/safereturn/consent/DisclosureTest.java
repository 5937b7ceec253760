package org.safereturn.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisclosureTest {
    static final UUID MOTHER = UUID.randomUUID();
    static final UUID SON = UUID.randomUUID();
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T10:00:00+07:00");
    static final Set<FieldGroup> IDENTITY = EnumSet.of(FieldGroup.IDENTITY);

    static Disclosure.Override override(OffsetDateTime endsAt, OffsetDateTime endedAt) {
        return new Disclosure.Override("danger tonight", "Trần Văn Giám", NOW.minusHours(1), endsAt, endedAt, NOW);
    }

    @Test
    void aChildsConsentShowsTheChildAndNeverTheMother() {
        Disclosure d = new Disclosure(IDENTITY, Map.of(SON, IDENTITY), null);
        assertEquals(IDENTITY, d.groupsOf(SON));
        assertEquals(Set.of(), d.groupsOf(MOTHER));
        assertFalse(d.byOverride(SON));
    }

    @Test
    void eachPersonIsShownOnlyTheRequestedGroupsTheirOwnConsentCovers() {
        Disclosure d = new Disclosure(EnumSet.of(FieldGroup.IDENTITY, FieldGroup.HEALTH),
                Map.of(MOTHER, EnumSet.of(FieldGroup.IDENTITY, FieldGroup.CONTACT), SON, EnumSet.of(FieldGroup.HEALTH)), null);
        assertEquals(EnumSet.of(FieldGroup.IDENTITY), d.groupsOf(MOTHER));
        assertEquals(EnumSet.of(FieldGroup.HEALTH), d.groupsOf(SON));
    }

    @Test
    void anOverrideInForceShowsEveryRequestedGroupOfEveryPersonAsAnOverride() {
        Disclosure d = new Disclosure(EnumSet.of(FieldGroup.IDENTITY, FieldGroup.NARRATIVE), Map.of(SON, IDENTITY),
                override(NOW.plusHours(71), null));
        assertTrue(d.overriding());
        assertEquals(EnumSet.of(FieldGroup.IDENTITY, FieldGroup.NARRATIVE), d.groupsOf(MOTHER));
        assertTrue(d.byOverride(MOTHER));
        assertTrue(d.byOverride(SON));
    }

    @Test
    void anOverrideEndsAtItsEndAndAtAWithdrawalWhicheverComesFirst() {
        Disclosure expired = new Disclosure(IDENTITY, Map.of(), override(NOW, null));
        assertFalse(expired.overriding());
        assertEquals(Set.of(), expired.groupsOf(MOTHER));

        Disclosure withdrawn = new Disclosure(IDENTITY, Map.of(SON, IDENTITY), override(NOW.plusHours(10), NOW.minusMinutes(5)));
        assertFalse(withdrawn.overriding());
        assertEquals(Set.of(), withdrawn.groupsOf(MOTHER));
        assertEquals(IDENTITY, withdrawn.groupsOf(SON));
        assertEquals(NOW.minusMinutes(5), withdrawn.override().effectiveEnd());
        assertEquals(NOW.plusHours(10), override(NOW.plusHours(10), null).effectiveEnd());
    }

    @Test
    void nothingShowsNobody() {
        assertEquals(Set.of(), Disclosure.NOTHING.groupsOf(MOTHER));
        assertFalse(Disclosure.NOTHING.overriding());
    }
}
