-- What the dashboard shows of the runs of the last day: how long each run took, how long a
-- throttled run was asked to back off, and the hour the run started in, so that the database
-- groups runs by hour in the same plain GROUP BY on H2 and PostgreSQL. Runs recorded before this
-- version have none of the three and stay out of those figures.

alter table sync_run add column duration_ms bigint;
alter table sync_run add column back_off_ms bigint;
alter table sync_run add column started_hour_utc timestamp;
alter table sync_run add constraint ck_sync_run_duration check (duration_ms is null or duration_ms >= 0);
alter table sync_run add constraint ck_sync_run_back_off check (back_off_ms is null or back_off_ms >= 0);

create index ix_sync_run_hour on sync_run (started_hour_utc);
