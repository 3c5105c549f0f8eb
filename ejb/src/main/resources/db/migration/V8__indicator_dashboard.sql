-- The dashboard shows a card for each indicator with a position, in that order. Admins choose them in the
-- catalogue; the headline figures of the 两区 reports start there (where the admins have not removed them).
alter table indicator add column dashboard_position integer;
update indicator set dashboard_position = 1 where code = 'FDI_UTILISED';
update indicator set dashboard_position = 2 where code = 'FDI_CONTRACTED';
update indicator set dashboard_position = 3 where code = 'FDI_NEW_ENTERPRISES';
update indicator set dashboard_position = 4 where code = 'DOMESTIC_NEW_ENTERPRISES';
update indicator set dashboard_position = 5 where code = 'KEY_TASKS';
update indicator set dashboard_position = 6 where code = 'TASKS_WITH_RESULTS';
update indicator set dashboard_position = 7 where code = 'POLICY_LANDING_RATE';
