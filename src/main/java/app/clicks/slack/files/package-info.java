/**
 * Files into Slack conversations with the current upload flow (files.getUploadURLExternal, the bytes, then
 * files.completeUploadExternal), and the conversations a file needs (conversations.join, .open, .info). Its one
 * entry is {@link app.clicks.slack.files.SlackFiles}; every call answers a typed {@link
 * app.clicks.slack.files.FileOutcome} rather than throwing.
 */
package app.clicks.slack.files;
