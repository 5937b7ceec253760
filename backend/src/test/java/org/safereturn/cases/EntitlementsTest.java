package org.safereturn.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safereturn.cases.Entitlements.Citizenship.FOREIGN;
import static org.safereturn.cases.Entitlements.Citizenship.STATELESS_RESIDENT;
import static org.safereturn.cases.Entitlements.Citizenship.VIETNAMESE;
import static org.safereturn.cases.Entitlements.Status.BEING_IDENTIFIED;
import static org.safereturn.cases.Entitlements.Status.VICTIM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safereturn.cases.Entitlements.Citizenship;
import org.safereturn.cases.Entitlements.Entitlement;
import org.safereturn.cases.Entitlements.Status;
import org.safereturn.cases.Entitlements.Subject;

class EntitlementsTest {

    /** The test's own reading of the law's letters, kept apart from SupportType.letter() on purpose. */
    private static final Map<String, List<SupportType>> TOKENS = new LinkedHashMap<>();

    static {
        TOKENS.put("a", List.of(SupportType.ESSENTIAL_NEEDS));
        TOKENS.put("b", List.of(SupportType.MEDICAL));
        TOKENS.put("c", List.of(SupportType.INTERPRETATION));
        TOKENS.put("d", List.of(SupportType.LEGAL_INFORMATION));
        TOKENS.put("đ", List.of(SupportType.LEGAL_AID));
        TOKENS.put("e", List.of(SupportType.TRAVEL));
        TOKENS.put("g", List.of(SupportType.PSYCHOLOGICAL));
        TOKENS.put("h", List.of(SupportType.SCHOOLING));
        TOKENS.put("i", List.of(SupportType.VOCATIONAL_AND_JOB));
        TOKENS.put("k", List.of(SupportType.INITIAL_HARDSHIP_ALLOWANCE, SupportType.LOAN));
        TOKENS.put("HI", List.of(SupportType.HEALTH_INSURANCE));
        TOKENS.put("SHELTER", List.of(SupportType.SHELTER_STAY));
    }

