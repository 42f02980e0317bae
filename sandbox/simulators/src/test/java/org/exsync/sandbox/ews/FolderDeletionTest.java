package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.FolderTraversal;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.ContactsFolder;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.search.FolderView;
import org.junit.jupiter.api.Test;

/** DeleteFolder through ews-java-api, and its required DeleteType on the wire. */
class FolderDeletionTest extends SchemaCheckedTest {

  private final ExchangeService service = fixture.as(fixture.user(1));

  @Test
  void aFolder_goesWithItsSubfoldersAndItems_andIsNotFoundAfterwards() throws Exception {
    ContactsFolder fair = new ContactsFolder(service);
    fair.setDisplayName("Selection: Fair 2026");
    fair.save(WellKnownFolderName.Contacts);
    ContactsFolder below = new ContactsFolder(service);
    below.setDisplayName("Day two");
    below.save(fair.getId());
    Contact contact = new Contact(service);
    contact.setGivenName("Ola");
    contact.setSurname("Nordmann");
    contact.save(fair.getId());
    ContactsFolder other = new ContactsFolder(service);
    other.setDisplayName("Family");
    other.save(WellKnownFolderName.Contacts);

    fair.delete(DeleteMode.MoveToDeletedItems);

    assertError(() -> Folder.bind(service, fair.getId()), ServiceError.ErrorFolderNotFound);
    assertError(() -> Folder.bind(service, below.getId()), ServiceError.ErrorFolderNotFound);
    assertError(() -> Contact.bind(service, contact.getId()), ServiceError.ErrorItemNotFound);
    FolderView deep = new FolderView(50);
    deep.setTraversal(FolderTraversal.Deep);
    assertThat(service.findFolders(WellKnownFolderName.Contacts, deep).getFolders())
        .extracting(Folder::getDisplayName)
        .containsExactly("Family");
    assertError(() -> fair.delete(DeleteMode.HardDelete), ServiceError.ErrorFolderNotFound);
  }

  @Test
  void aDistinguishedFolder_cannotBeDeleted() throws Exception {
    Folder contacts = Folder.bind(service, WellKnownFolderName.Contacts);

    assertError(
        () -> contacts.delete(DeleteMode.HardDelete), ServiceError.ErrorDeleteDistinguishedFolder);
    assertThat(Folder.bind(service, WellKnownFolderName.Contacts).getDisplayName())
        .isEqualTo("Contacts");
  }

  @Test
  void deleteFolderWithoutDeleteType_failsSchemaValidation() throws Exception {
    String bearer = "Bearer " + TestTokens.delegated(fixture.user(1).email());

    HttpResponse<String> response =
        RawEws.soap(
            fixture.url(),
            bearer,
            "<m:DeleteFolder><m:FolderIds><t:DistinguishedFolderId Id=\"contacts\"/>"
                + "</m:FolderIds></m:DeleteFolder>");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("ErrorSchemaValidation").contains("DeleteType");
    fixture.simulator.counters().reset();
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void assertError(Call call, ServiceError expected) {
    assertThatThrownBy(call::run)
        .isInstanceOf(ServiceResponseException.class)
        .satisfies(
            e -> assertThat(((ServiceResponseException) e).getErrorCode()).isEqualTo(expected));
  }
}
