-- Exsync schema, version 1. Runs unchanged on H2 2.2 and PostgreSQL 15: portable types only.
-- Times are UTC and stored as timestamp without time zone; their columns end in _utc.
-- Sequences step by 50, the allocation size of the entities' sequence generators, and start at 50:
-- EclipseLink takes a value n as the block n-49..n, so ids begin at 1.

create sequence associate_seq start with 50 increment by 50;
create sequence mailbox_seq start with 50 increment by 50;
create sequence access_grant_seq start with 50 increment by 50;
create sequence invitation_seq start with 50 increment by 50;
create sequence sync_rank_seq start with 50 increment by 50;
create sequence sync_link_seq start with 50 increment by 50;
create sequence item_mapping_seq start with 50 increment by 50;
create sequence sync_cursor_seq start with 50 increment by 50;
create sequence sync_run_seq start with 50 increment by 50;

create table associate (
    id bigint not null,
    crm_id integer not null,
    name varchar(255) not null,
    user_name varchar(255) not null,
    email varchar(320),
    associate_type varchar(32) not null,
    retired boolean not null,
    constraint pk_associate primary key (id),
    constraint uq_associate_crm_id unique (crm_id),
    constraint ck_associate_crm_id check (crm_id > 0)
);
create index ix_associate_email on associate (email);

create table mailbox (
    id bigint not null,
    smtp_address varchar(320) not null,
    endpoint varchar(2048) not null,
    kind varchar(32) not null,
    tenant_id varchar(255),
    constraint pk_mailbox primary key (id),
    constraint uq_mailbox_smtp_address unique (smtp_address)
);

-- GRANT is reserved in SQL, hence access_grant.
create table access_grant (
    id bigint not null,
    mailbox_id bigint not null,
    kind varchar(32) not null,
    secret_ciphertext varchar(8000) not null,
    secret_key_id varchar(100) not null,
    scopes varchar(1024) not null,
    expires_at_utc timestamp,
    status varchar(32) not null,
    last_error varchar(2000),
    updated_at_utc timestamp not null,
    version bigint not null,
    constraint pk_access_grant primary key (id),
    constraint fk_access_grant_mailbox foreign key (mailbox_id) references mailbox (id)
);
create index ix_access_grant_mailbox on access_grant (mailbox_id);
create index ix_access_grant_status on access_grant (status);

create table invitation (
    id bigint not null,
    associate_id bigint not null,
    email varchar(320) not null,
    link_token varchar(128) not null,
    code varchar(16) not null,
    language varchar(16) not null,
    created_at_utc timestamp not null,
    sent_at_utc timestamp,
    expires_at_utc timestamp not null,
    accepted_at_utc timestamp,
    status varchar(32) not null,
    failure_reason varchar(2000),
    constraint pk_invitation primary key (id),
    constraint uq_invitation_link_token unique (link_token),
    constraint uq_invitation_code unique (code),
    constraint fk_invitation_associate foreign key (associate_id) references associate (id),
    constraint ck_invitation_expiry check (expires_at_utc > created_at_utc)
);
create index ix_invitation_associate on invitation (associate_id);
create index ix_invitation_status_expiry on invitation (status, expires_at_utc);

create table sync_rank (
    id bigint not null,
    name varchar(100) not null,
    rank_position integer not null,
    interval_seconds integer not null,
    capacity_share_percent integer not null,
    service_account_grant_id bigint,
    constraint pk_sync_rank primary key (id),
    constraint uq_sync_rank_name unique (name),
    constraint uq_sync_rank_position unique (rank_position),
    constraint fk_sync_rank_service_account foreign key (service_account_grant_id)
        references access_grant (id),
    constraint ck_sync_rank_position check (rank_position >= 0),
    constraint ck_sync_rank_interval check (interval_seconds > 0),
    constraint ck_sync_rank_capacity check (capacity_share_percent between 1 and 100)
);
create index ix_sync_rank_service_account on sync_rank (service_account_grant_id);

create table sync_link (
    id bigint not null,
    associate_id bigint not null,
    mailbox_id bigint not null,
    sync_diary boolean not null,
    sync_task boolean not null,
    sync_contact boolean not null,
    rank_id bigint not null,
    enabled boolean not null,
    state varchar(32) not null,
    last_run_at_utc timestamp,
    next_run_at_utc timestamp not null,
    last_error varchar(2000),
    sync_window_past_days integer not null,
    sync_window_future_days integer not null,
    conflict_policy varchar(32) not null,
    lease_owner varchar(128),
    lease_until_utc timestamp,
    version bigint not null,
    constraint pk_sync_link primary key (id),
    constraint uq_sync_link_associate unique (associate_id),
    constraint fk_sync_link_associate foreign key (associate_id) references associate (id),
    constraint fk_sync_link_mailbox foreign key (mailbox_id) references mailbox (id),
    constraint fk_sync_link_rank foreign key (rank_id) references sync_rank (id),
    constraint ck_sync_link_item_kinds check (sync_diary or sync_task or sync_contact),
    constraint ck_sync_link_window check (sync_window_past_days >= 0 and sync_window_future_days >= 0)
);
create index ix_sync_link_mailbox on sync_link (mailbox_id);
-- The scheduler's question: which links of a rank are due now?
create index ix_sync_link_due on sync_link (rank_id, enabled, next_run_at_utc);

create table item_mapping (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    crm_id integer not null,
    crm_version varchar(64) not null,
    exchange_id varchar(512) not null,
    exchange_change_key varchar(512) not null,
    content_hash varchar(128) not null,
    last_synced_at_utc timestamp not null,
    state varchar(32) not null,
    constraint pk_item_mapping primary key (id),
    constraint uq_item_mapping_crm unique (link_id, item_kind, crm_id),
    constraint uq_item_mapping_exchange unique (link_id, item_kind, exchange_id),
    constraint fk_item_mapping_link foreign key (link_id) references sync_link (id)
        on delete cascade
);
create index ix_item_mapping_state on item_mapping (link_id, item_kind, state);

create table sync_cursor (
    id bigint not null,
    link_id bigint not null,
    item_kind varchar(32) not null,
    exchange_sync_state varchar(65535),
    crm_watermark_utc timestamp,
    constraint pk_sync_cursor primary key (id),
    constraint uq_sync_cursor_link_kind unique (link_id, item_kind),
    constraint fk_sync_cursor_link foreign key (link_id) references sync_link (id)
        on delete cascade
);

create table sync_run (
    id bigint not null,
    link_id bigint not null,
    run_trigger varchar(32) not null,
    started_at_utc timestamp not null,
    finished_at_utc timestamp,
    outcome varchar(32) not null,
    crm_created integer not null,
    crm_updated integer not null,
    crm_deleted integer not null,
    exchange_created integer not null,
    exchange_updated integer not null,
    exchange_deleted integer not null,
    conflicts integer not null,
    errors integer not null,
    message varchar(4000),
    constraint pk_sync_run primary key (id),
    constraint fk_sync_run_link foreign key (link_id) references sync_link (id)
        on delete cascade,
    constraint ck_sync_run_finish check (finished_at_utc is null or finished_at_utc >= started_at_utc)
);
create index ix_sync_run_link_started on sync_run (link_id, started_at_utc);
create index ix_sync_run_started on sync_run (started_at_utc);
create index ix_sync_run_outcome_started on sync_run (outcome, started_at_utc);
