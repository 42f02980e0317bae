package org.exsync.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the consent tests deploy: the sandbox (simulated Microsoft sign-in and Exchange) and the
 * real EAR with {@link ConsentProbe}, through which a test that drives the application from outside
 * stands in for the admin pages.
 */
abstract class ConsentDeployments {

  final Probe probe = new Probe();

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    return Deployments.sandbox();
  }

  @Deployment(name = "exsync", order = 2, testable = false)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWithProbe(ConsentProbe.class);
  }
}
