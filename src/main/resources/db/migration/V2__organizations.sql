-- The organisation tree: the bloc at the root, grassroots organisations (đảng bộ cơ sở, chi bộ cơ sở)
-- and the sub-cells (chi bộ trực thuộc) of a đảng bộ cơ sở.
CREATE TABLE organization (
    id           bigserial PRIMARY KEY,
    parent_id    bigint REFERENCES organization (id),
    kind         text   NOT NULL CHECK (kind IN ('BLOC', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_CELL')),
    name         text COLLATE "vi-VN-x-icu" NOT NULL CHECK (btrim(name) <> ''),
    short_name   text,
    agency       text,
    founded_on   date,
    dissolved_on date,
    -- materialised path of ids, '/1/7/23/': a subtree is "path LIKE '/1/7/%'"; kept by the trigger below
    path         text   NOT NULL DEFAULT '',
    version      bigint NOT NULL DEFAULT 0,
    CONSTRAINT organization_root_has_no_parent CHECK ((kind = 'BLOC') = (parent_id IS NULL)),
    CONSTRAINT organization_dissolved_after_founded CHECK (dissolved_on IS NULL OR founded_on IS NULL OR dissolved_on >= founded_on)
);
CREATE INDEX organization_parent_idx ON organization (parent_id);
CREATE INDEX organization_path_idx ON organization (path text_pattern_ops);
-- sibling units may not share a name (dissolved ones excepted)
CREATE UNIQUE INDEX organization_sibling_name_key ON organization (parent_id, lower(name)) WHERE dissolved_on IS NULL;

CREATE FUNCTION organization_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent_path text;
BEGIN
    IF NEW.parent_id IS NULL THEN
        NEW.path := '/' || NEW.id || '/';
    ELSE
        SELECT path INTO parent_path FROM organization WHERE id = NEW.parent_id;
        IF parent_path LIKE '%/' || NEW.id || '/%' THEN
            RAISE EXCEPTION 'organization % cannot be moved under its own subtree', NEW.id;
        END IF;
        NEW.path := parent_path || NEW.id || '/';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION organization_move_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organization
       SET path = NEW.path || substr(path, length(OLD.path) + 1)
     WHERE path LIKE OLD.path || '%' AND id <> NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER organization_path_on_insert BEFORE INSERT ON organization
    FOR EACH ROW EXECUTE FUNCTION organization_set_path();
CREATE TRIGGER organization_path_on_move BEFORE UPDATE OF parent_id ON organization
    FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION organization_set_path();
CREATE TRIGGER organization_subtree_on_move AFTER UPDATE OF parent_id ON organization
    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION organization_move_subtree();

-- What is printed on official documents: since 2025 successor committees run the same structure,
-- so these are data, edited by an administrator.
CREATE TABLE bloc_settings (
    id              smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    superior_body   text   NOT NULL,   -- line 1 top left, e.g. ĐẢNG BỘ TỈNH NGHỆ AN
    issuing_body    text   NOT NULL,   -- line 2 top left, e.g. ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
    document_suffix text   NOT NULL,   -- the suffix of document numbers, e.g. ĐUK in "Số 12-BC/ĐUK"
    place_name      text   NOT NULL,   -- printed before the date, e.g. Vinh
    version         bigint NOT NULL DEFAULT 0
);
INSERT INTO bloc_settings (superior_body, issuing_body, document_suffix, place_name)
VALUES ('ĐẢNG BỘ TỈNH', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'ĐUK', 'Thành phố');
