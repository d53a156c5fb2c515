package app.clicks.report;

/** Clicks brought by one ad or post (source_id), with what describes it. */
public record AdCount(String sourceId, String sourceUrl, String sourceType, String mediaType, long clicks) {}
