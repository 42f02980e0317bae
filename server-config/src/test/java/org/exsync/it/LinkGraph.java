package org.exsync.it;

import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;

/** A new link with the associate, mailbox and rank it needs. */
record LinkGraph(Rank rank, Associate associate, Mailbox mailbox, SyncLink link) {

  static LinkGraph create() {
    Rank rank = TestData.rank();
    Associate associate = TestData.associate();
    Mailbox mailbox = TestData.mailbox();
    return new LinkGraph(rank, associate, mailbox, TestData.link(associate, mailbox, rank));
  }

  LinkGraph withLink(SyncLink otherLink) {
    return new LinkGraph(rank, associate, mailbox, otherLink);
  }

  Void addTo(
      RankRepository ranks,
      AssociateRepository associates,
      MailboxRepository mailboxes,
      SyncLinkRepository links) {
    ranks.add(rank);
    associates.add(associate);
    mailboxes.add(mailbox);
    links.add(link);
    return null;
  }
}
