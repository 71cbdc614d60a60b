-- The member register (đảng viên). Names are kept in their three Vietnamese parts so that lists
-- sort by given name (tên), then family name (họ), then middle name (tên đệm), with the ICU
-- Vietnamese collation.
CREATE TABLE member (
    id                  bigserial PRIMARY KEY,
    family_name         text COLLATE "vi-VN-x-icu" NOT NULL CHECK (btrim(family_name) <> ''),
    middle_name         text COLLATE "vi-VN-x-icu" NOT NULL DEFAULT '',
    given_name          text COLLATE "vi-VN-x-icu" NOT NULL CHECK (btrim(given_name) <> ''),
    other_name          text,
    gender              text   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date          date   NOT NULL,
    hometown            text,
    ethnicity           text,
    religion            text,
    general_education   text,
    professional_degree text,
    political_theory    text   NOT NULL DEFAULT 'NONE'
        CHECK (political_theory IN ('NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR')),
    job_title           text,
    workplace           text,
    party_card_number   text,
    phone               text,
    email               text,
    status              text   NOT NULL
        CHECK (status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPT', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED', 'EXPELLED')),
    organization_id     bigint NOT NULL REFERENCES organization (id),
    admission_date      date,
    official_date       date,
    search_name         text GENERATED ALWAYS AS (portal.search_text(family_name || ' ' || middle_name || ' ' || given_name)) STORED,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT member_official_after_admission CHECK (official_date IS NULL OR admission_date IS NULL OR official_date > admission_date)
);
CREATE UNIQUE INDEX member_party_card_number_key ON member (party_card_number) WHERE party_card_number IS NOT NULL;
CREATE INDEX member_search_name_trgm ON member USING gin (search_name gin_trgm_ops);
CREATE INDEX member_name_order_idx ON member (given_name, family_name, middle_name, id);
CREATE INDEX member_organization_name_idx ON member (organization_id, given_name, family_name, middle_name, id);
CREATE INDEX member_status_idx ON member (status);

-- The secretary (bí thư) of a unit, one of its members.
ALTER TABLE organization ADD COLUMN secretary_member_id bigint REFERENCES member (id);
