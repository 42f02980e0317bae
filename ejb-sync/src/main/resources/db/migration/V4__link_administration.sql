-- Exsync schema, version 4: what the admin's link administration records.
-- Portable to H2 2.2 and PostgreSQL 15, like the versions before.

-- The SuperOffice selections whose member persons a link keeps as contacts in the mailbox.
create table sync_link_selection (
    link_id bigint not null,
    selection_id integer not null,
    constraint pk_sync_link_selection primary key (link_id, selection_id),
    constraint fk_sync_link_selection_link foreign key (link_id) references sync_link (id) on delete cascade
);

-- Every unlinking an admin asked for, with the choice about the items synced so far: kept on both
-- sides, or removed from the mailbox. A link whose items are to be removed stays, disabled, until
-- the sync engine has removed them; then the engine deletes the link and stamps the record.
create sequence sync_unlinking_seq start with 50 increment by 50;
create table sync_unlinking (
    id bigint not null,
    link_id bigint not null,
    associate_crm_id integer not null,
    associate_name varchar(255) not null,
    mailbox_smtp varchar(320) not null,
    synced_items varchar(16) not null,
    requested_at_utc timestamp not null,
    requested_by varchar(255) not null,
    items_removed_at_utc timestamp,
    constraint pk_sync_unlinking primary key (id),
    constraint ck_sync_unlinking_items check (synced_items in ('KEEP', 'REMOVE'))
);
create index ix_sync_unlinking_link on sync_unlinking (link_id);
