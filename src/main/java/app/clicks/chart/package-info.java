/**
 * The trend chart: one PNG of two panels (the trend against the previous period; the top ads, with their
 * conversions), from a summary. {@link app.clicks.chart.ChartData#of} computes what is drawn (pure, golden-tested);
 * {@link app.clicks.chart.ChartRenderer} draws it headless with the bundled DejaVu Sans, and gives nothing rather
 * than an error where AWT cannot draw. The only package that imports the chart library (XChart).
 */
package app.clicks.chart;
