-- A batch whose root or batch id another account anchored first is re-rooted: one random salt leaf joins its
-- leaves, which gives a new root (and a new batch id derived from sender and root). The salt is kept so the tree
-- can be rebuilt; taken_by records whose anchoring forced the last re-rooting, for the operator and the court.
alter table anchor_batch
    add column salt bytea check (salt is null or octet_length(salt) = 32),
    add column reroots integer not null default 0,
    add column taken_by varchar(500);
