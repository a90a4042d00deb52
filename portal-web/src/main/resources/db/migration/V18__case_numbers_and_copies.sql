-- Documents a clerk would serve (fit-for-court issue): every decision gets the court's case number, a per-court,
-- per-year, per-type sequence, and is issued twice: the copy served on the parties (full names, ID numbers) and a
-- public copy with masked names, each signed and anchored. Documents issued before keep no copy (they masked names)
-- and their case reference as number.
alter table court_document add column copy varchar(8) check (copy in ('SERVED', 'PUBLIC'));
alter table court_document add column case_number varchar(100);
alter table court_document add column served_copy uuid references court_document (id);
-- a served copy names the debtor in full: it is kept here sealed under the case's data key (AES-GCM, bound to the
-- case), not in the content store, so that erasing the debtor's data erases it too; public copies are files
alter table court_document add column sealed_pdf bytea;
alter table court_document add constraint court_document_public_names_its_served
    check ((copy = 'PUBLIC') = (served_copy is not null));

-- The last number given per court, year (in the court's time zone) and document type; taken with one upsert, so
-- two decisions at once never share a number.
create table court_case_number (
    court        varchar(100) not null,
    year         integer not null,
    type         varchar(32) not null,
    last_number  integer not null check (last_number > 0),
    primary key (court, year, type)
);
