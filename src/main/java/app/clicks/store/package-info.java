/**
 * The local click store: click records, per-day sync state, wolkvox call counts and the shared request gate, in
 * H2 (embedded file) or PostgreSQL, with the schema by Flyway (db/migration, V1 here).
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>Instants are stored as epoch milliseconds (BIGINT), the same on both databases; each record also keeps
 *       its report-timezone day (local_day, the unit a fetch replaces) and hour, and wolkvox's raw date text only
 *       when it could not be read.
 *   <li>A small store (V9, issue 12): a click row holds numbers, not text. Repeating text is stored once
 *       ({@link app.clicks.store.Dictionary}: click_text, click_ad for an ad's five fields, click_server for a
 *       2-byte server key) and added in short transactions of its own, so that concurrent fetches never wait on
 *       each other's dictionary rows; the chat id is kept once, as text. One index, (server_key, local_day). About
 *       120 bytes a click on PostgreSQL and under 60 on H2 compacted at close (bench/README.md).
 *   <li>A fetch writes, in the same transaction as the records, per-day aggregates (click_day_total) and the
 *       sorted distinct chat hashes of each day (click_day_chats, report.Hash64 as report.ClickTally uses): a
 *       month's summary adds up about a hundred rows a day and unions the chat sets, instead of scanning every
 *       click. The partial days at the edges of a running period are aggregated from the clicks (table click).
 *   <li>Conversions (V7; packed by V9 into click_day_outcomes, {@link app.clicks.store.OutcomePack}): each day's
 *       clicks by ad × outcome and by agent × outcome (cod_act trimmed, upper case), written with the day's other
 *       aggregates, so that conversions by ad and by agent for whatever codes a workspace counts add up per-day
 *       values too. V7 rebuilt them from the clicks already stored.
 *   <li>Every wolkvox HTTP request is counted per server and report-timezone day: on success the number the click
 *       source reports (splits and retries included); a failed fetch counts 1, since the ClickSource contract
 *       reports no count when it throws. Counts are written in their own transaction, so a rollback keeps them.
 *   <li>The budget is checked before each window (a window may cost more than one request when it is split): a
 *       person may use 90% of WOLKVOX_DAILY_BUDGET, the digest all of it. Refused days are answered from the store
 *       (storeOnly); when no day of the current period was ever fetched, BUDGET_EXHAUSTED is thrown instead.
 *   <li>When wolkvox fails, stale days are answered as stored (storeOnly); a day never fetched makes it throw.
 *   <li>Single-flight ({@link app.clicks.store.SingleFlight}, V14 click_fetch_claim): a stale day is fetched once
 *       for every request that needs it. In this process, a request joins the flight fetching its days; across
 *       processes, only the holder of a day's leased claim fetches it, and the others poll its sync row with
 *       backoff on one scheduler thread, holding no connection, no lock and no thread, then plan again.
 *       Flights run on the fetch lane: {@link app.clicks.store.DayReplacer#FETCHES_AT_ONCE} threads, one flight
 *       per server at a time, servers taking turns. {@link app.clicks.store.ClickReader#start} answers at once;
 *       a request whose days are all stored is done without waiting for any fetch.
 *   <li>Records without a readable date are filed under the first day of the request's window, at its start
 *       instant, and counted in no hour.
 *   <li>The wolkvox directory ({@link app.clicks.store.DirectoryStore}, V6): each server's agents, routing points
 *       and activity codes, read once a day per list and once more for an id a list does not know, at most once a
 *       list a day whichever instance asks (the list's state row is locked FOR UPDATE while it is read). Its calls
 *       count in the call log and the budget; when it cannot be read the stored names are used and the failure is
 *       kept for the App Home.
 *   <li>Migrations ({@link app.clicks.store.Migrations}): the `migrate` command applies them all; the web process
 *       applies them at start except, on PostgreSQL with clicks stored, one that rebuilds data from the clicks (V7),
 *       which would keep a dyno from binding its port within Heroku's 60 s: it then refuses to start.
 * </ul>
 */
package app.clicks.store;
