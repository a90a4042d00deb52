-- Evidence, the custody log of each case, and the anchoring outbox (leaves waiting for a batch).
-- Digests are stored as 32-byte bytea; times as timestamptz (microseconds).

create table case_file (
    case_ref    varchar(64) primary key,
    created_at  timestamptz not null
);

create table evidence (
    id            uuid primary key,
    case_ref      varchar(64) not null references case_file (case_ref),
    kind          varchar(32) not null,
    sha256        bytea not null check (octet_length(sha256) = 32),
    sm3           bytea check (octet_length(sm3) = 32),
    size_bytes    bigint check (size_bytes >= 0),
    captured_at   timestamptz not null,
    submitted_at  timestamptz not null,
    submitter     varchar(128) not null,
    note          varchar(2000),
    case_salt     bytea not null check (octet_length(case_salt) = 32),
    status        varchar(16) not null
);
create index evidence_by_sha256 on evidence (sha256);
create index evidence_by_sm3 on evidence (sm3);
create index evidence_by_case on evidence (case_ref);

create table custody_entry (
    id              uuid primary key,
    case_ref        varchar(64) not null references case_file (case_ref),
    sequence        bigint not null,
    event_type      varchar(32) not null,
    subject_digest  bytea not null,
    subject_id      varchar(64) not null,
    actor           varchar(128) not null,
    occurred_at     timestamptz not null,
    previous_hash   bytea not null,
    entry_hash      bytea not null,
    unique (case_ref, sequence)
);

-- A batch is PREPARED (root and proofs fixed, batch id chosen) before its transaction is sent,
-- so a retry after a crash or an outage sends the same batch id, which the contract accepts once.
create table anchor_batch (
    id                 uuid primary key,
    batch_id           bytea not null unique check (octet_length(batch_id) = 32),
    root               bytea not null unique check (octet_length(root) = 32),
    item_count         integer not null check (item_count > 0),
    status             varchar(16) not null,
    created_at         timestamptz not null,
    lease_until        timestamptz,
    attempts           integer not null default 0,
    last_error         varchar(1000),
    chain_id           bigint,
    contract_address   varchar(42),
    submitter_account  varchar(42),
    transaction_hash   varchar(66),
    block_number       bigint,
    block_time         timestamptz,
    anchored_at        timestamptz
);
create index anchor_batch_prepared on anchor_batch (created_at) where status = 'PREPARED';

-- The outbox: one row per leaf, written in the same transaction as the evidence or custody row.
create table anchor_leaf (
    id          bigint generated always as identity primary key,
    leaf_hash   bytea not null unique check (octet_length(leaf_hash) = 32),
    item_id     uuid not null,
    item_type   varchar(16) not null,
    batch_id    uuid references anchor_batch (id),
    proof       bytea,
    created_at  timestamptz not null
);
create index anchor_leaf_pending on anchor_leaf (id) where batch_id is null;
create index anchor_leaf_by_item on anchor_leaf (item_id);
create index anchor_leaf_by_batch on anchor_leaf (batch_id);

-- The registry contract this portal deployed on a chain without a configured address.
create table chain_contract (
    chain_id     bigint primary key,
    address      varchar(42) not null,
    deployed_at  timestamptz not null
);
