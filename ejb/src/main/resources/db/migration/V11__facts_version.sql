-- A number that every change of stored facts increases (import, reprocessing, corrections, catalogue remaps,
-- deletion), in the same transaction: the figures the dashboard and the indicator pages show are kept in memory
-- until it moves, on every node alike.
create table data_version (
    name   varchar(50) not null primary key,
    number bigint      not null
);
insert into data_version (name, number) values ('facts', 0);
