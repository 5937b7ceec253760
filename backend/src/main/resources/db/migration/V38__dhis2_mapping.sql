-- How a report's counts import unchanged into a ministry's or donor's DHIS2 (dataValueSets or
-- ADX): the data element of each report and the dimensions that make its disaggregation, the
-- category option combination of each combination of their values, and the org unit of each
-- place. Admins keep it; codes only, never personal data.
CREATE TABLE dhis2_data_element (
    report          varchar(60)  PRIMARY KEY,
    data_element    varchar(100) NOT NULL,
    data_set        varchar(100),
    -- The report's dimensions whose values make the category option combo, in order; none: "default".
    disaggregation  text[]       NOT NULL DEFAULT '{}' CHECK (cardinality(disaggregation) <= 2),
    version         bigint       NOT NULL DEFAULT 0,
    updated_at      timestamptz  NOT NULL
);
CREATE TABLE dhis2_option_combo (
    report     varchar(60)  NOT NULL REFERENCES dhis2_data_element (report) ON DELETE CASCADE,
    -- The disaggregation values joined by '|', e.g. FEMALE|AGE_18_20.
    combo_key  varchar(300) NOT NULL,
    code       varchar(100) NOT NULL,
    PRIMARY KEY (report, combo_key)
);
CREATE TABLE dhis2_org_unit (
    place_code  varchar(10)  PRIMARY KEY REFERENCES place (code),
    code        varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL
);
