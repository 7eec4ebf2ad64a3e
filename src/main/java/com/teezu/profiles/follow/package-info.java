/** Who follows whom: follow/unfollow with exact counters under any concurrency, the follower lists, and the new-follower notifications. */
package com.teezu.profiles.follow;
