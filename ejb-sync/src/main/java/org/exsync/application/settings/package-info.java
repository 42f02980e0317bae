/**
 * The admin-editable settings of consent and notifications (Entra app registration, registration
 * URL, notification rules), stored in the database and seeded from the deployment on first start.
 */
package org.exsync.application.settings;
