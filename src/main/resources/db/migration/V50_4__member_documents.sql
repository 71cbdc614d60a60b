-- Hồ sơ đảng viên số hóa: scanned documents of a member's file. The bytes live in their own table so
-- that lists never read them; the type is the one found in the content (PDF, JPEG, PNG).
CREATE TABLE member_document (
    id            bigserial PRIMARY KEY,
    member_id     bigint      NOT NULL REFERENCES member (id),
    type          text        NOT NULL CHECK (type IN ('RESUME', 'MEMBER_RECORD', 'ADMISSION_DECISION',
                                  'OFFICIAL_DECISION', 'TRANSFER_PAPERS', 'SUPPLEMENT', 'OTHER')),
    document_date date,
    note          text,
    filename      text        NOT NULL,
    content_type  text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size          integer     NOT NULL CHECK (size > 0),
    uploaded_at   timestamptz NOT NULL,
    uploaded_by   text        NOT NULL
);
CREATE INDEX member_document_member_idx ON member_document (member_id, type);

CREATE TABLE member_document_content (
    document_id bigint PRIMARY KEY REFERENCES member_document (id) ON DELETE CASCADE,
    content     bytea  NOT NULL
);
