-- When each server (node of a cluster, or the one server) was last seen alive: a bulk import or maintenance run
-- held by a node that has been silent for a while may be resumed on another node (README "Running on a cluster").
create table cluster_node (
    name     varchar(200) primary key,
    seen_at  timestamp(6) with time zone not null
);
