/** Looking users up: a path's {@code :id} (UUID, username or {@code me}) to a user and her role, for every feature. */
package com.teezu.profiles.users;
