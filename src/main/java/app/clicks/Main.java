package app.clicks;

import app.clicks.cli.ReportCommand;

/** Starts the bot, or runs the `report` command when the first argument is "report". */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("report")) {
      String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      System.exit(ReportCommand.run(rest, System.getenv(), System.out, System.err));
    }
    System.err.println("The Slack app is not wired yet; try: report yesterday --demo");
    System.exit(1);
  }
}
