package org.trollscope.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Salted tokens for publication. A token is {@code "p"} followed by the first 16 hex digits (64
 * bits) of HMAC-SHA256(key = salt, message = value in UTF-8): the same salt and value always give
 * the same token, so tokens join across every output and across runs with the same salt; without
 * the salt a token cannot be reversed by hashing a list of candidate handles. Collisions: about
 * n²/2⁶⁵, under 10⁻⁵ for 10⁷ distinct values ({@link PseudonymousLog} still checks accounts).
 *
 * <p>Cost: one HMAC per call (about a microsecond). Not thread-safe (holds a {@link Mac}).
 */
public final class Pseudonyms {
    private static final int HEX_DIGITS = 16;

    private final Mac mac;

    public Pseudonyms(String salt) {
        Objects.requireNonNull(salt, "salt");
        if (salt.isEmpty()) {
            throw new IllegalArgumentException("the pseudonymisation salt must not be empty");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The token of one value, e.g. {@code p3f9a0c1b2d4e5f60}. */
    public String token(String value) {
        Objects.requireNonNull(value, "value");
        byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(HEX_DIGITS + 1).append('p');
        for (int i = 0; i < HEX_DIGITS / 2; i++) {
            sb.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
        }
        return sb.toString();
    }
}
