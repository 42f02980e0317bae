/**
 * Endpoints other systems call without an admin's login: the SuperOffice webhook. They verify what
 * they receive themselves and hand it to the application's services.
 */
package org.exsync.admin.hooks;
