/** What every feature leans on: ids and the clock; the database and the web layer are its two named interfaces, {@code shared.database} and {@code shared.web}. */
package com.teezu.profiles.shared;
