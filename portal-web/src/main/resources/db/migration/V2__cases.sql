-- Loan cases (a lender's book), the debtors' personal data encrypted under per-case data keys,
-- collection authorisations, repayments, and book imports with their progress.

-- Per-case data keys, wrapped by the portal's master key. Deleting a row erases the debtor's
-- personal data (it can no longer be decrypted) while on-chain proofs stay valid.
create table data_key (
    id          uuid primary key,
    wrapped     bytea not null,
    created_at  timestamptz not null
);

create table loan_case (
    case_ref             varchar(64) primary key references case_file (case_ref),
    creditor             varchar(128) not null,
    court                varchar(128) not null,
    principal            numeric(19, 2) not null check (principal > 0),
    currency             char(3) not null,
    due_date             date not null,
    rule_profile         varchar(16) not null,
    debtor_zone          varchar(64) not null,
    state                varchar(16) not null,
    state_since          timestamptz not null,
    opened_at            timestamptz not null,
    data_key_id          uuid references data_key (id) on delete set null,
    debtor_sealed        bytea not null,
    debtor_party_id      varchar(128),
    access_code_hash     varchar(200),  -- Argon2id; null until the lender issues a code for the notice
    failed_claims        integer not null default 0,
    case_salt            bytea not null check (octet_length(case_salt) = 32),
    import_id            uuid
);
create index loan_case_by_creditor on loan_case (creditor, state);
create index loan_case_by_court on loan_case (court, state);
create index loan_case_by_debtor on loan_case (debtor_party_id);

create table instalment (
    case_ref  varchar(64) not null references loan_case (case_ref),
    seq       integer not null,
    due_date  date not null,
    amount    numeric(19, 2) not null check (amount > 0),
    primary key (case_ref, seq)
);

create table collection_authorisation (
    id             uuid primary key,
    case_ref       varchar(64) not null references loan_case (case_ref),
    agency         varchar(128) not null,
    valid_from     timestamptz not null,
    valid_to       timestamptz not null,
    revoked_at     timestamptz,
    evidence_id    uuid references evidence (id),
    created_at     timestamptz not null,
    check (valid_to > valid_from)
);
create index collection_authorisation_by_case on collection_authorisation (case_ref);
create index collection_authorisation_by_agency on collection_authorisation (agency);

create table repayment (
    id           uuid primary key,
    case_ref     varchar(64) not null references loan_case (case_ref),
    amount       numeric(19, 2) not null check (amount > 0),
    paid_at      timestamptz not null,
    evidence_id  uuid references evidence (id),
    recorded_by  varchar(128) not null,
    recorded_at  timestamptz not null
);
create index repayment_by_case on repayment (case_ref);

create table case_import (
    id            uuid primary key,
    creditor      varchar(128) not null,
    status        varchar(16) not null,
    file_path     varchar(1000) not null,
    total_lines   integer,
    done_lines    integer not null default 0,
    imported      integer not null default 0,
    rejected      integer not null default 0,
    errors        text not null default '',
    started_at    timestamptz,
    finished_at   timestamptz,
    created_at    timestamptz not null
);
