package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.LocalDate;

/** What one digest run (scheduled, retried or "send now") did. */
public record RunResult(WorkspaceKey workspace, LocalDate day, DigestOutcome outcome, String detail) {}
