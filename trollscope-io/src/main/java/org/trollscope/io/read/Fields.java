package org.trollscope.io.read;

import java.nio.charset.StandardCharsets;

/** The fields of one input record as UTF-8 byte ranges (valid until the next record is read). */
interface Fields {
    int count();

    byte[] array(int field);

    int start(int field);

    int end(int field);

    default int length(int field) {
        return end(field) - start(field);
    }

    default boolean isEmpty(int field) {
        return field < 0 || field >= count() || end(field) == start(field);
    }

    default String string(int field) {
        return new String(array(field), start(field), length(field), StandardCharsets.UTF_8);
    }
}
