import GRDB

/// The store's tables, built by named migrations that each run in one transaction.
///
/// A migration is never edited once released: a change of schema is a new, later migration,
/// so that an older store moves forward step by step and a newer one is recognised.
enum StoreSchema {
    /// `PRAGMA application_id` of a Treffpunkt store ("Tref"), so other SQLite files are refused.
    static let applicationID: Int32 = 0x5472_6566

    /// The tables every migrated store has.
    static let tables = ["scenario", "plan", "meeting", "plan_history", "adoption", "plan_calendar"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1 plans, meetings, adoptions") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            // A scenario's bytes are kept once, however many plans were made from them.
            try db.execute(sql: """
                CREATE TABLE scenario (
                    id INTEGER PRIMARY KEY,
                    sha256 TEXT NOT NULL UNIQUE,
                    text BLOB NOT NULL
                );
                CREATE TABLE plan (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    created_at TEXT NOT NULL,
                    scenario_id INTEGER NOT NULL REFERENCES scenario(id),
                    scenario_name TEXT NOT NULL,
                    scenario_file TEXT NOT NULL,
                    scenario_path TEXT NOT NULL,
                    period_start TEXT NOT NULL,
                    period_end TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    derived_from INTEGER REFERENCES plan(id),
                    status TEXT NOT NULL CHECK (status IN ('optimal', 'feasible')),
                    total REAL NOT NULL,
                    bound REAL NOT NULL,
                    gap REAL NOT NULL,
                    terms TEXT NOT NULL,
                    solver_name TEXT NOT NULL,
                    solver_version TEXT NOT NULL,
                    solver_seconds REAL NOT NULL,
                    solver_nodes INTEGER NOT NULL,
                    meeting_count INTEGER NOT NULL
                );
                CREATE TABLE meeting (
                    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    topic TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    city TEXT NOT NULL,
                    venue TEXT NOT NULL,
                    first_day TEXT NOT NULL,
                    start TEXT NOT NULL,
                    "end" TEXT NOT NULL,
                    dates TEXT NOT NULL,
                    registration_deadline TEXT NOT NULL,
                    staff TEXT NOT NULL,
                    fixed INTEGER NOT NULL,
                    PRIMARY KEY (plan_id, topic, number),
                    UNIQUE (plan_id, position)
                );
                CREATE INDEX meeting_by_first_day ON meeting(first_day);
                CREATE TABLE plan_history (
                    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    topic TEXT NOT NULL,
                    city TEXT NOT NULL,
                    start TEXT NOT NULL,
                    source_plan INTEGER,
                    PRIMARY KEY (plan_id, position)
                );
                CREATE TABLE adoption (
                    scenario_name TEXT NOT NULL,
                    period_start TEXT NOT NULL,
                    period_end TEXT NOT NULL,
                    plan_id INTEGER NOT NULL UNIQUE REFERENCES plan(id),
                    adopted_at TEXT NOT NULL,
                    PRIMARY KEY (scenario_name, period_start, period_end)
                );
                """)
        }
        migrator.registerMigration("2 calendars of a plan's scenario") { db in
            // The `ics:` files a scenario names, as they were when the plan was made, so that a
            // stored plan's scenario reads the same later even if those files changed or moved.
            try db.execute(sql: """
                CREATE TABLE plan_calendar (
                    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                    path TEXT NOT NULL,
                    bytes BLOB NOT NULL,
                    PRIMARY KEY (plan_id, path)
                );
                """)
        }
        migrator.registerMigration("3 plans that break hard rules") { db in
            // The hard-rule violations a plan was stored with (`move --force`), as a JSON list of
            // "RULE: message" lines; '[]' for every plan that keeps the rules, as all earlier ones do.
            try db.execute(sql: "ALTER TABLE plan ADD COLUMN broken_rules TEXT NOT NULL DEFAULT '[]'")
        }
        return migrator
    }
}
