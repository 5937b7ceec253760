-- Administrative units after the 2025 reform (province and commune level), seeded by V2.
-- sr_fold() folds Vietnamese text for search: lower case, no tone marks, đ -> d, so that
-- "hong gai" finds "Hồng Gai". Every searchable table indexes with it.
CREATE FUNCTION sr_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS
$$
SELECT translate(lower(value),
    'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')
$$;

CREATE TABLE place (
    code        varchar(10) PRIMARY KEY,
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200),
    unit_type   varchar(20)  NOT NULL CHECK (unit_type IN ('PROVINCE', 'CITY', 'COMMUNE', 'WARD', 'SPECIAL_ZONE')),
    parent_code varchar(10) REFERENCES place (code),
    search_text text GENERATED ALWAYS AS (sr_fold(name_vi || ' ' || coalesce(name_en, ''))) STORED
);
CREATE INDEX place_parent_idx ON place (parent_code);
