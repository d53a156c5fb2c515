package app.clicks.chart;

/** The words a caller would give a chart, in English and Spanish, as the Slack texts will. */
final class ChartLabelSets {
  private ChartLabelSets() {}

  static ChartLabels english(String period) {
    return new ChartLabels("Clicks", period, "time zone", "Clicks by hour", "Clicks by day", "This period",
        "Previous period", "Top ads", "Conversions", "(no ad)", "No clicks in this period", "M/d");
  }

  static ChartLabels spanish(String period) {
    return new ChartLabels("Clics", period, "zona horaria", "Clics por hora", "Clics por día", "Este periodo",
        "Periodo anterior", "Anuncios principales", "Conversiones", "(sin anuncio)", "Sin clics en este periodo",
        "d/M");
  }
}
