/**
 * Servlet filters shared by the admin and consent web modules: listener separation and security
 * headers.
 */
package org.exsync.infrastructure.web;
