package app.clicks.report;

import java.time.Instant;

/**
 * One row of wolkvox's "WhatsApp Click Detail" report (chat_14): a conversation that an ad or post brought.
 *
 * <p>Every text field is non-null (empty when wolkvox sent nothing). {@code date} is the instant read from
 * {@code rawDate} in the connection's report timezone, or null when wolkvox sent a date we cannot read.
 */
public record ClickRecord(
    String sourceUrl,
    String sourceType,
    String sourceId,
    String chatId,
    String rpId,
    String agentId,
    String mediaType,
    String mediaUrl,
    Instant date,
    String rawDate,
    String codAct) {

  public ClickRecord {
    sourceUrl = nz(sourceUrl);
    sourceType = nz(sourceType);
    sourceId = nz(sourceId);
    chatId = nz(chatId);
    rpId = nz(rpId);
    agentId = nz(agentId).strip(); // "" or blanks both mean no agent, for the store's SQL as for the tallies
    mediaType = nz(mediaType);
    mediaUrl = nz(mediaUrl);
    rawDate = nz(rawDate);
    codAct = nz(codAct);
  }

  /** True when no agent took the conversation (empty agent_id). */
  public boolean withoutAgent() {
    return agentId.isBlank();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
