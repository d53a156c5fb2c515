package app.clicks;

public final class Main {
  public static void main(String[] args) { }
}
