-- Đại hội: the congresses of the bloc and of its grassroots organisations, their key tasks and
-- breakthroughs of the term, the documents attached, and the targets (chỉ tiêu) of the term with their
-- yearly actuals entered by staff. A closed congress is archived: the triggers below refuse every change
-- to it and to what hangs off it, whatever the application does.
CREATE TABLE congress (
    id              bigserial PRIMARY KEY,
    organization_id bigint  NOT NULL REFERENCES organization (id),
    number          integer NOT NULL CHECK (number BETWEEN 1 AND 100),
    term_start_year integer NOT NULL CHECK (term_start_year BETWEEN 1930 AND 2100),
    term_end_year   integer NOT NULL,
    kind            text    NOT NULL CHECK (kind IN ('DELEGATES', 'ALL_MEMBERS')),
    opens_on        date    NOT NULL,
    closes_on       date    NOT NULL,
    place           text    NOT NULL CHECK (btrim(place) <> ''),
    theme           text,
    motto           text,
    state           text    NOT NULL CHECK (state IN ('PREPARING', 'IN_SESSION', 'CLOSED')),
    version         bigint  NOT NULL DEFAULT 0,
    CONSTRAINT congress_number_key UNIQUE (organization_id, number),
    CONSTRAINT congress_term_order CHECK (term_end_year > term_start_year AND term_end_year <= term_start_year + 5),
    CONSTRAINT congress_closes_after_opening CHECK (closes_on >= opens_on)
);
CREATE INDEX congress_opens_idx ON congress (opens_on DESC, id DESC);

-- Nhiệm vụ trọng tâm (key tasks) and khâu đột phá (breakthroughs) of the term, in order.
CREATE TABLE congress_item (
    id          bigserial PRIMARY KEY,
    congress_id bigint  NOT NULL REFERENCES congress (id),
    kind        text    NOT NULL CHECK (kind IN ('KEY_TASK', 'BREAKTHROUGH')),
    position    integer NOT NULL CHECK (position > 0),
    text        text    NOT NULL CHECK (btrim(text) <> ''),
    CONSTRAINT congress_item_position_key UNIQUE (congress_id, kind, position)
);

-- Documents (political report, review report, resolution, minutes …), kept in the database and served
-- only as attachments with the type found in their content.
CREATE TABLE congress_document (
    id           bigserial PRIMARY KEY,
    congress_id  bigint      NOT NULL REFERENCES congress (id),
    kind         text        NOT NULL CHECK (kind IN ('POLITICAL_REPORT', 'REVIEW_REPORT', 'RESOLUTION', 'MINUTES', 'OTHER')),
    file_name    text        NOT NULL CHECK (btrim(file_name) <> '' AND file_name !~ '[/\\]'),
    content_type text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0),
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    CONSTRAINT congress_document_size_matches CHECK (size_bytes = octet_length(content))
);
CREATE INDEX congress_document_congress_idx ON congress_document (congress_id);

-- Chỉ tiêu: a target of the term. Computed ones follow a TargetIndicator by its code; entered ones get
-- a yearly actual from staff with its evidence.
CREATE TABLE congress_target (
    id             bigserial PRIMARY KEY,
    congress_id    bigint   NOT NULL REFERENCES congress (id),
    position       integer  NOT NULL CHECK (position > 0),
    text           text     NOT NULL CHECK (btrim(text) <> ''),
    unit           text     NOT NULL CHECK (btrim(unit) <> ''),
    baseline       numeric(12, 2),
    target_value   numeric(12, 2) NOT NULL,
    comparator     text     NOT NULL CHECK (comparator IN ('AT_LEAST', 'MORE_THAN', 'AT_MOST')),
    measure        text     NOT NULL CHECK (measure IN ('TERM_TOTAL', 'EVERY_YEAR', 'FINAL_YEAR')),
    indicator_code text     CHECK (indicator_code IS NULL OR btrim(indicator_code) <> ''),
    version        bigint   NOT NULL DEFAULT 0,
    CONSTRAINT congress_target_position_key UNIQUE (congress_id, position)
);

CREATE TABLE congress_target_actual (
    id         bigserial PRIMARY KEY,
    target_id  bigint         NOT NULL REFERENCES congress_target (id),
    year       integer        NOT NULL CHECK (year BETWEEN 1930 AND 2100),
    value      numeric(12, 2) NOT NULL,
    evidence   text           NOT NULL CHECK (btrim(evidence) <> ''),
    entered_by text           NOT NULL,
    entered_at timestamptz    NOT NULL,
    CONSTRAINT congress_target_actual_year_key UNIQUE (target_id, year)
);

-- The archive rule: nothing of a closed congress changes.
CREATE FUNCTION congress_refuse_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.state = 'CLOSED' THEN
        RAISE EXCEPTION 'congress % is closed and archived', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER congress_closed BEFORE UPDATE OR DELETE ON congress FOR EACH ROW EXECUTE FUNCTION congress_refuse_closed();

-- For tables that hang off a congress: TG_ARGV[0] is the SQL that finds the congress id from the row.
CREATE FUNCTION congress_child_refuse_closed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    closed   boolean;
BEGIN
    EXECUTE 'SELECT c.state = ''CLOSED'' FROM congress c WHERE c.id = (' || TG_ARGV[0] || ')' INTO closed USING row_data;
    IF closed THEN
        RAISE EXCEPTION 'congress of % row is closed and archived', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER congress_item_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_item FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT ($1->>''congress_id'')::bigint');
CREATE TRIGGER congress_document_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_document FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT ($1->>''congress_id'')::bigint');
CREATE TRIGGER congress_target_closed BEFORE INSERT OR UPDATE OR DELETE ON congress_target FOR EACH ROW
    EXECUTE FUNCTION congress_child_refuse_closed('SELECT ($1->>''congress_id'')::bigint');
-- The yearly actuals are the follow-up of the term, not part of the archive: they are entered after the
-- congress has closed, until the end of its term's last year.
CREATE FUNCTION congress_actual_refuse_after_term() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    over boolean;
BEGIN
    SELECT c.state = 'CLOSED' AND extract(year FROM current_date) > c.term_end_year INTO over
      FROM congress_target t JOIN congress c ON c.id = t.congress_id
     WHERE t.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.target_id ELSE NEW.target_id END;
    IF over THEN
        RAISE EXCEPTION 'the term of this congress is over' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER congress_target_actual_term BEFORE INSERT OR UPDATE OR DELETE ON congress_target_actual FOR EACH ROW
    EXECUTE FUNCTION congress_actual_refuse_after_term();
