-- The calendar days (Beijing) of the period a fact states, read against its article's publication day: series and
-- reports order by the period's end, and two articles disagree only about the same period. A figure as of a day
-- (截至3月底) has an end and no start. Facts stored before have neither until the articles are reprocessed.
alter table fact add column period_start date;
alter table fact add column period_end date;
create index ix_fact_indicator_period on fact (indicator_code, period_end);

-- The numbers of an article that the extractor could not read whole (3,40万元): they gave no fact, and an import
-- counts them as warnings so that someone checks the text.
create table article_warning (
    article_id bigint       not null references article (id) on delete cascade,
    position   integer      not null,
    text       varchar(200) not null,
    primary key (article_id, position)
);
alter table import_file add column warnings integer default 0 not null;
