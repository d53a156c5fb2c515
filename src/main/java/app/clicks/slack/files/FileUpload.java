package app.clicks.slack.files;

import java.util.function.BooleanSupplier;

/**
 * A file to share into a conversation.
 *
 * @param channelId where it goes (a channel, or a DM's id from conversations.open)
 * @param threadTs the thread it goes into, or null for the channel itself
 * @param filename the name Slack shows and downloads it as ("clicks-2026-11-22.csv")
 * @param title the file's title
 * @param comment the message that goes with it, or null
 * @param body its bytes
 * @param beforeSharing asked just before files.completeUploadExternal (the step that shares it, after which a retry
 *     could share it twice); false stops the upload there
 */
public record FileUpload(String channelId, String threadTs, String filename, String title, String comment,
    FileBody body, BooleanSupplier beforeSharing) {

  public FileUpload {
    beforeSharing = beforeSharing == null ? () -> true : beforeSharing;
  }

  /** An upload that always goes on to share. */
  public FileUpload(String channelId, String threadTs, String filename, String title, String comment, FileBody body) {
    this(channelId, threadTs, filename, title, comment, body, null);
  }

  @Override
  public String toString() {
    return "FileUpload[channel=" + channelId + ", thread=" + threadTs + ", file=" + filename + ", bytes="
        + body.length() + "]";
  }
}
