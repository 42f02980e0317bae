package org.exsync.application.associate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.exsync.application.AdminRole;
import org.exsync.application.connection.CrmConnection;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.engine.port.CrmAssociate;
import org.exsync.engine.port.Outcome;

/**
 * Keeps Exsync's associates in step with SuperOffice's users. An associate SuperOffice no longer
 * lists is retired, never deleted: its invitations, grant and link stay explainable.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class AssociateDirectory {

  @Inject private CrmConnection crm;
  @Inject private AssociateRepository associates;

  /** Reads SuperOffice's users and takes them over in one transaction. */
  public Outcome<DirectoryReport> refresh() {
    return crm.gateway().then(gateway -> gateway.associates()).map(this::takeOver);
  }

  private DirectoryReport takeOver(List<CrmAssociate> users) {
    Map<Integer, Associate> known = new HashMap<>();
    associates.listAll().forEach(a -> known.put(a.getCrmId(), a));
    int added = 0;
    int updated = 0;
    List<String> unusable = new ArrayList<>();
    for (CrmAssociate user : users) {
      String email = usableEmail(user, unusable);
      Associate existing = known.remove(user.id());
      if (existing == null) {
        Associate fresh = new Associate(user.id(), user.name(), userName(user), email, user.type());
        if (user.retired()) {
          fresh.retire();
        }
        associates.add(fresh);
        added++;
      } else if (differs(existing, user, email)) {
        existing.refresh(user.name(), userName(user), email, user.type(), user.retired());
        updated++;
      }
    }
    int retired = 0;
    for (Associate gone : known.values()) {
      if (!gone.isRetired()) {
        gone.retire();
        retired++;
      }
    }
    return new DirectoryReport(added, updated, retired, unusable);
  }

  /** SuperOffice's address when it is one; otherwise none, and the associate is reported. */
  private static String usableEmail(CrmAssociate user, List<String> unusable) {
    String raw = user.email() == null ? "" : user.email().strip();
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return EmailAddresses.normalize(raw, "email");
    } catch (IllegalArgumentException e) {
      unusable.add(user.name() + " ('" + raw + "')");
      return null;
    }
  }

  /** SuperOffice resources and system users may have no login name; their id stands in. */
  private static String userName(CrmAssociate user) {
    return user.userName() == null || user.userName().isBlank()
        ? "associate-" + user.id()
        : user.userName();
  }

  private static boolean differs(Associate known, CrmAssociate user, String email) {
    return !known.getName().equals(user.name())
        || !known.getUserName().equals(userName(user))
        || !Objects.equals(known.getEmail().orElse(null), email)
        || known.getType() != user.type()
        || known.isRetired() != user.retired();
  }
}
