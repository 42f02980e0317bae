package org.exsync.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The console's pages in the order the navigation lists them. */
@Named
@ApplicationScoped
public class Navigation {

  /** A page in the navigation. */
  public record Item(String label, String outcome) {

    public String viewId() {
      return outcome + ".xhtml";
    }
  }

  private static final List<Item> ITEMS =
      List.of(
          new Item("Dashboard", "/index"),
          new Item("Users & sync", "/users"),
          new Item("Conflicts", "/conflicts"),
          new Item("Item history", "/item-history"),
          new Item("Invitations", "/invitations"),
          new Item("Connections", "/connections"),
          new Item("Ranks", "/ranks"),
          new Item("Notifications", "/notifications"));

  public List<Item> getItems() {
    return ITEMS;
  }
}
