package app.clicks.chart;

/**
 * The words of a chart in the workspace's language, given by the caller (which has the texts), so that this
 * package needs no translations of its own.
 *
 * @param clicks "Clicks": the head of the title and the ads' clicks bars
 * @param period how the caller names the period ("yesterday", "ayer"); the dates follow it in the title
 * @param timezone "time zone": before the report timezone in the title
 * @param byHour the trend panel's title for a trend by hour ("Clicks by hour")
 * @param byDay the trend panel's title for a trend by day ("Clicks by day")
 * @param current the legend of the current period ("This period")
 * @param previous the legend of the previous period ("Previous period")
 * @param topAds the ads panel's title ("Top ads")
 * @param conversions the ads' conversions bars ("Conversions")
 * @param noAd the label of clicks without an ad (empty source_id)
 * @param noClicks the note in the ads panel of a period without clicks
 * @param dayPattern a {@link java.time.format.DateTimeFormatter} pattern of numbers for the days under the trend
 *     ("M/d", "d/M")
 */
public record ChartLabels(String clicks, String period, String timezone, String byHour, String byDay,
    String current, String previous, String topAds, String conversions, String noAd, String noClicks,
    String dayPattern) {}
