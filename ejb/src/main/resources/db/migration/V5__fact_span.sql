-- Where each fact's quantity stands in its article's cleaned text, so pages can mark it in place. Facts stored
-- before have none until the articles are reprocessed.
alter table fact add column span_start integer;
alter table fact add column span_end integer;
