/** Socket.IO for live profiles: handshake auth, rooms per user and per watched profile, domain events delivered after commit, shared between nodes through Redis. */
package com.teezu.profiles.realtime;
