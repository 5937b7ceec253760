#!/usr/bin/env python3
"""
Writes the Flyway migration that seeds every administrative unit of Vietnam after the 1 July 2025
reform and the mapping of the units before it to today's, from two public data sets (MIT):

  new units  thanglequoc/vietnamese-provinces-database, tag v3.0.2 (commit 78594ea6),
             postgresql/ImportData_vn_units.sql
  mapping    tranngocminhhieu/vietnamadminunits, commit 780c2798,
             data/interim/convert_legacy_2025_simple.csv (one row per old unit and new unit)
             and vietnamadminunits/data/converter_2025.json (which new unit is the default of an
             old commune that was divided)

Usage: tools/places/generate.py NEW_UNITS_GIT_DIR MAPPING_GIT_DIR > backend/.../V36__places_national.sql
(the git directories of the two repositories, e.g. as the search tool's fetch brings them).
The output is committed; this script only documents and repeats how it was made.
"""
import csv
import io
import json
import re
import subprocess
import sys
import unicodedata

NEW_UNITS_COMMIT = "78594ea643d5fdebd640ea3889ea91f84b9463ae"
MAPPING_COMMIT = "780c27980afdae76d5c6e7b252955f6b571f34ca"
# Decision 19/2025/QD-TTg gives Ba Che commune 06978; the draft GSO letter (and the mapping) 06970.
CODE_FIXES = {"06970": "06978"}
UNIT_TYPES = {1: "CITY", 2: "PROVINCE", 3: "WARD", 4: "COMMUNE", 5: "SPECIAL_ZONE"}


def show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout.decode("utf-8")


def fold(text):
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if unicodedata.category(c) != "Mn"))


def sql(text):
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def new_units(git_dir):
    dump = show(git_dir, NEW_UNITS_COMMIT, "postgresql/ImportData_vn_units.sql")
    provinces, communes, table = [], [], None
    for line in dump.splitlines():
        if line.startswith("INSERT INTO"):
            table = "provinces" if "provinces" in line else "wards" if "wards" in line else None
        if table and line.startswith("("):
            values = [a if b == "" else b for a, b in re.findall(r"'((?:[^']|'')*)'|(\d+)(?=[,)])", line)]
            values = [v.replace("''", "'") for v in values]
            if table == "provinces":
                code, name, _, full, full_en, _, kind = values[:7]
                provinces.append((code, full, full_en, UNIT_TYPES[int(kind)], None))
            else:
                code, name, _, full, full_en, _, province, kind = values[:8]
                english = full_en.replace("Special administrative region", "Special Zone")
                communes.append((code, full, english, UNIT_TYPES[int(kind)], province))
    return provinces, communes


def mapping(git_dir):
    rows = list(csv.DictReader(io.StringIO(show(git_dir, MAPPING_COMMIT, "data/interim/convert_legacy_2025_simple.csv"))))
    divided = json.loads(show(git_dir, MAPPING_COMMIT, "vietnamadminunits/data/converter_2025.json"))["DICT_PROVINCE_WARD_DIVIDED"]
    return rows, divided


