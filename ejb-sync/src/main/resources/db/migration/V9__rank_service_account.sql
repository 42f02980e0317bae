-- Exsync schema, version 9: a rank's own Exchange service account. Portable to H2 2.2 and
-- PostgreSQL 15, like version 1.

-- A rank reaches its links' mailboxes through one on-premises style service account with the
-- ApplicationImpersonation role, so its runs spend that account's throttling budget. The account is
-- its user principal name; its password stays in the Payara password alias named here. A rank
-- without one leaves each link to its own access, as the Exchange connection says.
alter table sync_rank add column service_account_upn varchar(320);
alter table sync_rank add column service_account_password_alias varchar(100);
alter table sync_rank add constraint ck_sync_rank_service_account check (
    (service_account_upn is null and service_account_password_alias is null)
    or (service_account_upn is not null and service_account_password_alias is not null));

-- Version 1 let a rank name a grant for this; grants belong to one mailbox, nothing ever set the
-- column, and the account above replaces it.
alter table sync_rank drop constraint fk_sync_rank_service_account;
drop index ix_sync_rank_service_account;
alter table sync_rank drop column service_account_grant_id;
