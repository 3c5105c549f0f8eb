-- The 政策进展汇总 and 投资数据汇总 have a column for each indicator the catalogue places in them, in that order, under
-- the name the catalogue gives it today. Admins choose them; the reports' columns until now are where they start.
alter table indicator add column report varchar(32);
alter table indicator add column report_position integer;
alter table indicator add constraint indicator_report_column
    check ((report is null and report_position is null)
        or (report in ('POLICY_PROGRESS', 'INVESTMENT') and report_position >= 1));
update indicator set report = 'INVESTMENT', report_position = 1 where code = 'FDI_UTILISED';
update indicator set report = 'INVESTMENT', report_position = 2 where code = 'FDI_CONTRACTED';
update indicator set report = 'INVESTMENT', report_position = 3 where code = 'FDI_NEW_ENTERPRISES';
update indicator set report = 'INVESTMENT', report_position = 4 where code = 'DOMESTIC_NEW_ENTERPRISES';
update indicator set report = 'POLICY_PROGRESS', report_position = 1 where code = 'KEY_TASKS';
update indicator set report = 'POLICY_PROGRESS', report_position = 2 where code = 'TASKS_WITH_RESULTS';
update indicator set report = 'POLICY_PROGRESS', report_position = 3 where code = 'POLICY_LANDING_RATE';
update indicator set report = 'POLICY_PROGRESS', report_position = 4 where code = 'PILOT_POLICIES';
update indicator set report = 'POLICY_PROGRESS', report_position = 5 where code = 'INSTITUTIONAL_INNOVATION_CASES';
update indicator set report = 'POLICY_PROGRESS', report_position = 6 where code = 'POLICY_MEASURES';
