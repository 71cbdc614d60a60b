-- Sign-in accounts. A user has one role; a secretary administers one organisation's subtree,
-- and any user may be linked to their own member record (one person can be both).
CREATE TABLE user_account (
    id                   bigserial PRIMARY KEY,
    username             text    NOT NULL CHECK (username = lower(username) AND username ~ '^[a-z0-9._-]{3,40}$'),
    password_hash        text    NOT NULL,
    display_name         text    NOT NULL,
    role                 text    NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'LEADER', 'SECRETARY', 'MEMBER')),
    member_id            bigint REFERENCES member (id),
    organization_id      bigint REFERENCES organization (id),
    enabled              boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT false,
    version              bigint  NOT NULL DEFAULT 0,
    CONSTRAINT user_account_username_key UNIQUE (username),
    CONSTRAINT user_account_member_key UNIQUE (member_id),
    CONSTRAINT user_account_secretary_has_organization CHECK (role <> 'SECRETARY' OR organization_id IS NOT NULL),
    CONSTRAINT user_account_member_has_member CHECK (role <> 'MEMBER' OR member_id IS NOT NULL)
);

-- Login throttling: failed attempts per typed user name (existing or not, so the lock does not
-- reveal which accounts exist) and the resulting locks.
CREATE TABLE login_failure (
    username  text        NOT NULL,
    failed_at timestamptz NOT NULL
);
CREATE INDEX login_failure_username_idx ON login_failure (username, failed_at);

CREATE TABLE login_lock (
    username     text PRIMARY KEY,
    locked_until timestamptz NOT NULL
);
