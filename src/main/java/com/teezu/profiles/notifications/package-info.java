/** Stored notifications (new followers …) so a user who was offline sees them later: listing, unread count, marking read. */
package com.teezu.profiles.notifications;
