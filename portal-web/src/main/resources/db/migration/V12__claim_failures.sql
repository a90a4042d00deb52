-- Wrong access codes, per debtor account and case reference (known or not, so that the limits answer alike for
-- both): each account gets a few tries per case and a few more per day, instead of one shared count that let
-- any debtor lock every case.
create table claim_failure (
    id         bigint generated always as identity primary key,
    case_ref   varchar(64) not null,
    party_id   varchar(128) not null,
    failed_at  timestamptz not null
);
create index claim_failure_by_caller on claim_failure (party_id, failed_at);
create index claim_failure_by_case_and_caller on claim_failure (case_ref, party_id);
