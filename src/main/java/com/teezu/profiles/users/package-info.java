/** Looking users up: a path's {@code :id} (UUID, username or {@code me}) to a user, and the rules for a username and a display name. */
package com.teezu.profiles.users;
