-- The day a figure is for: its period's end when the text states one, else its article's publication day (Beijing).
-- Series, the dashboard's latest values and the indicator pages order by it, so it is a column with an index rather
-- than something every query works out. Filled for the facts already stored by V10_1.
alter table fact add column observed_on date;
create index ix_fact_indicator_observed on fact (indicator_code, observed_on);
