-- A repayment recorded by the creditor counts at once (CONFIRMED); one recorded by an agency is a claim (CLAIMED)
-- that counts only once the creditor confirms it, or never (REJECTED). commitment is what its custody entry
-- anchored (amount, currency, paid-at, receipt): an amount edited here afterwards is reported. Rows from before
-- this migration were all recorded as counting, and have no commitment.
alter table repayment
    add column status varchar(16) not null default 'CONFIRMED' check (status in ('CLAIMED', 'CONFIRMED', 'REJECTED')),
    add column commitment bytea check (commitment is null or octet_length(commitment) = 32),
    add column decided_by varchar(128),
    add column decided_at timestamptz,
    add column decision_reason varchar(2000);
alter table repayment alter column status drop default;
