-- Indexes for what lists filter and sort by, at 100,000 articles and millions of facts. Portable between H2 and
-- PostgreSQL.

-- Lists and reports go newest first with the id as the last tie-breaker: the index holds the whole order, so a page
-- reads its rows in order instead of sorting every article in scope.
create index ix_article_published_id on article (published_at, id);
drop index ix_article_published_at;

-- An indicator's figures by the day they are for, the id last (the latest values, the indicator page).
create index ix_fact_indicator_observed_id on fact (indicator_code, observed_on, id);
drop index ix_fact_indicator_observed;

-- Deleting an article clears the import outcomes that name it (on delete set null): without an index PostgreSQL
-- reads every import outcome for each deleted article.
create index ix_import_file_article on import_file (article_id);
