-- How an item was captured, as its submitter states it (optional): the method (a recorded call line, a body camera,
-- a scan) and the device. Not part of the anchored leaf, whose encoding is fixed; shown with the item and in the
-- court's checklist (Online Litigation Rules art. 18) as the submitter's statement.
alter table evidence add column capture_method varchar(200);
alter table evidence add column capture_device varchar(200);
