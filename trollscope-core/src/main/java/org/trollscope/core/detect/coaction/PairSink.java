package org.trollscope.core.detect.coaction;

/**
 * Receives what one object contributed to one account pair: all co-actions of the pair on that
 * object, summarised. {@code a} is the lower account rank of {@code pair}.
 */
@FunctionalInterface
interface PairSink {
    /**
     * @param coActions co-actions of the pair on this object
     * @param minGap smallest gap, ms
     * @param first earliest time of an action in a co-action, epoch ms
     * @param last latest time of an action in a co-action, epoch ms
     * @param aFirst co-actions where a acted strictly before b
     * @param bFirst co-actions where b acted strictly before a
     * @param earlier distinct actions on the earlier side of the co-actions (CooRTweet's n_content_id)
     * @param later distinct actions on the later side (n_content_id_y)
     */
    void accept(long pair, int coActions, int minGap, long first, long last, int aFirst, int bFirst, int earlier,
                int later);
}
