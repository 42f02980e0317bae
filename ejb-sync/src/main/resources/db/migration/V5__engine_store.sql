-- The sync engine's memory in the shape it commits (org.exsync.engine.store): mappings and cursors
-- per sync pair (a link, an item kind and a scope: 'default' or 'selection:<id>'), and what an admin
-- must be able to look at later: conflicts with both versions, tombstones, alerts.
-- item_mapping and sync_cursor of version 1 held no rows yet (no engine wrote them), so they are
-- made again rather than altered: CRM ids become text, each side keeps its own hash, and a mapping
-- keeps a snapshot of the content last synced for the field-level merge of a later conflict.

drop table item_mapping;
drop table sync_cursor;

create table item_mapping (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    pair_scope varchar(64) not null,
    crm_id varchar(64) not null,
    crm_version varchar(64) not null,
    crm_hash varchar(128) not null,
    exchange_id varchar(512) not null,
    exchange_version varchar(512) not null,
    exchange_hash varchar(128) not null,
    snapshot varchar(1000000) not null,
    last_synced_at_utc timestamp not null,
    constraint pk_item_mapping primary key (id),
    constraint uq_item_mapping_crm unique (link_id, item_kind, pair_scope, crm_id),
    constraint fk_item_mapping_link foreign key (link_id) references sync_link (id)
        on delete cascade
);
-- An Exchange id may pass from one mapping to another within a batch (an item matched again), so it
-- is looked up by, not held unique.
create index ix_item_mapping_exchange on item_mapping (link_id, item_kind, pair_scope, exchange_id);

create table sync_cursor (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    pair_scope varchar(64) not null,
    exchange_sync_state varchar(65535),
    crm_watermark_utc timestamp,
    window_start_utc timestamp,
    window_end_utc timestamp,
    crm_retries varchar(1000000) not null,
    exchange_retries varchar(1000000) not null,
    constraint pk_sync_cursor primary key (id),
    constraint uq_sync_cursor_pair unique (link_id, item_kind, pair_scope),
    constraint fk_sync_cursor_link foreign key (link_id) references sync_link (id)
        on delete cascade,
    constraint ck_sync_cursor_window check (
        (window_start_utc is null and window_end_utc is null)
        or (window_start_utc is not null and window_end_utc > window_start_utc))
);

create sequence sync_conflict_seq start with 50 increment by 50;
create table sync_conflict (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    pair_scope varchar(64) not null,
    crm_id varchar(64) not null,
    exchange_id varchar(512) not null,
    title varchar(500) not null,
    crm_snapshot varchar(1000000) not null,
    exchange_snapshot varchar(1000000) not null,
    policy varchar(32) not null,
    outcome varchar(32) not null,
    result_snapshot varchar(1000000) not null,
    decided_at_utc timestamp not null,
    override_side varchar(32),
    overridden_at_utc timestamp,
    constraint pk_sync_conflict primary key (id),
    constraint fk_sync_conflict_link foreign key (link_id) references sync_link (id)
        on delete cascade
);
create index ix_sync_conflict_link on sync_conflict (link_id, decided_at_utc);
create index ix_sync_conflict_decided on sync_conflict (decided_at_utc);

create sequence sync_tombstone_seq start with 50 increment by 50;
create table sync_tombstone (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    pair_scope varchar(64) not null,
    crm_id varchar(64) not null,
    exchange_id varchar(512) not null,
    title varchar(500) not null,
    reason varchar(32) not null,
    removed_at_utc timestamp not null,
    constraint pk_sync_tombstone primary key (id),
    constraint fk_sync_tombstone_link foreign key (link_id) references sync_link (id)
        on delete cascade
);
create index ix_sync_tombstone_link on sync_tombstone (link_id, removed_at_utc);
create index ix_sync_tombstone_crm on sync_tombstone (link_id, item_kind, crm_id);

create sequence sync_alert_seq start with 50 increment by 50;
create table sync_alert (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    pair_scope varchar(64) not null,
    side varchar(32) not null,
    would_delete integer not null,
    mapped integer not null,
    message varchar(2000) not null,
    raised_at_utc timestamp not null,
    acknowledged_at_utc timestamp,
    constraint pk_sync_alert primary key (id),
    constraint fk_sync_alert_link foreign key (link_id) references sync_link (id)
        on delete cascade
);
create index ix_sync_alert_open on sync_alert (acknowledged_at_utc, raised_at_utc);
