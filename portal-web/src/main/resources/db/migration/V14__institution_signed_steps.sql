-- Every institution signs its own steps: a lifecycle step names whose account signs it (empty: the portal's operator
-- account) and the role that account is bound to; an agency authorisation carries its window to the contract; a
-- transfer names the new creditor's account (in the actor column, which held a court's account before).
alter table lifecycle_step add column signer varchar(128);
alter table lifecycle_step add column signer_role varchar(16);
alter table lifecycle_step add column valid_from bigint not null default 0;
alter table lifecycle_step add column valid_to bigint not null default 0;
-- a transfer's request: the new creditor, the anchored agreement and the id its case_transfer row gets on acceptance
alter table lifecycle_step add column party varchar(128);
alter table lifecycle_step add column evidence_id uuid;
alter table lifecycle_step add column record_id uuid;
-- the call for an institution that keeps its own key to sign (status AWAITING: the portal does not hold that key)
alter table lifecycle_step add column call_data text;

-- Court steps the portal used to record "on behalf of" a keyless court account are no longer made that way.
update lifecycle_step set status = 'REFUSED', done_at = now(),
       refusal = 'not sent: the court signs its own steps now (the operator path is gone); ask again'
 where status = 'PENDING' and kind = 'TRANSITION_FOR';
