/**
 * Test-only helpers shared by the tests of every package: fakes of our own interfaces ({@link
 * app.clicks.testing.FakeSettingsStore}, {@link app.clicks.testing.FakeClickReader}, {@link
 * app.clicks.testing.FakeClickSource}), fresh and shared test databases ({@link app.clicks.testing.TestDatabases}),
 * encryption keys and known totals. One of each, so that a change to an interface is made once.
 */
package app.clicks.testing;
