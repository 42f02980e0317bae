package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exsync.application.associate.AssociateDirectory;
import org.exsync.application.associate.DirectoryReport;
import org.exsync.application.invitation.InvitationService;
import org.exsync.application.invitation.InviteReport;
import org.exsync.application.invitation.InviteState;
import org.exsync.application.invitation.InviteeList;
import org.exsync.application.invitation.InviteeRow;
import org.exsync.application.invitation.MailPreview;
import org.exsync.application.invitation.PurgeReport;
import org.exsync.application.invitation.RegistrationCodes;
import org.exsync.application.invitation.RegistrationPurge;
import org.exsync.domain.invitation.InvitationPurpose;
import org.exsync.engine.port.Outcome;

/**
 * The Token Authentication Manager: every associate with the e-mail SuperOffice holds and the state
 * of its invitation; refresh from SuperOffice, invite the selected users, preview the mail, show a
 * code, delete registrations.
 */
@Named
@ViewScoped
public class InvitationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InviteeList invitees;
  @EJB private AssociateDirectory directory;
  @EJB private InvitationService invitations;
  @EJB private RegistrationPurge purge;

  private List<InviteeRow> rows = List.of();
  private List<InviteeRow> selected = new ArrayList<>();
  private String search = "";
  private InviteState stateFilter;
  private final InviteForm form = new InviteForm();
  private MailPreview preview;
  private RegistrationCodes codes;
  private String codesFor;
  private List<String> report = List.of();

  public void load() {
    rows = invitees.list();
  }

  public void refreshFromSuperOffice() {
    Outcome<DirectoryReport> refreshed = directory.refresh();
    if (!refreshed.isDone()) {
      var failure = refreshed.failure().orElseThrow();
      Feedback.error(
          "SuperOffice could not be read.",
          failure.reason() + (failure.fix() == null ? "" : " " + failure.fix()));
      return;
    }
    DirectoryReport done = refreshed.value();
    Feedback.info(
        "Associates refreshed from SuperOffice.",
        done.added() + " added, " + done.updated() + " updated, " + done.retired() + " retired.");
    report =
        done.unusableEmails().stream()
            .map(name -> name + ": the e-mail address in SuperOffice is not usable")
            .toList();
    if (!report.isEmpty()) {
      Feedback.warn(
          report.size() + " associates have an e-mail address that cannot be used.",
          String.join("; ", done.unusableEmails()) + ". Correct them in SuperOffice.");
    }
    load();
  }

  public void showPreview() {
    if (selected.isEmpty()) {
      Feedback.warn(
          "Select a user first.", "The preview shows the mail the first selected user gets.");
      return;
    }
    try {
      preview =
          invitations.preview(
              selected.get(0).associateId(),
              form.request(ids(), true),
              InvitationPurpose.INVITATION);
    } catch (RuntimeException e) {
      Feedback.failure("The preview", e);
    }
  }

  public void sendInvites() {
    invite(true);
  }

  /** Invites without mail, so the admin hands out the code; shows the first user's code. */
  public void inviteWithoutMail() {
    InviteReport done = invite(false);
    if (done != null && !done.invited().isEmpty()) {
      showCodes(done.invited().get(0).invitationId(), done.invited().get(0).name());
    }
  }

  private InviteReport invite(boolean mail) {
    if (selected.isEmpty()) {
      Feedback.warn("Select the users to invite first.", "Tick them in the table.");
      return null;
    }
    try {
      InviteReport done = invitations.invite(form.request(ids(), mail));
      report =
          done.skipped().stream()
              .map(skip -> skip.name() + " was not invited: " + skip.reason())
              .toList();
      Feedback.info(
          done.invited().size()
              + (mail ? " invitations queued for mailing." : " invitations made."),
          done.skipped().isEmpty()
              ? ""
              : done.skipped().size() + " users were skipped; see the report.");
      selected = new ArrayList<>();
      load();
      return done;
    } catch (RuntimeException e) {
      Feedback.failure("Inviting", e);
      return null;
    }
  }

  public void showCodes(InviteeRow row) {
    row.invitationId().ifPresent(id -> showCodes(id, row.name()));
  }

  private void showCodes(long invitationId, String name) {
    try {
      codes = invitations.codes(invitationId);
      codesFor = name;
    } catch (RuntimeException e) {
      Feedback.failure("Showing the code", e);
    }
  }

  public void deleteRegistration() {
    if (selected.isEmpty()) {
      Feedback.warn("Select the users first.", "Tick them in the table.");
      return;
    }
    try {
      PurgeReport done = purge.deleteRegistration(ids());
      List<String> lines = new ArrayList<>();
      lines.add(done.invitationsRemoved() + " invitations removed.");
      done.grantsRemoved().forEach(m -> lines.add("Consent of " + m + " removed."));
      done.grantsKept().forEach(m -> lines.add("Consent of " + m + " kept: a sync link uses it."));
      report = lines;
      Feedback.info("Registration deleted.", String.join(" ", lines));
      selected = new ArrayList<>();
      load();
    } catch (RuntimeException e) {
      Feedback.failure("Deleting the registration", e);
    }
  }

  private List<Long> ids() {
    return selected.stream().map(InviteeRow::associateId).toList();
  }

  /** The rows that pass the search and the state filter. */
  public List<InviteeRow> getVisibleRows() {
    String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    return rows.stream()
        .filter(r -> stateFilter == null || r.state() == stateFilter)
        .filter(
            r ->
                needle.isEmpty()
                    || r.name().toLowerCase(Locale.ROOT).contains(needle)
                    || r.email().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  public InviteState[] getStates() {
    return InviteState.values();
  }

  public List<InviteeRow> getSelected() {
    return selected;
  }

  public void setSelected(List<InviteeRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public InviteState getStateFilter() {
    return stateFilter;
  }

  public void setStateFilter(InviteState stateFilter) {
    this.stateFilter = stateFilter;
  }

  public InviteForm getForm() {
    return form;
  }

  public MailPreview getPreview() {
    return preview;
  }

  public RegistrationCodes getCodes() {
    return codes;
  }

  public String getCodesFor() {
    return codesFor;
  }

  public List<String> getReport() {
    return report;
  }

  public int getCount() {
    return rows.size();
  }
}
