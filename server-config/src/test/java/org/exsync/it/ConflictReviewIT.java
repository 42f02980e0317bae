package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.exsync.application.conflict.ConflictDetail;
import org.exsync.application.conflict.ConflictReview;
import org.exsync.application.conflict.ConflictRow;
import org.exsync.application.conflict.FieldRow;
import org.exsync.application.conflict.OverrideRefusal;
import org.exsync.application.link.ConcurrentEditException;
import org.exsync.application.settings.ExchangeConnectionSettings;
import org.exsync.domain.mapping.OverrideState;
import org.exsync.domain.run.Side;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real conflict of a demo user's appointment, made against the deployed sandbox and overridden
 * through the conflict review: the next run writes SuperOffice's version to the mailbox, a second
 * override naming the old version is refused as another admin's, and an item changed again since
 * its conflict keeps its newer change.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictReviewIT {

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    return Deployments.sandbox();
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWith(
        SandboxDemo.conflictValues(18),
        ConflictReviewIT.class,
        ConflictScenario.class,
        ConflictScenario.User.class,
        ConflictScenario.Made.class,
        Transactions.class,
        TestData.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction transaction;

  @Inject private ConflictReview review;

  private ConflictScenario scenario() {
    return new ConflictScenario(
        new ConflictScenario.User(
            Integer.parseInt(TargetDomain.value("it.conflict.associate", "")),
            TargetDomain.value("it.conflict.name", ""),
            TargetDomain.value("it.conflict.user", ""),
            TargetDomain.value("it.conflict.email", ""),
            TargetDomain.value("it.conflict.account", "")),
        transaction);
  }

  @Test
  @OperateOnDeployment("exsync")
  void takingSuperOfficesVersion_reachesTheMailboxOnTheNextRun() throws Exception {
    ConflictScenario scenario = scenario();
    ExchangeConnectionSettings seeded = scenario.useServiceAccount();
    try {
      long linkId = scenario.link();
      ConflictScenario.Made made = scenario.conflict(linkId, TestData.unique());
      ConflictRow conflict = made.conflict();
      assertThat(conflict.outcome()).isEqualTo("EXCHANGE_KEPT");
      assertThat(scenario.subjectInSuperOffice(made.crmId())).isEqualTo(made.exchangeSubject());
      ConflictDetail detail = review.detail(conflict.id()).orElseThrow();
      FieldRow subject =
          detail.fields().stream()
              .filter(f -> f.field().equals("Subject"))
              .findFirst()
              .orElseThrow();
      assertThat(subject.differs()).isTrue();
      assertThat(subject.crm()).isEqualTo(made.crmSubject());
      assertThat(subject.exchange()).isEqualTo(made.exchangeSubject());
      assertThat(subject.kept()).isEqualTo(made.exchangeSubject());

      ConflictRow requested = review.override(conflict.id(), Side.CRM, conflict.version(), "it");
      assertThat(requested.overrideState()).isEqualTo(OverrideState.REQUESTED);
      ConflictRow settled = scenario.awaitSettled(conflict.id());

      assertThat(settled.overrideState())
          .as(settled.overrideNote())
          .isEqualTo(OverrideState.APPLIED);
      assertThat(settled.overriddenBy()).isEqualTo("it");
      assertThat(scenario.subjectInExchange(made.exchangeId())).isEqualTo(made.crmSubject());
      assertThat(scenario.subjectInSuperOffice(made.crmId())).isEqualTo(made.crmSubject());
      assertThatThrownBy(
              () -> review.override(conflict.id(), Side.EXCHANGE, conflict.version(), "other"))
          .isInstanceOf(ConcurrentEditException.class)
          .hasMessageContaining("Another admin overrode");

      scenario.syncAndWait(linkId);
      assertThat(scenario.awaitConflict(linkId, r -> r.title().equals(made.crmSubject())))
          .as("the override is not read back as a new conflict")
          .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(conflict.id()));
      assertThat(scenario.subjectInExchange(made.exchangeId())).isEqualTo(made.crmSubject());
    } finally {
      scenario.restore(seeded);
    }
  }

  @Test
  @OperateOnDeployment("exsync")
  void anItemChangedAgainSinceItsConflict_keepsTheNewerChange() throws Exception {
    ConflictScenario scenario = scenario();
    ExchangeConnectionSettings seeded = scenario.useServiceAccount();
    try {
      long linkId = scenario.link();
      ConflictScenario.Made made = scenario.conflict(linkId, TestData.unique());
      String newer = "Changed again " + TestData.unique();
      scenario.renameInExchange(made.exchangeId(), newer);
      scenario.syncAndWait(linkId);

      long version = made.conflict().version();
      assertThatThrownBy(() -> review.override(made.conflict().id(), Side.CRM, version, "it"))
          .isInstanceOf(OverrideRefusal.class)
          .hasMessageContaining("changed again after the conflict");

      assertThat(review.detail(made.conflict().id()).orElseThrow().row().overridden()).isFalse();
      assertThat(scenario.subjectInSuperOffice(made.crmId())).isEqualTo(newer);
      assertThat(scenario.subjectInExchange(made.exchangeId())).isEqualTo(newer);
    } finally {
      scenario.restore(seeded);
    }
  }
}
