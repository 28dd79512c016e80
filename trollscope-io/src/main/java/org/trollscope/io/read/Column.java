package org.trollscope.io.read;

import java.util.Locale;

/**
 * The columns of a trollscope actions file. Order in a file is free, unknown columns are ignored,
 * and only {@link #ACCOUNT_ID}, {@link #ACTION_TYPE} and {@link #CREATED_AT} are required.
 */
public enum Column {
    ACTION_ID, PLATFORM, ACCOUNT_ID, ACTION_TYPE, TARGET_ID, TARGET_ACCOUNT_ID, TEXT,
    /** Space-separated. */
    URLS,
    /** Space-separated, without '#'. */
    HASHTAGS,
    /** Space-separated media ids or hashes. */
    MEDIA, CREATED_AT;

    private static final Column[] VALUES = values();

    /** The column's name in files, e.g. {@code account_id}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column with this file name, or {@code null}. */
    public static Column ofWireName(String name) {
        for (Column c : VALUES) {
            if (c.wireName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    public boolean required() {
        return this == ACCOUNT_ID || this == ACTION_TYPE || this == CREATED_AT;
    }
}
