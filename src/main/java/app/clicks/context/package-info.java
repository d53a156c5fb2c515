/**
 * What a workspace's answer knows besides its counts ({@link app.clicks.report.SummaryContext}): the names of its
 * wolkvox server's directory, read through {@link app.clicks.store.DirectoryStore}, and the ad names and conversion
 * codes its admins chose ({@link app.clicks.settings.WorkspaceChoices}). Entry point
 * {@link app.clicks.context.SummaryContexts}, used alike by /clicks, the shared answer, the digest and the `report`
 * command. It sits above store and settings and below digest, cli and slack, which is why it is its own package:
 * the store does not read settings, and /clicks does not import the digest.
 */
package app.clicks.context;
