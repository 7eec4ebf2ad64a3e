package com.teezu.profiles.users;

/** What user-written text may not contain, in one place. */
public final class Text {

    private Text() {
    }

    /**
     * Control characters (C0, DEL, C1), the Unicode line and paragraph separators and lone surrogates;
     * {@code multiline} allows {@code \n}.
     */
    public static boolean hasControlCharacters(String s, boolean multiline) {
        return s.codePoints().anyMatch(c -> (Character.isISOControl(c) && !(multiline && c == '\n'))
                || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SURROGATE);
    }
}
