/** What every feature leans on: settings, the database (embedded PostgreSQL 16 by default), errors as problem+json, ids, time. */
package com.teezu.profiles.shared;
