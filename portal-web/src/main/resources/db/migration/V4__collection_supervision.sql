-- Collection actions logged by agencies (calls, SMS, letters, visits) and what the compliance
-- rules found about them. The record's fields are kept as JSON (the domain record, no raw phone
-- numbers); digests of recordings are evidence of the case.
create table collection_record (
    id           uuid primary key,
    case_ref     varchar(64) not null references loan_case (case_ref),
    agency       varchar(128) not null,
    type         varchar(8) not null,
    occurred_at  timestamptz not null,
    fields       text not null,
    recorded_at  timestamptz not null
);
create index collection_record_by_case on collection_record (case_ref, occurred_at);

create table compliance_finding (
    id              uuid primary key,
    case_ref        varchar(64) not null references loan_case (case_ref),
    record_id       uuid not null references collection_record (id),
    agency          varchar(128) not null,
    rule_id         varchar(64) not null,
    severity        varchar(8) not null,
    record_ids      text not null,
    explanation_zh  text not null,
    explanation_en  text not null,
    source          varchar(300) not null,
    digest          bytea not null check (octet_length(digest) = 32),
    found_at        timestamptz not null
);
create index compliance_finding_by_case on compliance_finding (case_ref);
