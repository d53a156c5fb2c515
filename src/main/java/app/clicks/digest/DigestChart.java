package app.clicks.digest;

import java.util.function.BooleanSupplier;

/**
 * A digest's chart to post: a PNG of the digest's summary, shared as a file into the digest's thread.
 *
 * @param digest the digest it belongs to
 * @param threadTs the digest message's ts
 * @param beforeSharing asked just before the file is shared (the step after which it may be in the channel); false
 *     means another run took the chart over, and this one must stop
 */
public record DigestChart(DigestMessage digest, String threadTs, BooleanSupplier beforeSharing) {}
