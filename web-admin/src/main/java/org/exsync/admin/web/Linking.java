package org.exsync.admin.web;

import java.io.Serializable;
import org.exsync.application.link.ExternalUser;

/** The link form of the users page: the consented user being linked, to whom, and how. */
public class Linking implements Serializable {

  private static final long serialVersionUID = 1L;

  private ExternalUser user;
  private Long associateId;
  private final LinkForm form = new LinkForm();

  void open(ExternalUser user) {
    this.user = user;
    this.associateId = user.suggestedAssociateId().orElse(null);
  }

  void close() {
    user = null;
    associateId = null;
  }

  public boolean isOpen() {
    return user != null;
  }

  public ExternalUser getUser() {
    return user;
  }

  public Long getAssociateId() {
    return associateId;
  }

  public void setAssociateId(Long associateId) {
    this.associateId = associateId;
  }

  public LinkForm getForm() {
    return form;
  }
}
