-- Exsync schema, version 2: what consent, invitations, the token store and notifications need.
-- Portable to H2 2.2 and PostgreSQL 15, like version 1.

-- The account a user signed in with when consenting, and when notifications about the grant last
-- went out (so that a broken grant mails the user and the admin at most once a period).
alter table access_grant add column account_tenant_id varchar(64);
alter table access_grant add column account_object_id varchar(64);
alter table access_grant add column account_upn varchar(320);
alter table access_grant add column reauth_mailed_at_utc timestamp;
alter table access_grant add column admin_alerted_at_utc timestamp;
alter table access_grant add column admin_alert_state varchar(32);

-- Why the invitation exists, who sent it with which words, the mail queue (attempts and the next
-- try), the attempts to type its code (with the lockout), when it was opened, and the account that
-- accepted it.
alter table invitation add column purpose varchar(32) default 'INVITATION' not null;
alter table invitation add column sender_name varchar(255);
alter table invitation add column message_text varchar(4000);
alter table invitation add column send_attempts integer default 0 not null;
alter table invitation add column next_send_at_utc timestamp;
alter table invitation add column failed_code_attempts integer default 0 not null;
alter table invitation add column locked_until_utc timestamp;
alter table invitation add column opened_at_utc timestamp;
alter table invitation add column accepted_upn varchar(320);
create index ix_invitation_next_send on invitation (next_send_at_utc);
create index ix_invitation_email on invitation (email);

-- Settings the administrator edits (the Entra app registration, the public registration URL,
-- notification settings, mail templates). Deployment settings stay in MicroProfile Config.
create table app_setting (
    name varchar(100) not null,
    setting_value varchar(8000) not null,
    updated_at_utc timestamp not null,
    constraint pk_app_setting primary key (name)
);
