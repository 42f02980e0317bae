package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.contact;
import static org.exsync.engine.Items.withPhone;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.PostalAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Postal addresses a contact has in Outlook but SuperOffice does not keep on a person: they stay in
 * Outlook, and nothing is written again and again because SuperOffice reads back without them.
 */
class ContactAddressTest {

  private static final Map<ContactItem.AddressKind, PostalAddress> OFFICE =
      Map.of(
          ContactItem.AddressKind.BUSINESS,
          new PostalAddress("Storgata 19", "0184", "Oslo", "", "Norge"));

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.CONTACT);
    h.crm.storesAs(ContactAddressTest::withoutAddresses);
  }

  @Test
  void matchedContactWithAnAddressOnlyInOutlook_settlesInOneRun_andKeepsTheAddress() {
    String exchangeId =
        h.exchange.userCreates(
            ItemKind.CONTACT, withAddresses(contact("Kari", "Nordmann", "kari@acme.example")));
    // SuperOffice's is the later edit, so its version wins the match.
    h.clock.advance(Duration.ofMinutes(5));
    String crmId =
        h.crmCreates(withPhone(contact("Kari", "Nordmann", "kari@acme.example"), "+47 1"));

    h.runTwice();

    assertThat(h.exchangeIdOf(ItemKind.CONTACT, crmId)).isEqualTo(exchangeId);
    ContactItem inOutlook = (ContactItem) h.exchange.content(exchangeId).orElseThrow();
    assertThat(inOutlook.addresses()).isEqualTo(OFFICE);
    assertThat(inOutlook.phones()).containsEntry(ContactItem.PhoneKind.MOBILE, "+47 1");
  }

  @Test
  void changeMadeInSuperOffice_reachesOutlook_withoutErasingItsAddress() {
    String crmId = h.crmCreates(contact("Kari", "Nordmann", "kari@acme.example"));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.CONTACT, crmId);
    h.exchange.userUpdates(
        exchangeId, withAddresses(contact("Kari", "Nordmann", "kari@acme.example")));
    h.runTwice();

    h.crm.userUpdates(crmId, withPhone(contact("Kari", "Nordmann", "kari@acme.example"), "+47 2"));
    SyncReport report = h.runTwice();

    assertThat(report.counts(Side.EXCHANGE).updated()).isEqualTo(1);
    ContactItem inOutlook = (ContactItem) h.exchange.content(exchangeId).orElseThrow();
    assertThat(inOutlook.phones()).containsEntry(ContactItem.PhoneKind.MOBILE, "+47 2");
    assertThat(inOutlook.addresses()).isEqualTo(OFFICE);
  }

  private static ContactItem withAddresses(ContactItem c) {
    return new ContactItem(
        c.givenName(),
        c.middleName(),
        c.surname(),
        c.company(),
        c.jobTitle(),
        c.emails(),
        c.phones(),
        OFFICE);
  }

  /** SuperOffice keeps no postal address on a person. */
  private static CanonicalItem withoutAddresses(CanonicalItem item) {
    if (item instanceof ContactItem c) {
      return new ContactItem(
          c.givenName(),
          c.middleName(),
          c.surname(),
          c.company(),
          c.jobTitle(),
          c.emails(),
          c.phones(),
          Map.of());
    }
    return item;
  }
}
