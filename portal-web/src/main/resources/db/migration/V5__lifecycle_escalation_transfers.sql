-- The case lifecycle on chain (steps waiting for or done on the CaseLifecycle contract), the
-- escalation policy versions and the steps the scheduler executed, and debt transfers.

alter table loan_case add column state_before_dispute varchar(16);
-- the day the escalation scheduler last looked at the case (each case is considered once a day)
alter table loan_case add column escalation_checked date;

create table lifecycle_contract (
    chain_id     bigint primary key,
    address      varchar(42) not null,
    deployed_at  timestamptz not null
);

-- One call on the lifecycle contract, written in the same transaction as the state change it
-- mirrors; the relay sends a case's steps in order (a later step waits while an earlier one is PENDING).
create table lifecycle_step (
    id            bigserial primary key,
    case_ref      varchar(64) not null references loan_case (case_ref),
    kind          varchar(16) not null,
    to_state      varchar(16),
    reason        bytea not null check (octet_length(reason) = 32),
    org           bytea not null check (octet_length(org) = 32),
    actor         varchar(42),
    status        varchar(8) not null default 'PENDING',  -- PENDING, DONE, REFUSED
    tx_hash       varchar(66),
    block_number  bigint,
    refusal       text,
    created_at    timestamptz not null,
    done_at       timestamptz
);
create index lifecycle_step_pending on lifecycle_step (case_ref, id) where status = 'PENDING';
create index lifecycle_step_by_case on lifecycle_step (case_ref, id);

-- Each version of the escalation policy, by the digest of its canonical text (anchored as evidence).
create table escalation_policy (
    digest       bytea primary key check (octet_length(digest) = 32),
    text         text not null,
    created_at   timestamptz not null
);

create table escalation_step (
    case_ref       varchar(64) not null references loan_case (case_ref),
    step           varchar(32) not null,
    policy_digest  bytea not null references escalation_policy (digest),
    days_overdue   integer not null,
    executed_at    timestamptz not null,
    primary key (case_ref, step)
);

create table case_transfer (
    id             uuid primary key,
    case_ref       varchar(64) not null references loan_case (case_ref),
    from_creditor  varchar(128) not null,
    to_creditor    varchar(128) not null,
    effective_at   timestamptz not null,
    evidence_id    uuid not null references evidence (id),
    recorded_by    varchar(128) not null,
    recorded_at    timestamptz not null
);
create index case_transfer_by_case on case_transfer (case_ref);