    /**
     * Art. 37 of the 2024 law, cell by cell. "k" is both the initial hardship allowance and the
     * loan; HI is first-year health insurance; the last column lists every reason code (without
     * its "entitlement." prefix) given for what is not allowed. ACCOMPANYING rows give the status
     * and citizenship of the person the child accompanies.
     */
    @ParameterizedTest(name = "{0} {1} age {2} in {3} as {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # status         | citizenship        | age | where | role         | allowed (law's order)          | reasons for the rest
            # VICTIM x VIETNAMESE
            VICTIM           | VIETNAMESE         | 17 | VIETNAM | SELF         | a b c d đ e g h i k HI SHELTER | -
            VICTIM           | VIETNAMESE         | 17 | ABROAD  | SELF         | a b c d đ e g h i k HI         | shelter-in-vietnam-only
            VICTIM           | VIETNAMESE         | 30 | VIETNAM | SELF         | a b c d đ e g h i k HI SHELTER | -
            VICTIM           | VIETNAMESE         | 30 | ABROAD  | SELF         | a b c d đ e g h i k HI         | shelter-in-vietnam-only
            VICTIM           | VIETNAMESE         | 17 | VIETNAM | ACCOMPANYING | a b c d đ e g h HI SHELTER     | child-of-victim-limit
            VICTIM           | VIETNAMESE         | 17 | ABROAD  | ACCOMPANYING | a b c d đ e g h HI             | child-of-victim-limit shelter-in-vietnam-only
            VICTIM           | VIETNAMESE         | 30 | VIETNAM | ACCOMPANYING | -                              | accompanying-adult
            VICTIM           | VIETNAMESE         | 30 | ABROAD  | ACCOMPANYING | -                              | accompanying-adult
            # VICTIM x STATELESS_RESIDENT
            VICTIM           | STATELESS_RESIDENT | 17 | VIETNAM | SELF         | a b c d đ e g h i k HI SHELTER | -
            VICTIM           | STATELESS_RESIDENT | 17 | ABROAD  | SELF         | a b c d đ e g h i k HI         | shelter-in-vietnam-only
            VICTIM           | STATELESS_RESIDENT | 30 | VIETNAM | SELF         | a b c d đ e g h i k HI SHELTER | -
            VICTIM           | STATELESS_RESIDENT | 30 | ABROAD  | SELF         | a b c d đ e g h i k HI         | shelter-in-vietnam-only
            VICTIM           | STATELESS_RESIDENT | 17 | VIETNAM | ACCOMPANYING | a b c d đ e g h HI SHELTER     | child-of-victim-limit
            VICTIM           | STATELESS_RESIDENT | 17 | ABROAD  | ACCOMPANYING | a b c d đ e g h HI             | child-of-victim-limit shelter-in-vietnam-only
            VICTIM           | STATELESS_RESIDENT | 30 | VIETNAM | ACCOMPANYING | -                              | accompanying-adult
            VICTIM           | STATELESS_RESIDENT | 30 | ABROAD  | ACCOMPANYING | -                              | accompanying-adult
            # VICTIM x FOREIGN
            VICTIM           | FOREIGN            | 17 | VIETNAM | SELF         | a b c d đ g SHELTER            | foreign-victim
            VICTIM           | FOREIGN            | 17 | ABROAD  | SELF         | a b c d đ g                    | foreign-victim shelter-in-vietnam-only
            VICTIM           | FOREIGN            | 30 | VIETNAM | SELF         | a b c d đ g SHELTER            | foreign-victim
            VICTIM           | FOREIGN            | 30 | ABROAD  | SELF         | a b c d đ g                    | foreign-victim shelter-in-vietnam-only
            VICTIM           | FOREIGN            | 17 | VIETNAM | ACCOMPANYING | -                              | child-of-foreign-national
            VICTIM           | FOREIGN            | 17 | ABROAD  | ACCOMPANYING | -                              | child-of-foreign-national
            VICTIM           | FOREIGN            | 30 | VIETNAM | ACCOMPANYING | -                              | accompanying-adult
            VICTIM           | FOREIGN            | 30 | ABROAD  | ACCOMPANYING | -                              | accompanying-adult
            # BEING_IDENTIFIED x VIETNAMESE
            BEING_IDENTIFIED | VIETNAMESE         | 17 | VIETNAM | SELF         | a b c d đ e g SHELTER          | being-identified-limit
            BEING_IDENTIFIED | VIETNAMESE         | 17 | ABROAD  | SELF         | a b c d                        | being-identified-abroad shelter-in-vietnam-only
            BEING_IDENTIFIED | VIETNAMESE         | 30 | VIETNAM | SELF         | a b c d đ e g SHELTER          | being-identified-limit
            BEING_IDENTIFIED | VIETNAMESE         | 30 | ABROAD  | SELF         | a b c d                        | being-identified-abroad shelter-in-vietnam-only
            BEING_IDENTIFIED | VIETNAMESE         | 17 | VIETNAM | ACCOMPANYING | a b c d đ e g SHELTER          | being-identified-limit
            BEING_IDENTIFIED | VIETNAMESE         | 17 | ABROAD  | ACCOMPANYING | a b c d                        | being-identified-abroad shelter-in-vietnam-only
            BEING_IDENTIFIED | VIETNAMESE         | 30 | VIETNAM | ACCOMPANYING | -                              | accompanying-adult
            BEING_IDENTIFIED | VIETNAMESE         | 30 | ABROAD  | ACCOMPANYING | -                              | accompanying-adult
            # BEING_IDENTIFIED x STATELESS_RESIDENT
            BEING_IDENTIFIED | STATELESS_RESIDENT | 17 | VIETNAM | SELF         | a b c d đ e g SHELTER          | being-identified-limit
            BEING_IDENTIFIED | STATELESS_RESIDENT | 17 | ABROAD  | SELF         | -                              | stateless-being-identified-abroad
            BEING_IDENTIFIED | STATELESS_RESIDENT | 30 | VIETNAM | SELF         | a b c d đ e g SHELTER          | being-identified-limit
            BEING_IDENTIFIED | STATELESS_RESIDENT | 30 | ABROAD  | SELF         | -                              | stateless-being-identified-abroad
            BEING_IDENTIFIED | STATELESS_RESIDENT | 17 | VIETNAM | ACCOMPANYING | a b c d đ e g SHELTER          | being-identified-limit
            BEING_IDENTIFIED | STATELESS_RESIDENT | 17 | ABROAD  | ACCOMPANYING | -                              | stateless-being-identified-abroad
            BEING_IDENTIFIED | STATELESS_RESIDENT | 30 | VIETNAM | ACCOMPANYING | -                              | accompanying-adult
            BEING_IDENTIFIED | STATELESS_RESIDENT | 30 | ABROAD  | ACCOMPANYING | -                              | accompanying-adult
            # BEING_IDENTIFIED x FOREIGN
            BEING_IDENTIFIED | FOREIGN            | 17 | VIETNAM | SELF         | a b c d đ g SHELTER            | foreign-being-identified
            BEING_IDENTIFIED | FOREIGN            | 17 | ABROAD  | SELF         | a b c d đ g                    | foreign-being-identified shelter-in-vietnam-only
            BEING_IDENTIFIED | FOREIGN            | 30 | VIETNAM | SELF         | a b c d đ g SHELTER            | foreign-being-identified
            BEING_IDENTIFIED | FOREIGN            | 30 | ABROAD  | SELF         | a b c d đ g                    | foreign-being-identified shelter-in-vietnam-only
            BEING_IDENTIFIED | FOREIGN            | 17 | VIETNAM | ACCOMPANYING | -                              | child-of-foreign-national
            BEING_IDENTIFIED | FOREIGN            | 17 | ABROAD  | ACCOMPANYING | -                              | child-of-foreign-national
            BEING_IDENTIFIED | FOREIGN            | 30 | VIETNAM | ACCOMPANYING | -                              | accompanying-adult
            BEING_IDENTIFIED | FOREIGN            | 30 | ABROAD  | ACCOMPANYING | -                              | accompanying-adult
            # NOT_VICTIM x VIETNAMESE
            NOT_VICTIM       | VIETNAMESE         | 17 | VIETNAM | SELF         | -                              | not-a-victim
            NOT_VICTIM       | VIETNAMESE         | 17 | ABROAD  | SELF         | -                              | not-a-victim
            NOT_VICTIM       | VIETNAMESE         | 30 | VIETNAM | SELF         | -                              | not-a-victim
            NOT_VICTIM       | VIETNAMESE         | 30 | ABROAD  | SELF         | -                              | not-a-victim
            NOT_VICTIM       | VIETNAMESE         | 17 | VIETNAM | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | VIETNAMESE         | 17 | ABROAD  | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | VIETNAMESE         | 30 | VIETNAM | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | VIETNAMESE         | 30 | ABROAD  | ACCOMPANYING | -                              | not-a-victim
            # NOT_VICTIM x STATELESS_RESIDENT
            NOT_VICTIM       | STATELESS_RESIDENT | 17 | VIETNAM | SELF         | -                              | not-a-victim
            NOT_VICTIM       | STATELESS_RESIDENT | 17 | ABROAD  | SELF         | -                              | not-a-victim
            NOT_VICTIM       | STATELESS_RESIDENT | 30 | VIETNAM | SELF         | -                              | not-a-victim
            NOT_VICTIM       | STATELESS_RESIDENT | 30 | ABROAD  | SELF         | -                              | not-a-victim
            NOT_VICTIM       | STATELESS_RESIDENT | 17 | VIETNAM | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | STATELESS_RESIDENT | 17 | ABROAD  | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | STATELESS_RESIDENT | 30 | VIETNAM | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | STATELESS_RESIDENT | 30 | ABROAD  | ACCOMPANYING | -                              | not-a-victim
            # NOT_VICTIM x FOREIGN
            NOT_VICTIM       | FOREIGN            | 17 | VIETNAM | SELF         | -                              | not-a-victim
            NOT_VICTIM       | FOREIGN            | 17 | ABROAD  | SELF         | -                              | not-a-victim
            NOT_VICTIM       | FOREIGN            | 30 | VIETNAM | SELF         | -                              | not-a-victim
            NOT_VICTIM       | FOREIGN            | 30 | ABROAD  | SELF         | -                              | not-a-victim
            NOT_VICTIM       | FOREIGN            | 17 | VIETNAM | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | FOREIGN            | 17 | ABROAD  | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | FOREIGN            | 30 | VIETNAM | ACCOMPANYING | -                              | not-a-victim
            NOT_VICTIM       | FOREIGN            | 30 | ABROAD  | ACCOMPANYING | -                              | not-a-victim
            """)
    void followsArticle37(
            Status status, Citizenship citizenship, int age, String where, String role, String allowed, String reasons) {
        Subject subject = new Subject(status, citizenship, age, where.equals("VIETNAM"), role.equals("ACCOMPANYING"));

        Entitlement entitlement = Entitlements.of(subject);

        assertEquals(supports(allowed), List.copyOf(entitlement.allowed()), "allowed, in the law's order");
        Set<String> expectedReasons = new TreeSet<>();
        if (!reasons.equals("-")) {
            for (String r : reasons.split(" ")) {
                expectedReasons.add("entitlement." + r);
            }
        }
        assertEquals(expectedReasons, new TreeSet<>(entitlement.denied().values()), "reason codes");
        for (SupportType t : SupportType.values()) {
            assertEquals(entitlement.allowed().contains(t), entitlement.allows(t), t.name());
            assertEquals(!entitlement.allows(t), entitlement.denied().containsKey(t), t + " allowed or explained");
        }
    }

    @Test
    void aVietnameseWomanHandedOverByTheBorderGuardGetsEverySupportAndAShelterRoom() {
        Entitlement e = Entitlements.of(Subject.person(VICTIM, VIETNAMESE, 24, true));

        assertEquals(EnumSet.allOf(SupportType.class), e.allowed());
        assertEquals(Map.of(), e.denied());
    }

    @Test
    void exactlyEighteenIsAnAdult() {
        Entitlement seventeen = Entitlements.of(Subject.accompanyingChild(VICTIM, VIETNAMESE, 17, true));
        Entitlement eighteen = Entitlements.of(Subject.accompanyingChild(VICTIM, VIETNAMESE, 18, true));

        assertTrue(seventeen.allows(SupportType.SCHOOLING));
        assertTrue(eighteen.allowed().isEmpty());
        for (SupportType t : SupportType.values()) {
            assertEquals(Optional.of("entitlement.accompanying-adult"), eighteen.reasonDenied(t), t.name());
        }
        // A victim of 18 in her own right keeps everything: age limits only the accompanying rule.
        assertEquals(EnumSet.allOf(SupportType.class), Entitlements.of(Subject.person(VICTIM, VIETNAMESE, 18, true)).allowed());
    }

    @Test
    void aChildAccompanyingAVietnameseVictimStopsAtSchooling() {
        Entitlement e = Entitlements.of(Subject.accompanyingChild(VICTIM, VIETNAMESE, 9, true));

        assertTrue(e.allows(SupportType.SCHOOLING));
        assertTrue(e.allows(SupportType.HEALTH_INSURANCE));
        assertTrue(e.allows(SupportType.SHELTER_STAY));
        assertEquals(Optional.of("entitlement.child-of-victim-limit"), e.reasonDenied(SupportType.VOCATIONAL_AND_JOB));
        assertEquals(Optional.of("entitlement.child-of-victim-limit"), e.reasonDenied(SupportType.INITIAL_HARDSHIP_ALLOWANCE));
        assertEquals(Optional.of("entitlement.child-of-victim-limit"), e.reasonDenied(SupportType.LOAN));
        assertEquals(Optional.empty(), e.reasonDenied(SupportType.SCHOOLING));
    }

    @Test
    void aChildAccompanyingAForeignVictimHasNoSupportOfTheirOwnWhileTheMotherHasHers() {
        Entitlement mother = Entitlements.of(Subject.person(VICTIM, FOREIGN, 27, true));
        Entitlement child = Entitlements.of(Subject.accompanyingChild(VICTIM, FOREIGN, 6, true));

        assertEquals(EnumSet.of(SupportType.ESSENTIAL_NEEDS, SupportType.MEDICAL, SupportType.INTERPRETATION,
                SupportType.LEGAL_INFORMATION, SupportType.LEGAL_AID, SupportType.PSYCHOLOGICAL, SupportType.SHELTER_STAY),
                mother.allowed());
        assertEquals(Optional.of("entitlement.foreign-victim"), mother.reasonDenied(SupportType.TRAVEL));
        assertEquals(Optional.of("entitlement.foreign-victim"), mother.reasonDenied(SupportType.HEALTH_INSURANCE));
        assertTrue(child.allowed().isEmpty());
        for (SupportType t : SupportType.values()) {
            assertEquals(Optional.of("entitlement.child-of-foreign-national"), child.reasonDenied(t), t.name());
        }
    }

    @Test
    void beingIdentifiedAbroadGetsAToDAndInVietnamAToG() {
        Entitlement abroad = Entitlements.of(Subject.person(BEING_IDENTIFIED, VIETNAMESE, 30, false));
        Entitlement home = Entitlements.of(Subject.person(BEING_IDENTIFIED, VIETNAMESE, 30, true));

        assertEquals(List.of(SupportType.ESSENTIAL_NEEDS, SupportType.MEDICAL, SupportType.INTERPRETATION,
                SupportType.LEGAL_INFORMATION), List.copyOf(abroad.allowed()));
        assertEquals(Optional.of("entitlement.being-identified-abroad"), abroad.reasonDenied(SupportType.LEGAL_AID));
        assertEquals(Optional.of("entitlement.being-identified-abroad"), abroad.reasonDenied(SupportType.TRAVEL));
        assertEquals(Optional.of("entitlement.shelter-in-vietnam-only"), abroad.reasonDenied(SupportType.SHELTER_STAY));

        assertEquals(List.of(SupportType.ESSENTIAL_NEEDS, SupportType.MEDICAL, SupportType.INTERPRETATION,
                SupportType.LEGAL_INFORMATION, SupportType.LEGAL_AID, SupportType.TRAVEL, SupportType.PSYCHOLOGICAL,
                SupportType.SHELTER_STAY), List.copyOf(home.allowed()));
        assertEquals(Optional.of("entitlement.being-identified-limit"), home.reasonDenied(SupportType.SCHOOLING));
        assertEquals(Optional.of("entitlement.being-identified-limit"), home.reasonDenied(SupportType.HEALTH_INSURANCE));
    }

    @Test
    void aStatelessResidentBeingIdentifiedIsCoveredInVietnamButNotAbroad() {
        Entitlement abroad = Entitlements.of(Subject.person(BEING_IDENTIFIED, STATELESS_RESIDENT, 30, false));
        Entitlement home = Entitlements.of(Subject.person(BEING_IDENTIFIED, STATELESS_RESIDENT, 30, true));

        assertTrue(abroad.allowed().isEmpty());
        assertEquals(Optional.of("entitlement.stateless-being-identified-abroad"), abroad.reasonDenied(SupportType.ESSENTIAL_NEEDS));
        assertTrue(home.allows(SupportType.PSYCHOLOGICAL));
    }

    @Test
    void aVietnameseVictimAbroadKeepsEverythingButTheShelterRoom() {
        Entitlement e = Entitlements.of(Subject.person(VICTIM, VIETNAMESE, 30, false));

        assertTrue(e.allows(SupportType.LOAN));
        assertTrue(e.allows(SupportType.HEALTH_INSURANCE));
        assertFalse(e.allows(SupportType.SHELTER_STAY));
        assertEquals(Map.of(SupportType.SHELTER_STAY, "entitlement.shelter-in-vietnam-only"), e.denied());
    }

    @Test
    void aNegativeAgeIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Subject(VICTIM, VIETNAMESE, -1, true, false));

        assertEquals("ageYears must be 0 or more, was -1", e.getMessage());
        assertTrue(Entitlements.of(Subject.accompanyingChild(VICTIM, VIETNAMESE, 0, true)).allows(SupportType.MEDICAL));
    }

    @Test
    void theResultCannotBeChanged() {
        Entitlement e = Entitlements.of(Subject.person(BEING_IDENTIFIED, VIETNAMESE, 30, true));

        assertThrows(UnsupportedOperationException.class, () -> e.allowed().add(SupportType.LOAN));
        assertThrows(UnsupportedOperationException.class, () -> e.denied().remove(SupportType.LOAN));

        EnumSet<SupportType> allowed = EnumSet.of(SupportType.ESSENTIAL_NEEDS);
        Map<SupportType, String> denied = new EnumMap<>(SupportType.class);
        for (SupportType t : EnumSet.complementOf(allowed)) {
            denied.put(t, "entitlement.not-a-victim");
        }
        Entitlement copy = new Entitlement(allowed, denied);
        allowed.add(SupportType.LOAN);
        denied.clear();
        assertEquals(Set.of(SupportType.ESSENTIAL_NEEDS), copy.allowed());
        assertEquals(SupportType.values().length - 1, copy.denied().size());
    }

    @Test
    void everySupportIsEitherAllowedOrExplained() {
        Map<SupportType, String> denied = new EnumMap<>(SupportType.class);
        for (SupportType t : SupportType.values()) {
            denied.put(t, "entitlement.not-a-victim");
        }
        assertThrows(IllegalArgumentException.class, () -> new Entitlement(Set.of(SupportType.MEDICAL), denied));
        denied.remove(SupportType.MEDICAL);
        denied.remove(SupportType.LOAN);
        assertThrows(IllegalArgumentException.class, () -> new Entitlement(Set.of(SupportType.MEDICAL), denied));
    }

    @Test
    void eachSupportCarriesTheLawsLetter() {
        Map<SupportType, String> letters = new EnumMap<>(SupportType.class);
        for (SupportType t : SupportType.values()) {
            letters.put(t, t.letter());
        }
        Map<SupportType, String> expected = new EnumMap<>(SupportType.class);
        expected.put(SupportType.ESSENTIAL_NEEDS, "a");
        expected.put(SupportType.MEDICAL, "b");
        expected.put(SupportType.INTERPRETATION, "c");
        expected.put(SupportType.LEGAL_INFORMATION, "d");
        expected.put(SupportType.LEGAL_AID, "đ");
        expected.put(SupportType.TRAVEL, "e");
        expected.put(SupportType.PSYCHOLOGICAL, "g");
        expected.put(SupportType.SCHOOLING, "h");
        expected.put(SupportType.VOCATIONAL_AND_JOB, "i");
        expected.put(SupportType.INITIAL_HARDSHIP_ALLOWANCE, "k");
        expected.put(SupportType.LOAN, "k");
        expected.put(SupportType.HEALTH_INSURANCE, null);
        expected.put(SupportType.SHELTER_STAY, null);
        assertEquals(expected, letters);
    }

    private static List<SupportType> supports(String tokens) {
        List<SupportType> out = new ArrayList<>();
        if (tokens.equals("-")) {
            return out;
        }
        for (String token : tokens.split(" +")) {
            List<SupportType> types = TOKENS.get(token);
            if (types == null) {
                throw new IllegalArgumentException("unknown token in the table: " + token + " of " + Arrays.toString(tokens.split(" +")));
            }
            out.addAll(types);
        }
        return out;
    }
}
