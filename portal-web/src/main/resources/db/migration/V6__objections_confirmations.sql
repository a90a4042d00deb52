-- Debtors' objections and the court's decisions, lenders' requests for judicial confirmation, and
-- the notifications that tell each party what awaits them.

create table objection (
    id                  uuid primary key,
    reference           varchar(32) not null unique,
    case_ref            varchar(64) not null references loan_case (case_ref),
    debtor_party_id     varchar(128) not null,
    type                varchar(24) not null,
    statement           text not null,
    cited_records       text not null default '',
    cited_findings      text not null default '',
    attachments         text not null default '',
    status              varchar(16) not null,           -- FILED, ANSWERED, ASSIGNED, DECIDED
    filed_at            timestamptz not null,
    response_due_at     timestamptz not null,
    pause_from          timestamptz,                    -- collection paused from here ...
    pause_to            timestamptz,                    -- ... to here (null: still paused)
    assigned_to         varchar(200),
    assigned_court      varchar(128),
    assigned_at         timestamptz,
    outcome             varchar(20),
    reasons             text,
    adjusted_principal  numeric(19, 2),
    decided_by          varchar(200),
    decided_at          timestamptz,
    decision_document   uuid references court_document (id)
);
create index objection_by_case on objection (case_ref);
create sequence objection_reference_seq;

create table objection_response (
    id             uuid primary key,
    objection_id   uuid not null references objection (id),
    institution    varchar(128) not null,
    role           varchar(16) not null,
    statement      text not null,
    evidence_ids   text not null default '',
    responded_by   varchar(200) not null,
    responded_at   timestamptz not null
);
create index objection_response_by_objection on objection_response (objection_id);

create table confirmation_request (
    id               uuid primary key,
    case_ref         varchar(64) not null references loan_case (case_ref),
    institution      varchar(128) not null,
    requested_by     varchar(200) not null,
    evidence_ids     text not null,
    precheck         text not null,       -- the pre-check report as JSON
    precheck_clean   boolean not null,
    draft_ready      boolean not null default false,
    status           varchar(16) not null, -- REQUESTED, GRANTED, REFUSED
    requested_at     timestamptz not null,
    decided_by       varchar(200),
    decided_at       timestamptz,
    reasons          text,
    document_id      uuid references court_document (id)
);
create index confirmation_by_case on confirmation_request (case_ref);

create table notification (
    id           bigserial primary key,
    audience     varchar(16) not null,    -- INSTITUTION, PARTY, COURT
    recipient    varchar(128) not null,
    case_ref     varchar(64) references loan_case (case_ref),
    subject      text not null,
    created_at   timestamptz not null,
    emailed_at   timestamptz,
    email_error  text
);
create index notification_by_recipient on notification (audience, recipient, created_at);
