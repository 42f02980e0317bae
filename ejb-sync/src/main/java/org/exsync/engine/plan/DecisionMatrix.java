package org.exsync.engine.plan;

/**
 * The one table from how each side changed to what the engine does; see the engine's README for it
 * as a table. An edit beats a deletion on the other side, so nothing a person changed is lost.
 */
public final class DecisionMatrix {

  private DecisionMatrix() {}

  public static Decision decide(ChangeKind crm, ChangeKind exchange) {
    return switch (crm) {
      case ADDED ->
          switch (exchange) {
            case ADDED -> Decision.MATCH;
            case CHANGED, DELETED -> Decision.INCONSISTENT;
            case UNCHANGED -> Decision.CREATE_IN_EXCHANGE;
          };
      case CHANGED ->
          switch (exchange) {
            case ADDED -> Decision.INCONSISTENT;
            case CHANGED -> Decision.RESOLVE_CONFLICT;
            case DELETED -> Decision.RECREATE_IN_EXCHANGE;
            case UNCHANGED -> Decision.UPDATE_EXCHANGE;
          };
      case DELETED ->
          switch (exchange) {
            case ADDED -> Decision.INCONSISTENT;
            case CHANGED -> Decision.RECREATE_IN_CRM;
            case DELETED -> Decision.FORGET;
            case UNCHANGED -> Decision.DELETE_IN_EXCHANGE;
          };
      case UNCHANGED ->
          switch (exchange) {
            case ADDED -> Decision.CREATE_IN_CRM;
            case CHANGED -> Decision.UPDATE_CRM;
            case DELETED -> Decision.DELETE_IN_CRM;
            case UNCHANGED -> Decision.NOTHING;
          };
    };
  }
}
