-- Signed documents the court issued: the PDF itself is in the content store (by its SHA-256) and
-- its digest is anchored as COURT_DOCUMENT evidence of the case.
create table court_document (
    id                 uuid primary key,
    case_ref           varchar(64) not null references loan_case (case_ref),
    type               varchar(32) not null,
    language           varchar(8) not null,
    evidence_id        uuid not null references evidence (id),
    sha256             bytea not null check (octet_length(sha256) = 32),
    verification_code  varchar(16) not null unique,
    page_count         integer not null,
    issued_by          varchar(128) not null,
    issued_at          timestamptz not null
);
create index court_document_by_case on court_document (case_ref);
