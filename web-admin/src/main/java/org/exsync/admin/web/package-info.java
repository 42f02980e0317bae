/**
 * Backing beans of the admin pages, one per page and named after it. They call the application
 * services of ejb-sync and never the persistence layer.
 */
package org.exsync.admin.web;
