package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attacks on the public registration pages of the deployed EAR, each from a loopback address of its
 * own so that the per-address limits of one test do not touch another.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentSecurityIT extends ConsentDeployments {

  private static final SandboxWorld DEMO = WorldGenerator.demo();

  @Test
  void bruteForcedCode_locksTheInvitation_soEvenTheRightCodeIsRefusedThen() {
    Map<String, String> invitation = invite(DEMO.users().get(10));
    RegistrationFlow attacker = new RegistrationFlow("127.0.0.2");
    for (int i = 0; i < 5; i++) {
      LoopbackClient.Response refused =
          attacker.typeCode(invitation.get("email"), "ABCDEFGH" + (22 + i));
      assertThat(refused.body()).contains("do not match an open invitation");
    }

    LoopbackClient.Response right =
        attacker.typeCode(invitation.get("email"), invitation.get("code"));
    LoopbackClient.Response fromElsewhere =
        new RegistrationFlow("127.0.0.7").typeCode(invitation.get("email"), invitation.get("code"));

    assertThat(right.status()).isEqualTo(200);
    assertThat(right.body()).contains("do not match an open invitation");
    assertThat(fromElsewhere.body()).contains("do not match an open invitation");
    assertThat(probe.call("invitation", "id", invitation.get("id")))
        .containsEntry("locked", "true");
  }

  @Test
  void manyFailuresFromOneAddress_lockThatAddressOut_butNoOtherAddress() {
    Map<String, String> invitation = invite(DEMO.users().get(11));
    RegistrationFlow attacker = new RegistrationFlow("127.0.0.3");
    for (int i = 0; i < 10; i++) {
      String guessed = RegistrationFlow.page("register.xhtml?t=" + "x".repeat(40) + i).toString();
      assertThat(RegistrationFlow.pageId(attacker.openLink(guessed))).isEqualTo("result-not-found");
    }

    String lockedOut = RegistrationFlow.pageId(attacker.openLink(invitation.get("link")));
    LoopbackClient.Response owner =
        new RegistrationFlow("127.0.0.4").openLink(invitation.get("link"));

    assertThat(lockedOut).isEqualTo("result-too-many-attempts");
    assertThat(owner.body()).contains("id=\"sign-in\"");
  }

  @Test
  void tamperedState_isRefused_andNothingIsStored() {
    SeedUser user = DEMO.users().get(12);
    Map<String, String> invitation = invite(user);
    RegistrationFlow flow = new RegistrationFlow("127.0.0.5");
    flow.openLink(invitation.get("link"));
    Map<String, String> answer = RegistrationFlow.signInAtMicrosoft(flow.startSignIn(), user);
    answer.put("state", answer.get("state") + "A");

    assertThat(flow.answerCallback(answer)).isEqualTo("result-failed");
    assertThat(probe.call("grant", "upn", user.email())).containsEntry("count", "0");
    assertThat(probe.call("invitation", "id", invitation.get("id")))
        .containsEntry("status", "OPENED");
  }

  @Test
  void replayedCallback_andReplayedCode_areRefused() {
    SeedUser user = DEMO.users().get(13);
    RegistrationFlow flow = new RegistrationFlow("127.0.0.6");
    flow.openLink(invite(user).get("link"));
    Map<String, String> answer = RegistrationFlow.signInAtMicrosoft(flow.startSignIn(), user);
    assertThat(flow.answerCallback(answer)).isEqualTo("result-complete");

    String replayedCallback = flow.answerCallback(answer);
    RegistrationFlow again = new RegistrationFlow("127.0.0.6");
    again.openLink(invite(user).get("link"));
    Map<String, String> oldCodeNewState = new HashMap<>(answer);
    oldCodeNewState.put("state", stateOf(again));

    assertThat(replayedCallback).isEqualTo("result-session-expired");
    assertThat(again.answerCallback(oldCodeNewState)).isEqualTo("result-failed");
  }

  @Test
  void codeFromAnotherSession_withoutItsPkceVerifier_isRefused() {
    SeedUser victim = DEMO.users().get(14);
    RegistrationFlow victimFlow = new RegistrationFlow("127.0.0.8");
    victimFlow.openLink(invite(victim).get("link"));
    Map<String, String> stolen =
        RegistrationFlow.signInAtMicrosoft(victimFlow.startSignIn(), victim);
    RegistrationFlow attacker = new RegistrationFlow("127.0.0.9");
    attacker.openLink(invite(DEMO.users().get(15)).get("link"));
    String attackersAuthorize = attacker.startSignIn();
    stolen.put("state", queryValue(attackersAuthorize, "state"));

    assertThat(attackersAuthorize)
        .contains("code_challenge_method=S256")
        .doesNotContain("code_verifier");
    assertThat(attacker.answerCallback(stolen)).isEqualTo("result-failed");
    assertThat(probe.call("grant", "upn", victim.email())).containsEntry("count", "0");
  }

  @Test
  void unknownLink_showsOneGenericPage_thatTellsNothingAboutOthers() {
    RegistrationFlow flow = new RegistrationFlow("127.0.0.10");
    LoopbackClient.Response page =
        flow.openLink(RegistrationFlow.page("register.xhtml?t=" + "y".repeat(43)).toString());

    assertThat(RegistrationFlow.pageId(page)).isEqualTo("result-not-found");
    assertThat(page.body())
        .doesNotContain("@")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  @Test
  void sessionId_changesWhenAnInvitationIsBound_andTheOldOneIsWorthNothing() {
    Map<String, String> invitation = invite(DEMO.users().get(16));
    RegistrationFlow flow = new RegistrationFlow("127.0.0.11");
    flow.client.get(RegistrationFlow.page("code.xhtml"));
    String planted = flow.client.cookie("JSESSIONID");

    LoopbackClient.Response bound = flow.typeCode(invitation.get("email"), invitation.get("code"));
    LoopbackClient.Response plantedStart =
        plantedSession(planted).get(RegistrationFlow.page("start.xhtml"));

    assertThat(bound.status()).isEqualTo(302);
    assertThat(flow.client.cookie("JSESSIONID")).isNotEqualTo(planted);
    assertThat(plantedStart.status()).isEqualTo(302);
    assertThat(plantedStart.header("location")).endsWith("/consent/result.xhtml");
  }

  @Test
  void pages_forbidCachingAndFraming() {
    LoopbackClient.Response page =
        new LoopbackClient("127.0.0.12").get(RegistrationFlow.page("code.xhtml"));

    assertThat(page.header("cache-control")).isEqualTo("no-store");
    assertThat(page.headers().get("content-security-policy"))
        .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"))
        .anySatisfy(policy -> assertThat(policy).contains("default-src 'none'"));
    assertThat(page.header("x-frame-options")).isEqualTo("DENY");
    assertThat(page.header("referrer-policy")).isEqualTo("no-referrer");
    assertThat(page.header("x-powered-by")).isNull();
  }

  @Test
  void adminAndServerPaths_doNotExistOnThePublicListener() {
    LoopbackClient client = new LoopbackClient("127.0.0.13");
    for (String path :
        new String[] {
          "/admin/",
          "/admin/index.xhtml",
          "/admin/login.xhtml",
          "/health",
          "/health/ready",
          "/consent/WEB-INF/web.xml",
          "/consent/META-INF/MANIFEST.MF"
        }) {
      assertThat(client.get(TargetDomain.publicListener(path)).status()).as(path).isEqualTo(404);
    }
    assertThat(client.send("PUT", RegistrationFlow.page("callback"), "").status()).isIn(403, 405);
    assertThat(client.send("TRACE", RegistrationFlow.page("code.xhtml"), null).status())
        .isIn(403, 405);
  }

  private Map<String, String> invite(SeedUser user) {
    String associate = probe.associate(user.fullName(), user.email());
    String id =
        probe
            .call("invite", "associateId", associate, "language", "en", "mail", "false")
            .get("invitationId");
    Map<String, String> codes = new HashMap<>(probe.call("codes", "id", id));
    codes.put("id", id);
    codes.put("email", user.email());
    return codes;
  }

  /** Starts another sign-in in the flow's session; the state it got. */
  private static String stateOf(RegistrationFlow flow) {
    return queryValue(flow.startSignIn(), "state");
  }

  private static String queryValue(String url, String name) {
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(
            pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No " + name + " in " + url);
  }

  private static LoopbackClient plantedSession(String sessionId) {
    LoopbackClient client = new LoopbackClient("127.0.0.14");
    client.plant("JSESSIONID", sessionId);
    return client;
  }
}
