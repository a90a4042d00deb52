-- Who read what (security review, item 12): every logged read of a case's evidence, collection records and
-- personal data, one row each, kept apart from the custody log (which the chain anchors) so that routine reads do
-- not flood it. The privacy work answers "who looked at my data" from here.
create table access_log (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     varchar(200) not null,
    roles     varchar(200) not null,
    action    varchar(40) not null,
    case_ref  varchar(129),
    subject   varchar(64)
);
create index access_log_by_case on access_log (case_ref, at);
