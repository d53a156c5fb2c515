/**
 * Ad names and conversion codes from the App Home: the admins name the ads that brought clicks (wolkvox has no
 * names for them) and choose the workspace's conversion codes; the Home tab says how the wolkvox directory was last
 * read. Entry point {@link app.clicks.slack.names.NamesFeature}.
 */
package app.clicks.slack.names;
