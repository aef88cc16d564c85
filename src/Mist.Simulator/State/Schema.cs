namespace Mist.Simulator.State;

/// <summary>
/// Tables of the simulator state. Objects that clients may extend with any field (orgs, sites, settings and the
/// device config) are stored as JSON text; columns copy what queries filter or sort on. The configuration objects of
/// every collection share one table; wireless clients, events, alarms and audit logs are what the
/// simulated network reports (<see cref="ActivityLog"/>); state files from before it kept the org's in <c>org_objects</c>, moved over on open.
/// </summary>
internal static class Schema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tokens (key TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS orgs (id TEXT PRIMARY KEY, msp_id TEXT, data TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS org_settings (org_id TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sites (
            id TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT NOT NULL, country_code TEXT,
            created_time REAL NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS sites_by_org ON sites (org_id, created_time, id);
        CREATE TABLE IF NOT EXISTS site_settings (site_id TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS devices (
            id TEXT PRIMARY KEY, mac TEXT NOT NULL UNIQUE, serial TEXT NOT NULL UNIQUE, model TEXT NOT NULL,
            sku TEXT NOT NULL, hw_rev TEXT NOT NULL, type TEXT NOT NULL, magic TEXT NOT NULL UNIQUE,
            org_id TEXT, site_id TEXT, name TEXT, connected INTEGER NOT NULL, locating INTEGER NOT NULL DEFAULT 0,
            ip TEXT NOT NULL, ext_ip TEXT NOT NULL, version TEXT NOT NULL, booted_at REAL NOT NULL, last_seen REAL NOT NULL,
            created_time REAL NOT NULL, modified_time REAL NOT NULL, config TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS devices_by_org_site ON devices (org_id, mac, site_id);
        CREATE INDEX IF NOT EXISTS devices_by_org_type_site ON devices (org_id, type, mac, site_id);
        CREATE INDEX IF NOT EXISTS devices_by_site ON devices (site_id, type, mac);
        CREATE TABLE IF NOT EXISTS config_objects (
            id TEXT PRIMARY KEY, scope TEXT NOT NULL, owner_id TEXT NOT NULL, collection TEXT NOT NULL,
            created_time REAL NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS config_objects_by_collection ON config_objects (scope, owner_id, collection, created_time, id);
        CREATE TABLE IF NOT EXISTS org_objects (
            id TEXT PRIMARY KEY, org_id TEXT NOT NULL, kind TEXT NOT NULL, created_time REAL NOT NULL, data TEXT NOT NULL);
        INSERT OR IGNORE INTO config_objects (id, scope, owner_id, collection, created_time, data)
            SELECT id, 'orgs', org_id, kind, created_time, data FROM org_objects;
        DROP TABLE org_objects;
        CREATE TABLE IF NOT EXISTS upgrades (
            id TEXT PRIMARY KEY, org_id TEXT NOT NULL, site_id TEXT, kind TEXT NOT NULL, done INTEGER NOT NULL,
            created_time REAL NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS upgrades_in_flight ON upgrades (done);
        CREATE TABLE IF NOT EXISTS clients (
            mac TEXT PRIMARY KEY, org_id TEXT NOT NULL, site_id TEXT NOT NULL, ap_id TEXT NOT NULL, ap_mac TEXT NOT NULL,
            wlan_id TEXT NOT NULL, ssid TEXT NOT NULL, band TEXT NOT NULL, channel INTEGER NOT NULL, ip TEXT NOT NULL,
            hostname TEXT NOT NULL, username TEXT, os TEXT NOT NULL, manufacture TEXT NOT NULL, rssi REAL NOT NULL,
            snr REAL NOT NULL, connected INTEGER NOT NULL, assoc_time REAL NOT NULL, last_seen REAL NOT NULL);
        CREATE INDEX IF NOT EXISTS clients_by_org ON clients (org_id, last_seen, mac);
        CREATE INDEX IF NOT EXISTS clients_by_site ON clients (site_id, ap_id, mac);
        CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, org_id TEXT NOT NULL, site_id TEXT, mac TEXT NOT NULL,
            type TEXT NOT NULL, timestamp REAL NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS events_by_org ON events (org_id, kind, timestamp, id);
        CREATE INDEX IF NOT EXISTS events_by_site ON events (site_id, kind, timestamp, id);
        CREATE TABLE IF NOT EXISTS alarms (
            id TEXT PRIMARY KEY, org_id TEXT NOT NULL, site_id TEXT NOT NULL, type TEXT NOT NULL, severity TEXT NOT NULL,
            grp TEXT NOT NULL, device_id TEXT, open INTEGER NOT NULL, acked INTEGER NOT NULL, ack_admin_name TEXT,
            timestamp REAL NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS alarms_by_org ON alarms (org_id, timestamp, id);
        CREATE INDEX IF NOT EXISTS alarms_by_device ON alarms (device_id, open);
        CREATE TABLE IF NOT EXISTS audit_logs (
            id TEXT PRIMARY KEY, org_id TEXT NOT NULL, site_id TEXT, admin_name TEXT NOT NULL, message TEXT NOT NULL,
            timestamp REAL NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS audit_logs_by_org ON audit_logs (org_id, timestamp, id);
        CREATE INDEX IF NOT EXISTS devices_by_org_type_seen ON devices (org_id, type, last_seen, mac, site_id);
        CREATE TABLE IF NOT EXISTS data_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
        INSERT OR IGNORE INTO data_version (id, n) VALUES (1, 0);
        """;

    /// <summary>
    /// Secondary indexes of the tables the seeder bulk-loads, dropped before its inserts and built after them by
    /// running <see cref="Sql"/> again: building an index from loaded rows is one sort, where 100,000 inserts each
    /// update it at a random place.
    /// </summary>
    public const string DropDeviceIndexes = """
        DROP INDEX IF EXISTS devices_by_org_site; DROP INDEX IF EXISTS devices_by_org_type_site;
        DROP INDEX IF EXISTS devices_by_site; DROP INDEX IF EXISTS devices_by_org_type_seen;
        """;

    /// <summary>Like <see cref="DropDeviceIndexes"/>, for the events the seeder writes (it never reads them back).</summary>
    public const string DropEventIndexes = "DROP INDEX IF EXISTS events_by_org; DROP INDEX IF EXISTS events_by_site;";

    public const string Clear = """
        DELETE FROM meta; DELETE FROM tokens; DELETE FROM orgs; DELETE FROM sites;
        DELETE FROM site_settings; DELETE FROM devices; DELETE FROM config_objects; DELETE FROM upgrades;
        DELETE FROM clients; DELETE FROM events; DELETE FROM alarms; DELETE FROM audit_logs;
        """;
}
