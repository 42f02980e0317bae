-- A link's runs stay when the link is removed, so that an admin still sees what happened to a user
-- after unlinking: the run keeps the link's id (as sync_unlinking does), and the associate's name
-- and the mailbox it ran for, which the run history and the dashboard show without the link.
alter table sync_run drop constraint fk_sync_run_link;
alter table sync_run add column associate_name varchar(255);
alter table sync_run add column mailbox_smtp varchar(320);
update sync_run set
    associate_name = (select a.name from sync_link l join associate a on a.id = l.associate_id
                      where l.id = sync_run.link_id),
    mailbox_smtp = (select m.smtp_address from sync_link l join mailbox m on m.id = l.mailbox_id
                    where l.id = sync_run.link_id);
alter table sync_run alter column associate_name set not null;
alter table sync_run alter column mailbox_smtp set not null;
