-- The history of each synced item: one row per decision a run took for it (written, deleted,
-- matched, an echo dropped, left alone outside the window, unlinked, a conflict and its outcome,
-- a booking edit rejected, a deletion held, throttled, failed), stored in the transaction of the
-- batch that took it. Rows older than 30 days are pruned as runs go on.
-- An item is known by its CRM id, its Exchange id or both: an item new on one side that was never
-- synced has only the id of that side.

create sequence sync_item_event_seq start with 50 increment by 50;
create table sync_item_event (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    pair_scope varchar(64) not null,
    crm_id varchar(64),
    exchange_id varchar(512),
    subject varchar(200) not null,
    event_kind varchar(32) not null,
    side varchar(32),
    detail varchar(2000) not null,
    occurred_at_utc timestamp not null,
    constraint pk_sync_item_event primary key (id),
    constraint fk_sync_item_event_link foreign key (link_id) references sync_link (id)
        on delete cascade,
    constraint ck_sync_item_event_id check (crm_id is not null or exchange_id is not null)
);
-- A link's history newest first, and its pruning by age.
create index ix_sync_item_event_link on sync_item_event (link_id, occurred_at_utc);
-- One item's history, by the id of either side.
create index ix_sync_item_event_crm on sync_item_event (link_id, crm_id);
create index ix_sync_item_event_exchange on sync_item_event (link_id, exchange_id);
