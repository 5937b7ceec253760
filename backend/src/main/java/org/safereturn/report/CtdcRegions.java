package org.safereturn.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The sub-region of a country (ISO 3166-1 alpha-2) in the UN's M49 standard of geographic
 * regions (unstats.un.org/unsd/methodology/m49, public), so that a rare country can be released
 * as its region instead.
 */
final class CtdcRegions {
    static final String UNKNOWN = "00";
    private static final Map<String, String> REGION = new HashMap<>();

    static {
        add("Northern Africa", "DZ EG LY MA SD TN EH");
        add("Eastern Africa", "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW");
        add("Middle Africa", "AO CM CF TD CG CD GQ GA ST");
        add("Southern Africa", "BW SZ LS NA ZA");
        add("Western Africa", "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG");
        add("Caribbean", "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI");
        add("Central America", "BZ CR SV GT HN MX NI PA");
        add("South America", "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE");
        add("Northern America", "BM CA GL PM US");
        add("Central Asia", "KZ KG TJ TM UZ");
        add("Eastern Asia", "CN HK MO KP JP MN KR TW");
        add("South-eastern Asia", "BN KH ID LA MY MM PH SG TH TL VN");
        add("Southern Asia", "AF BD BT IN IR MV NP PK LK");
        add("Western Asia", "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE");
        add("Eastern Europe", "BY BG CZ HU PL MD RO RU SK UA");
        add("Northern Europe", "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB");
        add("Southern Europe", "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES");
        add("Western Europe", "AT BE FR DE LI LU MC NL CH");
        add("Australia and New Zealand", "AU CX CC HM NZ NF");
        add("Melanesia", "FJ NC PG SB VU");
        add("Micronesia", "GU KI MH FM NR MP PW UM");
        add("Polynesia", "AS CK PF NU PN WS TK TO TV WF");
    }

    private CtdcRegions() {}

    /** The country's sub-region ("region:South-eastern Asia"); unknown stays unknown, a code outside the list is "region:Other". */
    static String of(String country) {
        if (country == null || country.isBlank() || UNKNOWN.equals(country) || country.startsWith("region:")) {
            return country == null || country.isBlank() ? UNKNOWN : country;
        }
        return "region:" + REGION.getOrDefault(country.toUpperCase(java.util.Locale.ROOT), "Other");
    }

    private static void add(String region, String codes) {
        for (String c : codes.split(" ")) {
            REGION.put(c, region);
        }
    }
}
