package app.clicks.slack.names;

import app.clicks.store.AdClicksQuery.Counted;
import java.util.List;

/**
 * One page of the name-ads modal: an ad takes two blocks (its id, link and clicks; its name input), so that with the
 * intro a page stays within Slack's 100 blocks per view.
 *
 * @param index the page, from 0
 * @param pages how many pages the ads fill (at least 1)
 * @param total how many ads there are in all
 */
record AdPage(int index, int pages, int total, List<Counted> ads) {
  /** Ads a page: 2 blocks each, 90 of the view's 100, with room for the intro. */
  static final int SIZE = 45;

  AdPage {
    ads = List.copyOf(ads);
  }

  /** Page {@code index} of {@code all} (most clicks first); an index past the end gives the last page. */
  static AdPage of(List<Counted> all, int index) {
    int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
    int i = Math.max(0, Math.min(index, pages - 1));
    int from = i * SIZE;
    return new AdPage(i, pages, all.size(), all.subList(from, Math.min(all.size(), from + SIZE)));
  }

  boolean last() {
    return index >= pages - 1;
  }
}
