package org.safereturn.cases;

import static org.safereturn.cases.SupportType.ESSENTIAL_NEEDS;
import static org.safereturn.cases.SupportType.HEALTH_INSURANCE;
import static org.safereturn.cases.SupportType.INTERPRETATION;
import static org.safereturn.cases.SupportType.LEGAL_AID;
import static org.safereturn.cases.SupportType.LEGAL_INFORMATION;
import static org.safereturn.cases.SupportType.MEDICAL;
import static org.safereturn.cases.SupportType.PSYCHOLOGICAL;
import static org.safereturn.cases.SupportType.SCHOOLING;
import static org.safereturn.cases.SupportType.SHELTER_STAY;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The entitlement engine: which supports of {@link SupportType} a person may get, by Art. 37 of
 * the 2024 Law on Prevention and Combat of Human Trafficking.
 *
 * <ul>
 *   <li>Art. 37(1): a victim who is a Vietnamese citizen or a stateless person residing in
 *       Vietnam: a–k, wherever they are.
 *   <li>Art. 37(2): a person under 18 accompanying such a victim: a–h.
 *   <li>Art. 37(3): a Vietnamese citizen being identified as a victim, and the under-18s with
 *       them, while abroad: a–d; a Vietnamese citizen or stateless resident being identified,
 *       and the under-18s with them, in Vietnam: a–g. The abroad sentence names Vietnamese
 *       citizens only, so a stateless resident being identified abroad gets nothing here.
 *   <li>Art. 37(4): a foreigner who is a victim or being identified (trafficked in Vietnam,
 *       which a case on our books presumes): a, b, c, d, đ and g, "case by case", so these are
 *       a ceiling the worker applies. The clause names no accompanying persons.
 *   <li>A person found not to be a victim: nothing.
 * </ul>
 *
 * <p>The two supports without a letter are the project's reading, to be confirmed against the
 * implementing decree:
 *
 * <ul>
 *   <li>{@link SupportType#HEALTH_INSURANCE}: the law puts first-year health insurance under
 *       medical support (b) for those not yet insured. We allow it to victims who are Vietnamese
 *       citizens or stateless residents and to the under-18s accompanying them (Art. 37(1)–(2)):
 *       it is a year of cover, which fits a settled status, not the days an identification
 *       takes, and a foreigner is not enrolled in Vietnam's scheme this way. Whether the person
 *       is already insured and the one-year window are checked when it is delivered, not here.
 *   <li>{@link SupportType#SHELTER_STAY}: temporary accommodation belongs with essential needs
 *       (a), and our shelter rooms are in Vietnam: whoever may get (a) and is in Vietnam may
 *       stay; abroad, lodging is part of (a) arranged by the mission, not a shelter stay.
 * </ul>
 *
 * <p>Cash amounts are not here: they are data per province with effective dates.
 */
public final class Entitlements {

    /** Age from which a person is an adult; an accompanying person of this age has no rights of Art. 37(2)–(3). */
    public static final int ADULT_AGE = 18;

    /** Reason code: the person was found not to be a victim. */
    public static final String NOT_A_VICTIM = "entitlement.not-a-victim";
    /** Reason code: a person of 18 or more accompanying a victim has no support of their own under Art. 37. */
    public static final String ACCOMPANYING_ADULT = "entitlement.accompanying-adult";
    /** Reason code: a child accompanying a victim gets a–h only (Art. 37(2)). */
    public static final String CHILD_OF_VICTIM_LIMIT = "entitlement.child-of-victim-limit";
    /** Reason code: Art. 37(4) gives foreign victims a, b, c, d, đ and g only. */
    public static final String FOREIGN_VICTIM = "entitlement.foreign-victim";
    /** Reason code: Art. 37(4) gives foreigners being identified a, b, c, d, đ and g only. */
    public static final String FOREIGN_BEING_IDENTIFIED = "entitlement.foreign-being-identified";
    /** Reason code: Art. 37(4) names no support for persons accompanying a foreigner. */
    public static final String CHILD_OF_FOREIGN_NATIONAL = "entitlement.child-of-foreign-national";
    /** Reason code: a person being identified in Vietnam gets a–g only (Art. 37(3)). */
    public static final String BEING_IDENTIFIED_LIMIT = "entitlement.being-identified-limit";
    /** Reason code: a person being identified abroad gets a–d only (Art. 37(3)). */
    public static final String BEING_IDENTIFIED_ABROAD = "entitlement.being-identified-abroad";
    /** Reason code: Art. 37(3) covers only Vietnamese citizens being identified abroad, not stateless residents. */
    public static final String STATELESS_BEING_IDENTIFIED_ABROAD = "entitlement.stateless-being-identified-abroad";
    /** Reason code: shelter rooms are in Vietnam; a person abroad gets lodging under (a) instead. */
    public static final String SHELTER_IN_VIETNAM_ONLY = "entitlement.shelter-in-vietnam-only";

    private static final Set<SupportType> NONE = EnumSet.noneOf(SupportType.class);
    private static final Set<SupportType> A_TO_D = EnumSet.range(ESSENTIAL_NEEDS, LEGAL_INFORMATION);
    private static final Set<SupportType> A_TO_G = EnumSet.range(ESSENTIAL_NEEDS, PSYCHOLOGICAL);
    private static final Set<SupportType> A_TO_H = EnumSet.range(ESSENTIAL_NEEDS, SCHOOLING);
    private static final Set<SupportType> A_TO_K = EnumSet.range(ESSENTIAL_NEEDS, SupportType.LOAN);
    private static final Set<SupportType> FOREIGN =
            EnumSet.of(ESSENTIAL_NEEDS, MEDICAL, INTERPRETATION, LEGAL_INFORMATION, LEGAL_AID, PSYCHOLOGICAL);

    private Entitlements() {
    }

    /** Whether a person is a victim, is being identified as one, or was found not to be one. */
    public enum Status {
        /** Identified as a victim (nạn nhân). */
        VICTIM,
        /** Being identified as a victim (người đang trong quá trình xác định là nạn nhân). */
        BEING_IDENTIFIED,
        /** Found not to be a victim. */
        NOT_VICTIM
    }

    /** The citizenship that Art. 37 distinguishes. */
    public enum Citizenship {
        /** A Vietnamese citizen. */
        VIETNAMESE,
        /** A stateless person residing in Vietnam (người không quốc tịch thường trú ở Việt Nam). */
        STATELESS_RESIDENT,
        /** A foreigner. */
        FOREIGN
    }

    /**
     * Who the entitlement is for.
     *
     * <p>For an accompanying child, Art. 37(2)–(3) attach the child's support to the person they
     * accompany, so {@code status} and {@code citizenship} are then that person's, while
     * {@code ageYears} and {@code inVietnam} are the child's. A child who is a victim or being
     * identified in their own right is evaluated on their own, with the flag off.
     *
     * @param status the person's status, or the accompanied person's when accompanying
     * @param citizenship the person's citizenship, or the accompanied person's when accompanying
     * @param ageYears age in whole years, 0 or more
     * @param inVietnam whether the person is in Vietnam now (false: abroad)
     * @param accompanyingChildOfVictim whether the person accompanies a victim or a person being identified
     */
    public record Subject(
            Status status, Citizenship citizenship, int ageYears, boolean inVietnam, boolean accompanyingChildOfVictim) {

        public Subject {
            Objects.requireNonNull(status, "status is required");
            Objects.requireNonNull(citizenship, "citizenship is required");
            if (ageYears < 0) {
                throw new IllegalArgumentException("ageYears must be 0 or more, was " + ageYears);
            }
        }

        /** A person evaluated on their own status and citizenship. */
        public static Subject person(Status status, Citizenship citizenship, int ageYears, boolean inVietnam) {
            return new Subject(status, citizenship, ageYears, inVietnam, false);
        }

        /** A child evaluated as accompanying a person of the given status and citizenship. */
        public static Subject accompanyingChild(
                Status accompaniedStatus, Citizenship accompaniedCitizenship, int ageYears, boolean inVietnam) {
            return new Subject(accompaniedStatus, accompaniedCitizenship, ageYears, inVietnam, true);
        }
    }

    /**
     * What a person may get: every support is either allowed or denied with a reason code (also
     * the UI's i18n key), so a checklist can explain each line.
     *
     * @param allowed the supports allowed, in the law's order
     * @param denied for each support not allowed, its reason code
     */
    public record Entitlement(Set<SupportType> allowed, Map<SupportType, String> denied) {

        public Entitlement {
            EnumSet<SupportType> a = EnumSet.noneOf(SupportType.class);
            a.addAll(allowed);
            EnumMap<SupportType, String> d = new EnumMap<>(SupportType.class);
            d.putAll(denied);
            for (SupportType t : SupportType.values()) {
                String reason = d.get(t);
                if (a.contains(t) == (reason != null) || (reason != null && reason.isBlank())) {
                    throw new IllegalArgumentException(
                            t + " must be either allowed or denied with a reason code, not both or neither");
                }
            }
            allowed = Collections.unmodifiableSet(a);
            denied = Collections.unmodifiableMap(d);
        }

        /** Whether the person may get this support. */
        public boolean allows(SupportType type) {
            return allowed.contains(Objects.requireNonNull(type, "type"));
        }

        /** The reason code why this support is not allowed; empty when it is. */
        public Optional<String> reasonDenied(SupportType type) {
            return Optional.ofNullable(denied.get(Objects.requireNonNull(type, "type")));
        }
    }

    /** The entitlement of this subject. */
    public static Entitlement of(Subject subject) {
        Objects.requireNonNull(subject, "subject");
        Rule rule = ruleFor(subject);
        EnumSet<SupportType> allowed = EnumSet.noneOf(SupportType.class);
        allowed.addAll(rule.supports());
        if (rule.healthInsurance()) {
            allowed.add(HEALTH_INSURANCE);
        }
        EnumMap<SupportType, String> denied = new EnumMap<>(SupportType.class);
        if (allowed.contains(ESSENTIAL_NEEDS)) {
            if (subject.inVietnam()) {
                allowed.add(SHELTER_STAY);
            } else {
                denied.put(SHELTER_STAY, SHELTER_IN_VIETNAM_ONLY);
            }
        }
        for (SupportType t : SupportType.values()) {
            if (!allowed.contains(t) && !denied.containsKey(t)) {
                denied.put(t, Objects.requireNonNull(rule.reason(), () -> "no reason for denying " + t));
            }
        }
        return new Entitlement(allowed, denied);
    }

    /** The lettered supports of Art. 37, whether first-year health insurance comes with them, and why the rest do not. */
    private record Rule(Set<SupportType> supports, boolean healthInsurance, String reason) {
        static Rule nothing(String reason) {
            return new Rule(NONE, false, reason);
        }
    }

    private static Rule ruleFor(Subject s) {
        if (s.status() == Status.NOT_VICTIM) {
            return Rule.nothing(NOT_A_VICTIM);
        }
        boolean accompanying = s.accompanyingChildOfVictim();
        if (accompanying && s.ageYears() >= ADULT_AGE) {
            return Rule.nothing(ACCOMPANYING_ADULT);
        }
        if (s.citizenship() == Citizenship.FOREIGN) {
            if (accompanying) {
                return Rule.nothing(CHILD_OF_FOREIGN_NATIONAL);
            }
            return new Rule(FOREIGN, false, s.status() == Status.VICTIM ? FOREIGN_VICTIM : FOREIGN_BEING_IDENTIFIED);
        }
        if (s.status() == Status.VICTIM) {
            return accompanying ? new Rule(A_TO_H, true, CHILD_OF_VICTIM_LIMIT) : new Rule(A_TO_K, true, null);
        }
        if (s.inVietnam()) {
            return new Rule(A_TO_G, false, BEING_IDENTIFIED_LIMIT);
        }
        if (s.citizenship() == Citizenship.STATELESS_RESIDENT) {
            return Rule.nothing(STATELESS_BEING_IDENTIFIED_ABROAD);
        }
        return new Rule(A_TO_D, false, BEING_IDENTIFIED_ABROAD);
    }
}
