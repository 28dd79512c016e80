package org.trollscope.core.analysis;

/** Whose method the analysis reproduces instead of trollscope's own. */
public enum Compatibility {
    /** trollscope's co-action method. */
    NONE,
    /** CooRTweet 2.1.3's detect_groups + generate_coordinated_network, on shares. */
    COORTWEET
}
