-- Lists of ids were comma-joined text; they become arrays (the data is kept: '' becomes the empty array).
alter table objection
    alter column cited_records drop default,
    alter column cited_records type text[] using case when cited_records = '' then '{}' else string_to_array(cited_records, ',') end,
    alter column cited_records set default '{}',
    alter column cited_findings drop default,
    alter column cited_findings type text[] using case when cited_findings = '' then '{}' else string_to_array(cited_findings, ',') end,
    alter column cited_findings set default '{}',
    alter column attachments drop default,
    alter column attachments type text[] using case when attachments = '' then '{}' else string_to_array(attachments, ',') end,
    alter column attachments set default '{}';

alter table objection_response
    alter column evidence_ids drop default,
    alter column evidence_ids type text[] using case when evidence_ids = '' then '{}' else string_to_array(evidence_ids, ',') end,
    alter column evidence_ids set default '{}';

alter table confirmation_request
    alter column evidence_ids type text[] using case when evidence_ids = '' then '{}' else string_to_array(evidence_ids, ',') end;

alter table compliance_finding
    alter column record_ids type uuid[] using case when record_ids = '' then '{}' else string_to_array(record_ids, ',')::uuid[] end;
