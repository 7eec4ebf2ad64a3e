package com.teezu.profiles.shared.web;

/** For code outside the controllers that ends a request with {@code sendError}. */
public final class ErrorPages {

    /** A request attribute: the problem's {@code detail} the error page shows instead of the status's default. */
    public static final String DETAIL = "com.teezu.profiles.shared.web.ErrorPages.detail";

    private ErrorPages() {
    }
}
