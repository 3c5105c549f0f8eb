-- Reprocessing every article and mapping every fact again after a catalogue change are both runs of one kind of
-- background job over the articles: one table, one claim, so that never two run at once, of either kind.
alter table reprocessing rename to maintenance_run;
alter table reprocessing_failure rename to maintenance_failure;
alter table maintenance_failure rename column reprocessing_id to run_id;
alter table maintenance_run add column kind varchar(20) default 'REPROCESS' not null;
-- Facts whose indicator the run changed (a remap's result; reprocessing maps as it goes and counts none).
alter table maintenance_run add column remapped integer default 0 not null;
