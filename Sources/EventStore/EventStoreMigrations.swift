/// The event store's schema, version by version. Never edit a released migration: add one.
enum EventStoreMigrations {
    static let all: [Migration] = [
        Migration(
            version: 1, description: "events, streams, idempotency keys and the append function",
            sql: """
                CREATE TABLE {schema}.events (
                    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
                    stream_id text NOT NULL,
                    stream_version bigint NOT NULL,
                    event_type text NOT NULL,
                    schema_version integer NOT NULL,
                    data jsonb NOT NULL,
                    actor text NOT NULL,
                    command_id uuid,
                    correlation_id uuid,
                    causation_id uuid,
                    client text,
                    recorded_at timestamptz NOT NULL,
                    CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
                );
                -- The global log's order: see LogPosition.
                CREATE INDEX events_log_order ON {schema}.events (transaction_id, sequence);

                CREATE TABLE {schema}.streams (
                    stream_id text PRIMARY KEY,
                    version bigint NOT NULL CHECK (version > 0)
                );

                CREATE TABLE {schema}.idempotency_keys (
                    key text PRIMARY KEY,
                    stream_id text NOT NULL,
                    first_version bigint,
                    last_version bigint,
                    transaction_id xid8,
                    sequence bigint,
                    recorded_at timestamptz NOT NULL
                );

                -- One round trip per append: the expected-version check, the idempotency key and the
                -- events, atomically. A wrong expected version raises SQLSTATE TKV01 with the actual
                -- version as DETAIL.
                CREATE FUNCTION {schema}.append_events(
                    p_stream text, p_expected_kind smallint, p_expected_version bigint, p_key text,
                    p_types text[], p_schema_versions integer[], p_data jsonb[],
                    p_actor text, p_command_id uuid, p_correlation_id uuid, p_causation_id uuid,
                    p_client text, p_recorded_at timestamptz)
                RETURNS TABLE (out_stream_id text, out_first_version bigint, out_last_version bigint,
                               out_transaction_id xid8, out_sequence bigint, out_duplicate boolean)
                LANGUAGE plpgsql AS $$
                DECLARE
                    n integer := coalesce(cardinality(p_types), 0);
                    base bigint;
                    actual bigint;
                    last_sequence bigint;
                BEGIN
                    -- The stream's lock comes first, before anything that gives the transaction its id:
                    -- writers of one stream then get increasing transaction ids, so the global log
                    -- (ordered by transaction id) keeps every stream in version order. Advisory locks
                    -- need no transaction id; a row lock would take one before waiting.
                    PERFORM pg_advisory_xact_lock(hashtextextended(p_stream, 7));
                    IF p_key IS NOT NULL THEN
                        INSERT INTO {schema}.idempotency_keys (key, stream_id, recorded_at)
                        VALUES (p_key, p_stream, p_recorded_at)
                        ON CONFLICT (key) DO NOTHING;
                        IF NOT FOUND THEN
                            RETURN QUERY
                                SELECT k.stream_id, k.first_version, k.last_version, k.transaction_id, k.sequence, true
                                FROM {schema}.idempotency_keys k WHERE k.key = p_key;
                            RETURN;
                        END IF;
                    END IF;

                    IF p_expected_kind = 0 THEN
                        INSERT INTO {schema}.streams AS s (stream_id, version) VALUES (p_stream, n)
                        ON CONFLICT (stream_id) DO UPDATE SET version = s.version + n
                        RETURNING s.version - n INTO base;
                    ELSIF p_expected_kind = 1 THEN
                        INSERT INTO {schema}.streams (stream_id, version) VALUES (p_stream, n)
                        ON CONFLICT (stream_id) DO NOTHING;
                        IF NOT FOUND THEN
                            SELECT s.version INTO actual FROM {schema}.streams s WHERE s.stream_id = p_stream;
                            RAISE EXCEPTION USING ERRCODE = 'TKV01', MESSAGE = 'wrong expected version',
                                DETAIL = coalesce(actual, 0)::text;
                        END IF;
                        base := 0;
                    ELSE
                        UPDATE {schema}.streams s SET version = s.version + n
                        WHERE s.stream_id = p_stream AND s.version = p_expected_version;
                        IF NOT FOUND THEN
                            SELECT s.version INTO actual FROM {schema}.streams s WHERE s.stream_id = p_stream;
                            RAISE EXCEPTION USING ERRCODE = 'TKV01', MESSAGE = 'wrong expected version',
                                DETAIL = coalesce(actual, 0)::text;
                        END IF;
                        base := p_expected_version;
                    END IF;

                    WITH inserted AS (
                        INSERT INTO {schema}.events (stream_id, stream_version, event_type, schema_version, data,
                            actor, command_id, correlation_id, causation_id, client, recorded_at)
                        SELECT p_stream, base + i, p_types[i], p_schema_versions[i], p_data[i],
                            p_actor, p_command_id, p_correlation_id, p_causation_id, p_client, p_recorded_at
                        FROM generate_series(1, n) AS i
                        ORDER BY i
                        RETURNING sequence
                    )
                    SELECT max(inserted.sequence) INTO last_sequence FROM inserted;

                    IF p_key IS NOT NULL THEN
                        UPDATE {schema}.idempotency_keys k
                        SET first_version = base + 1, last_version = base + n,
                            transaction_id = pg_current_xact_id(), sequence = last_sequence
                        WHERE k.key = p_key;
                    END IF;

                    RETURN QUERY SELECT p_stream, base + 1, base + n, pg_current_xact_id(), last_sequence, false;
                END
                $$;
                """),
    ]
}