def main():
    provinces, communes = new_units(sys.argv[1])
    rows, divided = mapping(sys.argv[2])
    known = {c[0] for c in communes}
    legacy, successors = {}, {}
    for r in rows:
        province = "%02d" % int(r["provinceCode"])
        district = "%03d" % int(r["districtCode"])
        target = CODE_FIXES.get(r["newWardCode"], r["newWardCode"])
        assert target in known, target
        legacy[("PROVINCE", province)] = (r["province"], None)
        legacy[("DISTRICT", district)] = (f'{r["district"]}', province)
        successors.setdefault(("PROVINCE", province), {})["%02d" % int(r["newProvinceCode"])] = True
        if r["wardCode"]:
            ward = "%05d" % int(float(r["wardCode"]))
            legacy[("COMMUNE", ward)] = (r["ward"], district)
            default = True
            if r["isDividedWard"] == "True":
                key = "_".join(fold(x) for x in (r["province"], r["district"], r["ward"]))
                options = divided.get(fold(r["newProvince"]), {}).get(key, [])
                default = any(o["isDefaultNewWard"] and o["newWardKey"] == fold(r["newWard"]) for o in options)
            successors.setdefault(("COMMUNE", ward), {})[target] = default
        successors.setdefault(("DISTRICT", district), {}).setdefault(target, False)
    # A district with a single successor (the island districts without communes) reports there.
    for key, targets in successors.items():
        if key[0] == "DISTRICT" and len(targets) == 1:
            targets[next(iter(targets))] = True
    # A divided commune whose default the source does not give reports in its lowest-coded successor.
    undecided = 0
    for key, targets in successors.items():
        if key[0] == "COMMUNE" and not any(targets.values()):
            targets[min(targets)] = True
            undecided += 1

    out = sys.stdout
    out.write(f"""-- Every administrative unit of Vietnam after the reform of 1 July 2025, and the units before it
-- with the units that succeeded them, so that records and reports can be read in today's units.
-- Generated by tools/places/generate.py from two public data sets, both under the MIT licence:
--  * the 34 provinces and {len(communes):,} communes: thanglequoc/vietnamese-provinces-database, tag v3.0.2
--    (commit {NEW_UNITS_COMMIT}), "Copyright (c) 2021 Thang Le Quoc"; codes of Decision
--    19/2025/QD-TTg, names of the Standing Committee's resolutions;
--  * the {len([k for k in legacy if k[0] == 'COMMUNE']):,} communes, {len([k for k in legacy if k[0] == 'DISTRICT'])} districts and {len([k for k in legacy if k[0] == 'PROVINCE'])} provinces before it and their successors:
--    tranngocminhhieu/vietnamadminunits (commit {MAPPING_COMMIT}), "Copyright (c) 2025 Tran Ngoc
--    Minh Hieu"; a divided commune's default successor from the same source ({undecided} without one
--    take their lowest-coded successor).
-- The licences' text is in THIRD-PARTY-NOTICES.md. Ba Che commune is 06978 (Decision 19/2025); V2
-- seeded the draft code 06970, which this migration moves everywhere it is used.

INSERT INTO place (code, name_vi, name_en, unit_type, parent_code) VALUES ('06978', 'Xã Ba Chẽ', 'Ba Che Commune', 'COMMUNE', '22');
DO $$
DECLARE
    fk record;
BEGIN
    FOR fk IN
        SELECT c.conrelid::regclass AS tbl, a.attname AS col
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'place'::regclass
    LOOP
        EXECUTE format('UPDATE %s SET %I = %L WHERE %I = %L', fk.tbl, fk.col, '06978', fk.col, '06970');
    END LOOP;
END $$;
UPDATE hotline_ticket SET caller_place_code = '06978' WHERE caller_place_code = '06970';
UPDATE hotline_ticket SET concerned_place_code = '06978' WHERE concerned_place_code = '06970';
UPDATE club SET founded_place_code = '06978' WHERE founded_place_code = '06970';
DELETE FROM place WHERE code = '06970';

""")
    out.write("INSERT INTO place (code, name_vi, name_en, unit_type, parent_code) VALUES\n")
    out.write(",\n".join(f"({sql(c)},{sql(n)},{sql(e)},{sql(t)},{sql(p)})" for c, n, e, t, p in communes))
    out.write("\nON CONFLICT (code) DO NOTHING;\n\n")
    out.write("""CREATE TABLE legacy_place (
    unit_level   varchar(10)  NOT NULL CHECK (unit_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    code         varchar(10)  NOT NULL,
    name_vi      varchar(200) NOT NULL,
    -- A commune's district, a district's province (before the reform).
    parent_code  varchar(10),
    search_text  text GENERATED ALWAYS AS (sr_fold(name_vi)) STORED,
    PRIMARY KEY (unit_level, code)
);
CREATE TABLE legacy_place_successor (
    unit_level   varchar(10) NOT NULL,
    legacy_code  varchar(10) NOT NULL,
    place_code   varchar(10) NOT NULL REFERENCES place (code),
    -- Where a record of the old unit is counted today: its only successor, or the default one of a
    -- divided commune. A district has it only when it has one successor.
    is_default   boolean     NOT NULL,
    PRIMARY KEY (unit_level, legacy_code, place_code),
    FOREIGN KEY (unit_level, legacy_code) REFERENCES legacy_place (unit_level, code)
);
CREATE UNIQUE INDEX legacy_place_default_uq ON legacy_place_successor (unit_level, legacy_code) WHERE is_default;
CREATE INDEX legacy_place_successor_place_idx ON legacy_place_successor (place_code);

INSERT INTO legacy_place (unit_level, code, name_vi, parent_code) VALUES
""")
    out.write(",\n".join(f"({sql(level)},{sql(code)},{sql(name)},{sql(parent)})"
                         for (level, code), (name, parent) in sorted(legacy.items())))
    out.write(";\n\nINSERT INTO legacy_place_successor (unit_level, legacy_code, place_code, is_default) VALUES\n")
    out.write(",\n".join(f"({sql(level)},{sql(code)},{sql(target)},{'true' if default else 'false'})"
                         for (level, code), targets in sorted(successors.items()) for target, default in sorted(targets.items())))
    out.write(";\n")


if __name__ == "__main__":
    main()
