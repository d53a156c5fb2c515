/**
 * The wolkvox chat_14 client: request limits per server, window splits, typed faults with retries, and a
 * streaming parser tolerant of every answer shape wolkvox sends (answer objects read from their bytes by
 * {@link app.clicks.wolkvox.ChatScanner}, anything else by JSON-P); and the directory client of information.php
 * (agents, routing points, activity codes) with the same gate, faults and retries. Imports the JDK HTTP client
 * and JSON-P.
 */
package app.clicks.wolkvox;
