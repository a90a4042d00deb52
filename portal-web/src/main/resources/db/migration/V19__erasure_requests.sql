-- Erasure of a debtor's personal data (privacy issue, item 3): the debtor asks, the controller (the creditor of
-- record) or the court decides; a court may also order it. Executed, the case's data key is destroyed, so the sealed
-- debtor and the served copies of its documents can never be read again; the row says when and by whose authority.
create table erasure_request (
    id               uuid primary key,
    case_ref         varchar(129) not null,
    requested_by     varchar(200) not null,
    requested_as     varchar(12)  not null,   -- DEBTOR or COURT
    reason           varchar(2000) not null,
    requested_at     timestamptz  not null,
    status           varchar(12)  not null,   -- REQUESTED, ERASED, REFUSED
    decided_by       varchar(200),
    authority        varchar(200),            -- the institution or court whose decision or order it was
    decided_at       timestamptz,
    decision_reason  varchar(2000)
);
create index erasure_request_by_case on erasure_request (case_ref, requested_at);
-- one request open, and one erasure done, per case at most
create unique index erasure_request_one_open on erasure_request (case_ref) where status = 'REQUESTED';
create unique index erasure_request_one_done on erasure_request (case_ref) where status = 'ERASED';
