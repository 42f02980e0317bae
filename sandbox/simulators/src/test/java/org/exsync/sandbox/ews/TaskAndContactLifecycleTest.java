package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.EmailAddressKey;
import microsoft.exchange.webservices.data.core.enumeration.property.Importance;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.enumeration.property.PhoneNumberKey;
import microsoft.exchange.webservices.data.core.enumeration.property.PhysicalAddressKey;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.FolderTraversal;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.TaskStatus;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.ContactsFolder;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.item.Task;
import microsoft.exchange.webservices.data.core.service.schema.FolderSchema;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.PhysicalAddressEntry;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.search.FindFoldersResults;
import microsoft.exchange.webservices.data.search.FolderView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.junit.jupiter.api.Test;

class TaskAndContactLifecycleTest extends SchemaCheckedTest {

  private static final ExtendedPropertyDefinition SELECTION_MARKER = marker();

  private final ExchangeService service = fixture.as(fixture.user(1));

  private static ExtendedPropertyDefinition marker() {
    try {
      return new ExtendedPropertyDefinition(
          UUID.fromString("2f3c7d8e-1a2b-4c5d-9e0f-123456789abc"),
          "ExsyncSelectionId",
          MapiPropertyType.String);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void task_roundTripsItsFields_updatesAndDeletes() throws Exception {
    Task task = new Task(service);
    task.setSubject("Send the offer");
    task.setBody(MessageBody.getMessageBodyFromText("To ACME"));
    task.setDueDate(Date.from(Instant.parse("2026-03-20T16:00:00Z")));
    task.setStartDate(Date.from(Instant.parse("2026-03-18T08:00:00Z")));
    task.setStatus(TaskStatus.InProgress);
    task.setPercentComplete(40.0);
    task.setImportance(Importance.High);
    task.save(WellKnownFolderName.Tasks);

    Task bound = Task.bind(service, task.getId());
    assertThat(bound.getSubject()).isEqualTo("Send the offer");
    assertThat(bound.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-20T16:00:00Z")));
    assertThat(bound.getStatus()).isEqualTo(TaskStatus.InProgress);
    assertThat(bound.getPercentComplete()).isEqualTo(40.0);
    assertThat(bound.getImportance()).isEqualTo(Importance.High);

    String changeKey = bound.getId().getChangeKey();
    bound.setStatus(TaskStatus.Completed);
    bound.setPercentComplete(100.0);
    bound.update(ConflictResolutionMode.AutoResolve);
    Task completed = Task.bind(service, task.getId());
    assertThat(completed.getStatus()).isEqualTo(TaskStatus.Completed);
    assertThat(completed.getIsComplete()).isTrue();
    assertThat(completed.getId().getChangeKey()).isNotEqualTo(changeKey);

    completed.delete(DeleteMode.HardDelete);
    assertThatThrownBy(() -> Task.bind(service, task.getId()))
        .isInstanceOf(ServiceResponseException.class)
        .satisfies(
            e ->
                assertThat(((ServiceResponseException) e).getErrorCode())
                    .isEqualTo(ServiceError.ErrorItemNotFound));
  }

  @Test
  void selectionFolder_isCreatedOnce_andFoundAgainByNameAndByMarker() throws Exception {
    ContactsFolder folder = new ContactsFolder(service);
    folder.setDisplayName("Selection: Key accounts");
    folder.setExtendedProperty(SELECTION_MARKER, "4711");
    folder.save(WellKnownFolderName.Contacts);

    FindFoldersResults byName =
        service.findFolders(
            WellKnownFolderName.Contacts,
            new SearchFilter.IsEqualTo(FolderSchema.DisplayName, "Selection: Key accounts"),
            new FolderView(10));
    FolderView withMarker = new FolderView(10);
    withMarker.setPropertySet(
        new PropertySet(BasePropertySet.IdOnly, FolderSchema.DisplayName, SELECTION_MARKER));
    withMarker.setTraversal(FolderTraversal.Deep);
    FindFoldersResults byMarker =
        service.findFolders(
            WellKnownFolderName.MsgFolderRoot,
            new SearchFilter.IsEqualTo(SELECTION_MARKER, "4711"),
            withMarker);

    assertThat(byName.getFolders()).extracting(Folder::getId).containsExactly(folder.getId());
    assertThat(byMarker.getFolders()).extracting(Folder::getId).containsExactly(folder.getId());
    assertThat(byMarker.getFolders().get(0).getDisplayName()).isEqualTo("Selection: Key accounts");
    ContactsFolder twin = new ContactsFolder(service);
    twin.setDisplayName("Selection: Key accounts");
    assertThatThrownBy(() -> twin.save(WellKnownFolderName.Contacts))
        .isInstanceOf(ServiceResponseException.class)
        .satisfies(
            e ->
                assertThat(((ServiceResponseException) e).getErrorCode())
                    .isEqualTo(ServiceError.ErrorFolderExists));
  }

  @Test
  void contact_inASelectionFolder_roundTripsAndUpdatesOneDictionaryEntry() throws Exception {
    ContactsFolder folder = new ContactsFolder(service);
    folder.setDisplayName("Selection: Partners");
    folder.save(WellKnownFolderName.Contacts);
    FolderId folderId = folder.getId();

    Contact contact = new Contact(service);
    contact.setGivenName("Åse");
    contact.setSurname("Nordmann");
    contact.setFileAs("Nordmann, Åse");
    contact.setCompanyName("Fjord AS");
    contact.setJobTitle("CFO");
    contact
        .getEmailAddresses()
        .setEmailAddress(EmailAddressKey.EmailAddress1, new EmailAddress("ase@fjord.example"));
    contact.getPhoneNumbers().setPhoneNumber(PhoneNumberKey.BusinessPhone, "+47 22 00 00 00");
    contact.getPhoneNumbers().setPhoneNumber(PhoneNumberKey.MobilePhone, "+47 900 00 000");
    PhysicalAddressEntry address = new PhysicalAddressEntry();
    address.setStreet("Karl Johans gate 1");
    address.setCity("Oslo");
    address.setPostalCode("0154");
    address.setCountryOrRegion("Norway");
    contact.getPhysicalAddresses().setPhysicalAddress(PhysicalAddressKey.Business, address);
    contact.save(folderId);

    Contact bound = Contact.bind(service, contact.getId());
    assertThat(bound.getGivenName()).isEqualTo("Åse");
    assertThat(bound.getSurname()).isEqualTo("Nordmann");
    assertThat(bound.getCompanyName()).isEqualTo("Fjord AS");
    assertThat(
            bound.getEmailAddresses().getEmailAddress(EmailAddressKey.EmailAddress1).getAddress())
        .isEqualTo("ase@fjord.example");
    assertThat(bound.getPhoneNumbers().getPhoneNumber(PhoneNumberKey.MobilePhone))
        .isEqualTo("+47 900 00 000");
    assertThat(
            bound.getPhysicalAddresses().getPhysicalAddress(PhysicalAddressKey.Business).getCity())
        .isEqualTo("Oslo");
    assertThat(bound.getParentFolderId()).isEqualTo(folderId);

    bound.getPhoneNumbers().setPhoneNumber(PhoneNumberKey.MobilePhone, "+47 911 11 111");
    bound.getPhysicalAddresses().getPhysicalAddress(PhysicalAddressKey.Business).setCity("Bergen");
    bound.update(ConflictResolutionMode.AutoResolve);
    Contact updated = Contact.bind(service, contact.getId());
    assertThat(updated.getPhoneNumbers().getPhoneNumber(PhoneNumberKey.MobilePhone))
        .isEqualTo("+47 911 11 111");
    assertThat(updated.getPhoneNumbers().getPhoneNumber(PhoneNumberKey.BusinessPhone))
        .isEqualTo("+47 22 00 00 00");
    assertThat(
            updated
                .getPhysicalAddresses()
                .getPhysicalAddress(PhysicalAddressKey.Business)
                .getCity())
        .isEqualTo("Bergen");
    assertThat(
            updated
                .getPhysicalAddresses()
                .getPhysicalAddress(PhysicalAddressKey.Business)
                .getStreet())
        .isEqualTo("Karl Johans gate 1");
  }
}
