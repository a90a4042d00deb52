-- The access record, hash-linked per case (privacy issue, item 4): each row's hash covers its fields and the hash of
-- the case's row before it, so a row edited or deleted in the database breaks the chain from there on. Rows written
-- before this migration carry no hash; a case's chain starts at its first hashed row.
alter table access_log add column prev_hash bytea;
alter table access_log add column row_hash bytea;
