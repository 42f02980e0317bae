-- Exsync schema, version 3: rank scheduling. Portable to H2 2.2 and PostgreSQL 15, like version 1.

-- One rank is the default, the one new links go to. A database that has ranks already makes the
-- first of them the default; an empty one gets a rank named Default that runs every five minutes.
alter table sync_rank add column default_rank boolean default false not null;
update sync_rank set default_rank = true
    where rank_position = (select min(rank_position) from sync_rank);
insert into sync_rank (id, name, rank_position, interval_seconds, capacity_share_percent, default_rank)
    select nextval('sync_rank_seq'), 'Default', 0, 300, 100, true
    where not exists (select 1 from sync_rank);

-- What brings a link forward before its interval is over: changes SuperOffice announced through a
-- webhook (since when), and an admin's "sync now".
alter table sync_link add column changes_pending_since_utc timestamp;
alter table sync_link add column run_requested boolean default false not null;
create index ix_sync_link_state_lease on sync_link (state, lease_until_utc);

-- Payara keeps persistent EJB timers (one per rank) in the Exsync database, in the table and with
-- the quoted upper-case names its timer service expects (lib/install/databases/ejbtimer_*.sql).
-- Payara creates it on H2 by itself but not on every version on PostgreSQL; server-config creates
-- it before the first deployment, and this creates it where that could not be done.
create table if not exists "EJB__TIMER__TBL" (
    "CREATIONTIMERAW" bigint not null,
    "BLOB" bytea,
    "TIMERID" varchar(255) not null,
    "CONTAINERID" bigint not null,
    "OWNERID" varchar(255),
    "STATE" integer not null,
    "PKHASHCODE" integer not null,
    "INTERVALDURATION" bigint not null,
    "INITIALEXPIRATIONRAW" bigint not null,
    "LASTEXPIRATIONRAW" bigint not null,
    "SCHEDULE" varchar(255),
    "APPLICATIONID" bigint not null,
    constraint "PK_EJB__TIMER__TBL" primary key ("TIMERID")
);
