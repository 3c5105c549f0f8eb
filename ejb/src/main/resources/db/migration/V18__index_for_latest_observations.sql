-- An indicator's figures that are not rejected, newest first: the catalogue's and the dashboard's latest values
-- and counts. H2 reads an index in order, and stops after the first rows, only when the query's order lists the
-- index's columns from its first and in its directions (it does not read an index backwards), and counts from
-- the index alone only when the index holds every column the count filters on. At 100,000 articles (2.3 million
-- facts with an indicator) this took an indicator's latest value from 7.9 s to 5 ms and the count of every
-- indicator's figures from 25 s to 1.2 s on H2 (BENCHMARKS.md section 7). PostgreSQL uses it the same way.
create index ix_fact_indicator_latest on fact (indicator_code, rejected, observed_on desc, id desc);
