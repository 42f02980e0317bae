package org.exsync.it;

import java.util.Map;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;

/**
 * What in-server tests need to know of the deployed sandbox's demo world, computed on the test
 * runner's side (the sandbox library is not part of the test module) and carried into the server by
 * {@link Deployments#exsyncWith(Map, Class[])}.
 */
final class SandboxDemo {

  private SandboxDemo() {}

  /** A demo user to sign in to SuperOffice with, an associate to write for, and what to expect. */
  static Map<String, String> superOfficeValues() {
    SandboxWorld demo = WorldGenerator.demo();
    SeedUser admin = demo.users().get(0);
    return Map.of(
        "it.so.user",
        admin.userName(),
        "it.so.password",
        admin.password(),
        "it.so.associate",
        String.valueOf(demo.users().get(1).associateId()),
        "it.so.email",
        demo.users().stream()
            .map(SeedUser::crmEmail)
            .filter(email -> email.contains("@"))
            .findFirst()
            .orElseThrow(),
        "it.so.users",
        String.valueOf(demo.users().size()),
        "it.so.zone",
        demo.crmBaseZone().getId());
  }

  /**
   * Every demo user as {@code associateId|full name|retired}, separated by newlines, and the user
   * whose SuperOffice address is not one.
   */
  static Map<String, String> directoryValues() {
    SandboxWorld demo = WorldGenerator.demo();
    SeedUser invalid = demo.users().get(13);
    return Map.of(
        "it.dir.users",
        demo.users().stream()
            .map(u -> u.associateId() + "|" + u.fullName() + "|" + u.retired())
            .collect(java.util.stream.Collectors.joining("\n")),
        "it.dir.invalid.id",
        String.valueOf(invalid.associateId()),
        "it.dir.invalid.name",
        invalid.fullName());
  }

  /** A demo user no other test links, whose diary and tasks the sync test keeps in step. */
  static Map<String, String> syncValues() {
    return syncValues(22);
  }

  /** The demo user of that index as {@link #syncValues()} gives it, for another test's own user. */
  static Map<String, String> syncValues(int index) {
    SeedUser user = WorldGenerator.demo().users().get(index);
    return Map.of(
        "it.sync.associate",
        String.valueOf(user.associateId()),
        "it.sync.name",
        user.fullName(),
        "it.sync.user",
        user.userName(),
        "it.sync.email",
        user.email(),
        "it.sync.service-account",
        org.exsync.sandbox.DemoTenant.SERVICE_ACCOUNT);
  }

  /**
   * Two demo users no other test links, for moving between ranks (it.rank.N.*), and the service
   * account a rank can reach their mailboxes through.
   */
  static Map<String, String> rankValues() {
    Map<String, String> values = new java.util.HashMap<>();
    for (int index : new int[] {20, 21}) {
      SeedUser user = WorldGenerator.demo().users().get(index);
      values.put("it.rank." + index + ".associate", String.valueOf(user.associateId()));
      values.put("it.rank." + index + ".name", user.fullName());
      values.put("it.rank." + index + ".user", user.userName());
      values.put("it.rank." + index + ".email", user.email());
    }
    values.put("it.rank.service-account", org.exsync.sandbox.DemoTenant.SERVICE_ACCOUNT);
    return values;
  }

  /**
   * A demo user for the conflict tests, as {@code it.conflict.*} values: each test class passes its
   * own index, so no two classes share a diary.
   */
  static Map<String, String> conflictValues(int index) {
    SeedUser user = WorldGenerator.demo().users().get(index);
    return Map.of(
        "it.conflict.associate",
        String.valueOf(user.associateId()),
        "it.conflict.name",
        user.fullName(),
        "it.conflict.user",
        user.userName(),
        "it.conflict.email",
        user.email(),
        "it.conflict.account",
        org.exsync.sandbox.DemoTenant.SERVICE_ACCOUNT);
  }

  /** The demo user whose synced items the item history test looks up. */
  static Map<String, String> historyValues() {
    SeedUser user = WorldGenerator.demo().users().get(16);
    return Map.of(
        "it.history.associate",
        String.valueOf(user.associateId()),
        "it.history.name",
        user.fullName(),
        "it.history.user",
        user.userName(),
        "it.history.email",
        user.email(),
        "it.history.service-account",
        org.exsync.sandbox.DemoTenant.SERVICE_ACCOUNT);
  }
}
