-- Case references are scoped by the institution that owns them (security review, item 1): two banks' "LOAN-1"
-- are the cases bank-a:LOAN-1 and bank-b:LOAN-1. New references are stored qualified; references stored before
-- keep their text (their case commitments are anchored) and get the owner recorded beside them.

-- every case_ref column takes a namespace, the colon and a local reference (64 + 1 + 64)
do $$
declare
    col record;
begin
    for col in select table_name from information_schema.columns
               where table_schema = current_schema() and column_name = 'case_ref'
    loop
        execute format('alter table %I alter column case_ref type varchar(129)', col.table_name);
    end loop;
end $$;

alter table case_file add column namespace varchar(64);
alter table case_file add column local_ref varchar(129);

-- a stored reference's owner: the creditor who opened the case, else the institution that filed into it first
update case_file f set namespace = c.creditor, local_ref = f.case_ref
from loan_case c where c.case_ref = f.case_ref;
update case_file f set namespace = coalesce((select e.submitter from evidence e where e.case_ref = f.case_ref
                                             order by e.submitted_at, e.id limit 1), ''),
                       local_ref = f.case_ref
where f.namespace is null;

alter table case_file alter column namespace set not null;
alter table case_file alter column local_ref set not null;
alter table case_file add constraint case_file_local_ref_unique_in_namespace unique (namespace, local_ref);
create index case_file_by_local_ref on case_file (local_ref);
