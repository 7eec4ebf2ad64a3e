/** Monthly subscriptions to a creator: subscribe (one charge), stop and resume renewal, the renewals themselves, lapses. */
package com.teezu.profiles.subscriptions;
