/** The web layer every feature shares: errors as problem+json (from every layer), paging cursors, body limits, the web app's routes. */
@NamedInterface("web")
package com.teezu.profiles.shared.web;

import org.springframework.modulith.NamedInterface;
