/**
 * What tests and benchmarks steer a simulator with: injected faults, a latency model and counters
 * of what the simulator saw and did. Shared by all simulators; depends on the JDK only.
 */
package org.exsync.sandbox.control;
