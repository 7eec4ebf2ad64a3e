/** The denormalised counters (followers, likes, stream hours, tips, subscribers …): their one repair path, the staff recount. */
package com.teezu.profiles.stats;
