-- An admin's override of a recorded conflict: which version was taken (override_side, overridden_at
-- of version 5), by whom, and how the link's next run settled it (REQUESTED until then, APPLIED or
-- REFUSED with a note). The version column lets two admins overriding the same conflict at once
-- meet a clear refusal instead of one override silently replacing the other.
alter table sync_conflict add column version bigint default 0 not null;
alter table sync_conflict add column override_state varchar(32);
alter table sync_conflict add column overridden_by varchar(200);
alter table sync_conflict add column override_note varchar(2000);
alter table sync_conflict add column override_settled_at_utc timestamp;
alter table sync_conflict add constraint ck_sync_conflict_override check (
    (override_state is null and override_side is null)
    or (override_state is not null and override_side is not null and overridden_at_utc is not null));
-- The runs look up the overrides still waiting, per pair.
create index ix_sync_conflict_override on sync_conflict (link_id, override_state);
