-- The audit log: who did what, from which address, to what, and how it ended (README, "Operations"). Append-only;
-- ids from a sequence taken 50 at a time (the entity's allocation size). Read newest first, a page at a time, all
-- entries or those of one action or one user: each reading has an index in that order.
create sequence audit_log_seq start with 1 increment by 50;

create table audit_log (
    id          bigint       primary key,
    happened_at timestamp(6) with time zone not null,
    user_name   varchar(200) not null,
    address     varchar(64),
    action      varchar(40)  not null,
    target      varchar(500),
    outcome     varchar(10)  not null
);
create index ix_audit_log_newest on audit_log (happened_at desc, id desc);
create index ix_audit_log_action on audit_log (action, happened_at desc, id desc);
create index ix_audit_log_user on audit_log (user_name, happened_at desc, id desc);
