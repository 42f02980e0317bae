-- Where each synced pair began (CRM, EXCHANGE, BOTH), so that unlinking with removal deletes from
-- the mailbox only the items Exsync copied there. Pairs synced before this are UNKNOWN and kept.
alter table item_mapping add column origin varchar(16) default 'UNKNOWN' not null;
-- How many items an unlinking with removal took out of the mailbox.
alter table sync_unlinking add column items_removed integer;
