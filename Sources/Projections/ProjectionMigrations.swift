import EventStore

/// The runner's own schema: one checkpoint per projection. The projections' tables are created by the
/// projections themselves, per version.
enum ProjectionMigrations {
    static let all: [Migration] = [
        Migration(
            version: 1, description: "projection checkpoints",
            sql: """
                CREATE TABLE {schema}.projection_checkpoints (
                    name text PRIMARY KEY,
                    version integer NOT NULL,
                    transaction_id xid8 NOT NULL DEFAULT '0',
                    sequence bigint NOT NULL DEFAULT 0,
                    rebuilt_at timestamptz NOT NULL DEFAULT now(),
                    updated_at timestamptz NOT NULL DEFAULT now()
                );
                """),
        Migration(
            version: 2, description: "how far each projection's tables show the log's erasures",
            sql: """
                -- A TextRedacted event past this position rewrote events the projection may have applied with
                -- the text: the runner rebuilds its tables from the rewritten log (see ProjectionRunner).
                ALTER TABLE {schema}.projection_checkpoints
                    ADD COLUMN erasures_through_tx xid8 NOT NULL DEFAULT '0',
                    ADD COLUMN erasures_through_seq bigint NOT NULL DEFAULT 0;
                """),
    ]
}
