package org.trollscope.io.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Links to original posts and profiles on the platforms whose URLs follow from the ids in the data:
 * a Twitter/X post from its numeric id, a VKontakte wall post from its {@code wall<owner>_<id>} id,
 * and profiles on Twitter/X, Telegram, VKontakte, YouTube and TikTok from the handle. Anything else
 * gets no link ({@code null}): a link is only made when the id has exactly the expected shape, so
 * no text from the data can shape a URL beyond a checked path segment. Never used on pseudonymised
 * data (tokens are not ids).
 */
final class PostLinks {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,25}");
    private static final Pattern VK_WALL = Pattern.compile("wall-?[0-9]{1,20}_[0-9]{1,20}");
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.]{0,63}");

    private PostLinks() {
    }

    /** The URL of a post, or null. */
    static String post(String platform, String actionId) {
        if (actionId == null) {
            return null;
        }
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case "twitter", "x" -> DIGITS.matcher(actionId).matches() ? "https://x.com/i/web/status/" + actionId : null;
            case "vk", "vkontakte" -> VK_WALL.matcher(actionId).matches() ? "https://vk.com/" + actionId : null;
            default -> null;
        };
    }

    /** The URL of a profile, or null. */
    static String profile(String platform, String handle) {
        if (handle == null) {
            return null;
        }
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        if (!HANDLE.matcher(h).matches()) {
            return null;
        }
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case "twitter", "x" -> "https://x.com/" + h;
            case "telegram" -> "https://t.me/" + h;
            case "vk", "vkontakte" -> "https://vk.com/" + h;
            case "youtube" -> "https://www.youtube.com/@" + h;
            case "tiktok" -> "https://www.tiktok.com/@" + h;
            default -> null;
        };
    }
}
