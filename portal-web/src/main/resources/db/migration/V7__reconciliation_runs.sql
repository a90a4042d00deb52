-- Each scheduled reconciliation of the database with the chain: what it checked and what it found
-- (the findings as JSON), so every instance and the readiness check report the same last run.
create table reconciliation_run (
    id               bigserial primary key,
    checked_at       timestamptz not null,
    cases_checked    integer not null,
    entries_checked  integer not null,
    findings         integer not null,
    report           text not null
);
