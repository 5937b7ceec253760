package org.safereturn.common.ctdc;

import java.time.LocalDate;
import java.time.Period;

/** CTDC's broad age bands (REPORTS.md), so that outreach, cases and reports speak the standard's terms. */
public enum AgeBand {
    AGE_0_8, AGE_9_17, AGE_18_20, AGE_21_23, AGE_24_26, AGE_27_29, AGE_30_38, AGE_39_47, AGE_48_PLUS, UNKNOWN;

    /** The band of someone born in {@code birthYear}, in {@code year} (their age that year, birthday or not yet). */
    public static AgeBand of(Integer birthYear, int year) {
        if (birthYear == null || birthYear > year) {
            return UNKNOWN;
        }
        return ofAge(year - birthYear);
    }

    /** The band of someone born on {@code birthDate} on {@code day}. */
    public static AgeBand on(LocalDate birthDate, LocalDate day) {
        if (birthDate == null || birthDate.isAfter(day)) {
            return UNKNOWN;
        }
        return ofAge(Period.between(birthDate, day).getYears());
    }

    /** The band of an age in years; UNKNOWN for none or a negative one. */
    public static AgeBand ofAge(Integer age) {
        if (age == null || age < 0) return UNKNOWN;
        if (age <= 8) return AGE_0_8;
        if (age <= 17) return AGE_9_17;
        if (age <= 20) return AGE_18_20;
        if (age <= 23) return AGE_21_23;
        if (age <= 26) return AGE_24_26;
        if (age <= 29) return AGE_27_29;
        if (age <= 38) return AGE_30_38;
        if (age <= 47) return AGE_39_47;
        return AGE_48_PLUS;
    }
}
