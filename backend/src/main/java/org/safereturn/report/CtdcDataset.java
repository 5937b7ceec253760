package org.safereturn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safereturn.audit.AuditService;
import org.safereturn.common.persistence.NativeValues;
import org.safereturn.common.time.VietnamTime;

/**
 * The anonymised data set integrators receive: one row per identified or presumed victim in
 * CTDC's variables, made from the cases' plain facts (never a name, contact, ID number, exact
 * date, place below the province or free text), then released k-anonymous (k = 11, CTDC's rule)
 * over every column by {@link KAnonymity}: a rare row has its age band widened, then its
 * countries given as regions, its year as a five-year range, its types of labour and of sexual
 * exploitation withheld, its means of control withheld and
 * its age band withheld, and is suppressed when still rare.
 */
@ApplicationScoped
class CtdcDataset {
    static final int K = 11;
    static final int RESOLUTION = 10;
    static final String YES = "true";
    static final String NO = "false";
    static final String WITHHELD = null;

    /** Forms of exploitation as CTDC's flags; our forms without a flag of their own count as "other". */
    static final Map<String, String> FORMS = Map.of("FORCED_LABOUR", "isForcedLabour", "SEXUAL", "isSexualExploit",
            "FORCED_MARRIAGE", "isForcedMarriage", "ORGAN_REMOVAL", "isOrganRemoval");
    static final List<String> FORM_FLAGS = List.of("isForcedLabour", "isSexualExploit", "isForcedMarriage", "isOrganRemoval", "isOtherExploit");
    static final Map<String, String> MEANS = Map.ofEntries(Map.entry("DEBT_BONDAGE", "meansDebtBondage"),
            Map.entry("TAKES_EARNINGS", "meansEarnings"), Map.entry("THREATS", "meansThreats"),
            Map.entry("PHYSICAL_ABUSE", "meansPhysicalAbuse"), Map.entry("SEXUAL_ABUSE", "meansSexualAbuse"),
            Map.entry("PSYCHOLOGICAL_ABUSE", "meansPsychologicalAbuse"), Map.entry("FALSE_PROMISES", "meansFalsePromises"),
            Map.entry("PSYCHOACTIVE_SUBSTANCES", "meansPsychoactiveSubstances"), Map.entry("RESTRICTS_MOVEMENT", "meansRestrictsMovement"),
            Map.entry("RESTRICTS_MEDICAL_CARE", "meansRestrictsMedicalCare"), Map.entry("EXCESSIVE_WORKING_HOURS", "meansExcessiveWorkingHours"),
            Map.entry("THREAT_OF_LAW_ENFORCEMENT", "meansThreatOfLawEnforcement"), Map.entry("WITHHOLDS_DOCUMENTS", "meansWithholdsDocuments"),
            Map.entry("WITHHOLDS_NECESSITIES", "meansWithholdsNecessities"), Map.entry("OTHER", "meansOther"));
    static final List<String> MEANS_FLAGS = List.of("meansDebtBondage", "meansEarnings", "meansThreats", "meansPhysicalAbuse",
            "meansSexualAbuse", "meansPsychologicalAbuse", "meansFalsePromises", "meansPsychoactiveSubstances", "meansRestrictsMovement",
            "meansRestrictsMedicalCare", "meansExcessiveWorkingHours", "meansThreatOfLawEnforcement", "meansWithholdsDocuments",
            "meansWithholdsNecessities", "meansOther", "meansNotSpecified");
    /** Types of labour and of sexual exploitation as CTDC's flags. */
    static final Map<String, String> LABOUR = Map.ofEntries(Map.entry("AGRICULTURE", "typeOfLabourAgriculture"),
            Map.entry("AQUAFARMING", "typeOfLabourAquafarming"), Map.entry("BEGGING", "typeOfLabourBegging"),
            Map.entry("CONSTRUCTION", "typeOfLabourConstruction"), Map.entry("DOMESTIC_WORK", "typeOfLabourDomesticWork"),
            Map.entry("HOSPITALITY", "typeOfLabourHospitality"), Map.entry("ILLICIT_ACTIVITIES", "typeOfLabourIllicitActivities"),
            Map.entry("MANUFACTURING", "typeOfLabourManufacturing"), Map.entry("MINING_OR_DRILLING", "typeOfLabourMiningOrDrilling"),
            Map.entry("PEDDLING", "typeOfLabourPeddling"), Map.entry("TRANSPORTATION", "typeOfLabourTransportation"),
            Map.entry("OTHER", "typeOfLabourOther"), Map.entry("NOT_SPECIFIED", "typeOfLabourNotSpecified"));
    static final Map<String, String> SEX = Map.of("PROSTITUTION", "typeOfSexProstitution", "PORNOGRAPHY", "typeOfSexPornography",
            "REMOTE_INTERACTIVE_SERVICES", "typeOfSexRemoteInteractiveServices", "PRIVATE_SEXUAL_SERVICES", "typeOfSexPrivateSexualServices");
    static final List<String> TYPE_FLAGS = List.of("typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging",
            "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfLabourIllicitActivities",
            "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling", "typeOfLabourPeddling", "typeOfLabourTransportation",
            "typeOfLabourOther", "typeOfLabourNotSpecified", "typeOfSexProstitution", "typeOfSexPornography",
            "typeOfSexRemoteInteractiveServices", "typeOfSexPrivateSexualServices");
    /** Every released column, in order. Nothing else ever leaves. */
    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("yearOfRegistration", "dataSource", "gender", "ageBroad", "majorityStatus",
                "citizenship", "countryOfExploitation"));
        columns.addAll(FORM_FLAGS);
        columns.addAll(MEANS_FLAGS);
        columns.addAll(TYPE_FLAGS);
        columns.add("recruiterRelation");
        COLUMNS = List.copyOf(columns);
    }

    private static final int YEAR = COLUMNS.indexOf("yearOfRegistration");
    private static final int AGE = COLUMNS.indexOf("ageBroad");
    private static final int CITIZENSHIP = COLUMNS.indexOf("citizenship");
    private static final int EXPLOITED_IN = COLUMNS.indexOf("countryOfExploitation");
    private static final int FIRST_MEANS = COLUMNS.indexOf(MEANS_FLAGS.get(0));
    private static final int FIRST_FORM = COLUMNS.indexOf(FORM_FLAGS.get(0));
    private static final int OTHER_FORM = COLUMNS.indexOf("isOtherExploit");
    private static final int OTHER_MEANS = COLUMNS.indexOf("meansOther");
    private static final int NO_MEANS = COLUMNS.indexOf("meansNotSpecified");
    private static final int FIRST_TYPE = COLUMNS.indexOf(TYPE_FLAGS.get(0));
    private static final int LABOUR_NOT_SPECIFIED = COLUMNS.indexOf("typeOfLabourNotSpecified");
    private static final int FORCED_LABOUR = COLUMNS.indexOf("isForcedLabour");
    /** Our code → the column of its flag, looked up once rather than for every row. */
    private static final Map<String, Integer> FORM_COLUMN = columnsOf(FORMS);
    private static final Map<String, Integer> MEANS_COLUMN = columnsOf(MEANS);
    private static final Map<String, Integer> TYPE_COLUMN = columnsOf(LABOUR, SEX);

    /** The steps a rare row goes through, in order, before it is suppressed. */
    static final List<KAnonymity.Step> STEPS = List.of(
            step("ageBandWidened", row -> row[AGE] = widerAge(row[AGE])),
            step("countryToRegion", row -> {
                row[CITIZENSHIP] = CtdcRegions.of(row[CITIZENSHIP]);
                row[EXPLOITED_IN] = CtdcRegions.of(row[EXPLOITED_IN]);
            }),
            step("yearToRange", row -> row[YEAR] = yearRange(row[YEAR])),
            step("exploitationTypesWithheld", row -> Arrays.fill(row, FIRST_TYPE, FIRST_TYPE + TYPE_FLAGS.size(), WITHHELD)),
            step("meansOfControlWithheld", row -> Arrays.fill(row, FIRST_MEANS, FIRST_MEANS + MEANS_FLAGS.size(), WITHHELD)),
            step("ageBandWithheld", row -> row[AGE] = WITHHELD));

    /** A released value as it is answered: a flag as a boolean, anything else (a withheld cell is null) as it is. */
    static Object cell(String value) {
        return YES.equals(value) ? Boolean.TRUE : NO.equals(value) ? Boolean.FALSE : value;
    }

    /** The release and what was changed to make it. */
    record Release(ReportPeriod period, long source, KAnonymity.Outcome outcome) {
        /** The released rows, one by one. */
        Iterable<String[]> rows() {
            return outcome.rows();
        }

        /** The released rows as a table for CSV or XLSX (flags as booleans), made row by row as it is written, with what was changed on the "about" sheet. */
        ReportExports.Table table() {
            Iterable<List<Object>> table = () -> new java.util.Iterator<>() {
                private final java.util.Iterator<String[]> rows = outcome.rows().iterator();
                private boolean header = true;

                @Override
                public boolean hasNext() {
                    return header || rows.hasNext();
                }

                @Override
                public List<Object> next() {
                    if (header) {
                        header = false;
                        return new ArrayList<>(COLUMNS);
                    }
                    String[] row = rows.next();
                    List<Object> cells = new ArrayList<>(row.length);
                    for (String v : row) {
                        cells.add(cell(v));
                    }
                    return cells;
                }
            };
            String[][] facts = {{"data set", "CTDC variables, k-anonymous"}, {"k", String.valueOf(K)},
                    {"period", period.from() + " – " + period.to()}, {"source rows", String.valueOf(source)},
                    {"rows generalised", String.valueOf(outcome.rowsGeneralised())}, {"cells generalised", String.valueOf(outcome.cellsGeneralised())},
                    {"rows suppressed", String.valueOf(outcome.rowsSuppressed())}};
            return new ReportExports.Table("ctdc", table, facts);
        }

        String fileBase() {
            return "ctdc-" + period.label();
        }
    }

    @Inject
    EntityManager em;
    @Inject
    AuditService audit;
    @Inject
    ReportAgreements agreements;

    @Transactional
    Release release(ReportCaller caller, ReportPeriod period) {
        agreements.require(caller, ReportAgreements.CTDC);
        Map<List<String>, Long> groups = rows(period);
        long source = groups.values().stream().mapToLong(Long::longValue).sum();
        KAnonymity.Outcome outcome = KAnonymity.release(groups, K, STEPS);
        audit.event("CTDC_DATASET_READ", "REPORT", "ctdc").actor(caller.subject(), caller.username(), caller.organizationId())
                .details("{\"period\":\"" + period.label() + "\",\"rows\":" + outcome.releasedRows() + ",\"suppressed\":" + outcome.rowsSuppressed() + "}").write();
        return new Release(period, source, outcome);
    }

    /** Combinations of up to {@code length} attributes (column = value; a flag only when set) counted over the rows before generalisation, rounded down to a multiple of 10, below 10 dropped. */
    @Transactional
    List<Map.Entry<Map<String, String>, Long>> combinations(ReportCaller caller, ReportPeriod period, int length) {
        agreements.require(caller, ReportAgreements.CTDC);
        Map<List<Integer>, Long> counts = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        List<String[]> attributes = new ArrayList<>();
        for (Map.Entry<List<String>, Long> group : rows(period).entrySet()) {
            String[] row = group.getKey().toArray(String[]::new);
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null || NO.equals(row[i]) && isFlag(i)) {
                    continue;
                }
                String key = i + "\u0000" + row[i];
                Integer id = ids.get(key);
                if (id == null) {
                    id = attributes.size();
                    ids.put(key, id);
                    attributes.add(new String[] {COLUMNS.get(i), row[i]});
                }
                present.add(id);
            }
            count(present, 0, new ArrayList<>(), length, group.getValue(), counts);
        }
        List<Map.Entry<Map<String, String>, Long>> out = new ArrayList<>();
        counts.forEach((combo, n) -> {
            long rounded = n / RESOLUTION * RESOLUTION;
            if (rounded >= RESOLUTION) {
                Map<String, String> attrs = new java.util.LinkedHashMap<>();
                combo.forEach(id -> attrs.put(attributes.get(id)[0], attributes.get(id)[1]));
                out.add(Map.entry(attrs, rounded));
            }
        });
        out.sort(Map.Entry.<Map<String, String>, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()));
        audit.event("CTDC_COMBINATIONS_READ", "REPORT", "ctdc").details("{\"period\":\"" + period.label() + "\",\"length\":" + length + "}").write();
        return out;
    }

    private static void count(List<Integer> present, int from, List<Integer> chosen, int length, long rows, Map<List<Integer>, Long> counts) {
        for (int i = from; i < present.size(); i++) {
            chosen.add(present.get(i));
            counts.merge(List.copyOf(chosen), rows, Long::sum);
            if (chosen.size() < length) {
                count(present, i + 1, chosen, length, rows, counts);
            }
            chosen.removeLast();
        }
    }

    private static boolean isFlag(int column) {
        String name = COLUMNS.get(column);
        return name.startsWith("is") || name.startsWith("means") || name.startsWith("typeOf");
    }

    /**
     * One row per identified or presumed victim received in the period, in CTDC's variables, read
     * as a stream and kept as the distinct rows with their counts.
     */
    private Map<List<String>, Long> rows(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        java.util.stream.Stream<Object[]> found = em.createNativeQuery("""
                SELECT CAST(extract(YEAR FROM c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS int), p.sex, coalesce(p.age_band, 'UNKNOWN'),
                       p.nationality, c.ident_country, c.ident_forms, c.ident_means_of_control, c.ident_recruiter_relation,
                       c.ident_labour_types, c.ident_sexual_exploitation_types
                  FROM case_file c JOIN person p ON p.id = c.person_id
                 WHERE c.received_at >= ?1 AND c.received_at < ?2
                   AND (c.ident_result = 'VICTIM' OR (c.category IN ('VICTIM', 'PRESUMED_VICTIM') AND c.ident_result IS NULL))""")
                .setParameter(1, period.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
                .setParameter(2, period.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
                .setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, 5_000)
                .getResultStream();
        Map<String, String> interned = new HashMap<>();
        Map<List<String>, Long> rows = new java.util.LinkedHashMap<>();
        try (found) {
            found.forEach(f -> rows.merge(Arrays.asList(row(f, interned)), 1L, Long::sum));
        }
        return rows;
    }

    /** A record's facts in CTDC's variables. */
    private static String[] row(Object[] f, Map<String, String> interned) {
        {
            String[] row = new String[COLUMNS.size()];
            row[YEAR] = shared(interned, String.valueOf(((Number) f[0]).intValue()));
            row[1] = "Case Management";
            row[2] = gender((String) f[1]);
            String band = (String) f[2];
            row[AGE] = ageBroad(band);
            row[4] = band.equals("UNKNOWN") ? "Unknown" : band.equals("AGE_0_8") || band.equals("AGE_9_17") ? "Minor" : "Adult";
            row[CITIZENSHIP] = shared(interned, country((String) f[3]));
            row[EXPLOITED_IN] = shared(interned, country((String) f[4]));
            // The flags of forms, means and types are side by side: all unset, then those named set (a code named twice sets it once).
            Arrays.fill(row, FIRST_FORM, FIRST_TYPE + TYPE_FLAGS.size(), NO);
            String[] forms = f[5] == null ? new String[0] : NativeValues.strings(f[5]);
            for (String form : forms) {
                row[FORM_COLUMN.getOrDefault(form, OTHER_FORM)] = YES;
            }
            String[] means = f[6] == null ? new String[0] : NativeValues.strings(f[6]);
            for (String m : means) {
                row[MEANS_COLUMN.getOrDefault(m, OTHER_MEANS)] = YES;
            }
            if (means.length == 0) {
                row[NO_MEANS] = YES;
            }
            for (int at : new int[] {8, 9}) {
                for (String type : f[at] == null ? new String[0] : NativeValues.strings(f[at])) {
                    row[TYPE_COLUMN.get(type)] = YES;
                }
            }
            if (YES.equals(row[FORCED_LABOUR]) && Arrays.stream(row, FIRST_TYPE, LABOUR_NOT_SPECIFIED).noneMatch(YES::equals)) {
                row[LABOUR_NOT_SPECIFIED] = YES;
            }
            row[COLUMNS.size() - 1] = recruiter((String) f[7]);
            return row;
        }
    }

    @SafeVarargs
    private static Map<String, Integer> columnsOf(Map<String, String>... flags) {
        Map<String, Integer> columns = new HashMap<>();
        for (Map<String, String> f : flags) {
            f.forEach((code, column) -> columns.put(code, COLUMNS.indexOf(column)));
        }
        return Map.copyOf(columns);
    }

    private static String shared(Map<String, String> interned, String value) {
        return interned.computeIfAbsent(value, v -> v);
    }

    static String gender(String sex) {
        return switch (sex == null ? "" : sex) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            case "OTHER" -> "Other";
            default -> "Unknown";
        };
    }

    static String ageBroad(String band) {
        return switch (band) {
            case "AGE_0_8" -> "0--8";
            case "AGE_9_17" -> "9--17";
            case "AGE_18_20" -> "18--20";
            case "AGE_21_23" -> "21--23";
            case "AGE_24_26" -> "24--26";
            case "AGE_27_29" -> "27--29";
            case "AGE_30_38" -> "30--38";
            case "AGE_39_47" -> "39--47";
            case "AGE_48_PLUS" -> "48+";
            default -> "Unknown";
        };
    }

    /** The next coarser band: minors together, then 18–29, 30–47. */
    static String widerAge(String band) {
        if (band == null) {
            return null;
        }
        return switch (band) {
            case "0--8", "9--17" -> "0--17";
            case "18--20", "21--23", "24--26", "27--29" -> "18--29";
            case "30--38", "39--47" -> "30--47";
            default -> band;
        };
    }

    /** The five years the year falls in, e.g. 2021 → 2020--2024. */
    static String yearRange(String year) {
        if (year == null || year.contains("--")) {
            return year;
        }
        int y = Integer.parseInt(year);
        int start = Math.floorDiv(y, 5) * 5;
        return start + "--" + (start + 4);
    }

    private static String country(String code) {
        return code == null || code.isBlank() ? CtdcRegions.UNKNOWN : code.toUpperCase(java.util.Locale.ROOT);
    }

    static String recruiter(String relation) {
        return switch (relation == null ? "" : relation) {
            case "INTIMATE_PARTNER" -> "Intimate Partner";
            case "FRIEND" -> "Friend";
            case "FAMILY" -> "Family/Relative";
            case "OTHER_ACQUAINTANCE", "STRANGER" -> "Other";
            default -> "Unknown";
        };
    }

    private static KAnonymity.Step step(String name, java.util.function.Consumer<String[]> change) {
        return new KAnonymity.Step() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(String[] row) {
                change.accept(row);
            }
        };
    }
}
