-- The contract decides: a case's state in the database is a projection of the StateChanged events the
-- CaseLifecycle contract emitted, read back block by block. A lifecycle step is a request until then.

-- who asked for the step (as the custody log names them) and when its accepted event was projected
alter table lifecycle_step add column requested_by varchar(200);
alter table lifecycle_step add column applied_at timestamptz;
create index lifecycle_step_by_tx on lifecycle_step (tx_hash) where tx_hash is not null;

-- the case's id on chain (its salted commitment), filled in by the chain follower; events name cases by it
alter table loan_case add column chain_case_id bytea check (chain_case_id is null or octet_length(chain_case_id) = 32);
create unique index loan_case_by_chain_id on loan_case (chain_case_id) where chain_case_id is not null;
create index loan_case_without_chain_id on loan_case (case_ref) where chain_case_id is null;

-- every contract event projected so far, so that two followers (two portal instances) apply each once
create table lifecycle_event_applied (
    tx_hash      varchar(66) not null,
    log_index    integer not null,
    case_ref     varchar(64),
    block_number bigint not null,
    applied_at   timestamptz not null,
    primary key (tx_hash, log_index)
);

-- how far the follower has read each lifecycle contract's events
create table lifecycle_follow_position (
    contract    varchar(42) primary key,
    next_block  bigint not null
);

-- Steps made before this version changed the case first and were mirrored on chain later: they are on the case
-- already, so their events must not be projected a second time.
update lifecycle_step set applied_at = coalesce(done_at, created_at) where status = 'DONE';
