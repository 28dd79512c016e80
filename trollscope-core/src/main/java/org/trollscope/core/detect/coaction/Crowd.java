package org.trollscope.core.detect.coaction;

/**
 * An object whose busiest window held more accounts than the max crowd, so its pairs were not
 * expanded. Listed in run.json and on the console, never dropped silently.
 *
 * @param busiestWindow distinct accounts in its busiest window
 */
public record Crowd(CoActionMethod method, String object, int actions, int accounts, int busiestWindow) {
}
