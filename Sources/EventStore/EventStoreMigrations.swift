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
        Migration(
            version: 2, description: "a log horizon that only the store's own appenders can hold back",
            sql: """
                -- The invariant the horizon rests on: a transaction that writes this store's events holds an
                -- append lock of this schema's from before it gets its transaction id until it ends. Append
                -- locks are the advisory locks (classid = this schema's oid, objid = a hash of the stream,
                -- objsubid = 2). The functions below take them, enforce the invariant, and read it back.

                CREATE FUNCTION {schema}.append_lock_space() RETURNS oid
                LANGUAGE sql STABLE AS $$ SELECT {schema_literal}::regnamespace::oid $$;

                -- Refuses what would break the invariant: a first append lock taken by a transaction that
                -- already has an id (it wrote elsewhere first, so readers could already have passed it).
                -- A transaction that took an append lock before its id may take more.
                CREATE FUNCTION {schema}.check_append_order(p_space integer) RETURNS void
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF pg_current_xact_id_if_assigned() IS NOT NULL
                       AND current_setting('tredjekraft.append_lock_space', true) IS DISTINCT FROM p_space::text THEN
                        RAISE EXCEPTION USING ERRCODE = 'TKA01',
                            MESSAGE = 'an append must come before every other write of its transaction',
                            DETAIL = format('transaction %s already has a transaction id but holds no append lock of schema %s',
                                pg_current_xact_id_if_assigned(), {schema_literal}),
                            HINT = 'append in a transaction of its own, or call lock_streams() for every stream first';
                    END IF;
                END
                $$;

                -- The append locks of several streams, in a fixed order (no deadlocks), before the transaction
                -- writes anything: for transactions that append to several streams or write other tables too.
                CREATE FUNCTION {schema}.lock_streams(p_streams text[]) RETURNS void
                LANGUAGE plpgsql AS $$
                DECLARE
                    space integer := {schema}.append_lock_space()::integer;
                    key integer;
                BEGIN
                    PERFORM {schema}.check_append_order(space);
                    FOR key IN SELECT DISTINCT hashtext(s) FROM unnest(p_streams) AS s ORDER BY 1 LOOP
                        PERFORM pg_advisory_xact_lock(space, key);
                        -- Only a lock actually held vouches for the transaction's later appends.
                        PERFORM set_config('tredjekraft.append_lock_space', space::text, true);
                    END LOOP;
                END
                $$;

                -- Every transaction holding one of this store's append locks now, with its transaction id
                -- (null while it has none: it will get one above the caller's snapshot).
                CREATE FUNCTION {schema}.log_appenders()
                RETURNS TABLE (pid integer, transaction_id xid8, database name, application_name text,
                               transaction_start timestamptz)
                LANGUAGE plpgsql VOLATILE AS $$
                DECLARE
                    reference bigint := pg_snapshot_xmax(pg_current_snapshot())::text::bigint;
                BEGIN
                    -- pg_stat_activity is cached for the rest of a transaction once read: read it afresh.
                    PERFORM pg_stat_clear_snapshot();
                    RETURN QUERY
                    WITH locks AS (
                        -- One read of the lock table: PostgreSQL takes it consistently.
                        SELECT l.locktype, l.database, l.classid, l.objsubid, l.virtualtransaction, l.pid, l.mode,
                            l.granted, l.transactionid
                        FROM pg_locks l
                    ), holders AS (
                        SELECT DISTINCT l.pid, l.virtualtransaction FROM locks l
                        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
                          AND l.classid = {schema}.append_lock_space()
                          AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
                    ), ids AS (
                        -- The holder's transaction id: from its session, or from the lock on its own id, which
                        -- is all a prepared (two-phase) transaction has left.
                        SELECT h.pid, coalesce(a.backend_xid, t.transactionid) AS xid, a.application_name::text AS app,
                            coalesce(a.xact_start, p.prepared) AS started
                        FROM holders h
                        LEFT JOIN locks t ON t.locktype = 'transactionid' AND t.mode = 'ExclusiveLock' AND t.granted
                            AND t.virtualtransaction = h.virtualtransaction AND t.pid IS NOT DISTINCT FROM h.pid
                        LEFT JOIN pg_stat_activity a ON a.pid = h.pid
                        LEFT JOIN pg_prepared_xacts p ON h.pid IS NULL AND p.transaction = t.transactionid
                    )
                    -- A running transaction's 32-bit id, widened to xid8 next to a reference id: running ids
                    -- are never more than 2^31 away from one another.
                    SELECT ids.pid,
                        CASE WHEN ids.xid IS NOT NULL THEN
                            (reference + (ids.xid::text::bigint - reference % 4294967296 + 6442450944) % 4294967296
                                - 2147483648)::text::xid8
                        END,
                        current_database(), ids.app, ids.started
                    FROM ids;
                END
                $$;

                -- The log's horizon: every event a reader may still see commit has a transaction id at or above
                -- it. Read the log in a statement after this one, with a newer snapshot: what committed before
                -- the locks were read is visible then, and whatever did not still holds its lock and bounds the
                -- horizon. Only this store's appenders hold it back, not other transactions of the cluster.
                -- p_later_transaction_reads: the caller reads in a later transaction (autocommit), so its
                -- snapshot is newer whatever the isolation level.
                CREATE FUNCTION {schema}.log_horizon(p_later_transaction_reads boolean DEFAULT false) RETURNS xid8
                LANGUAGE plpgsql VOLATILE AS $$
                DECLARE
                    -- Taken before the locks are read: a transaction that gets its id later gets one above it.
                    snapshot pg_snapshot := pg_current_snapshot();
                    horizon xid8 := pg_snapshot_xmax(snapshot);
                    oldest xid8;
                BEGIN
                    -- Under repeatable read a later statement of this transaction reads its old snapshot, not a
                    -- new one: then only what was finished when that was taken is safe.
                    IF NOT p_later_transaction_reads AND current_setting('transaction_isolation') <> 'read committed' THEN
                        RETURN pg_snapshot_xmin(snapshot);
                    END IF;
                    -- No transaction with an id was running: nothing to look for (and no lock table to read).
                    IF pg_snapshot_xmin(snapshot) = horizon THEN
                        RETURN horizon;
                    END IF;
                    SELECT min(a.transaction_id) INTO oldest FROM {schema}.log_appenders() a;
                    RETURN least(horizon, oldest);
                END
                $$;

                CREATE OR REPLACE FUNCTION {schema}.append_events(
                    p_stream text, p_expected_kind smallint, p_expected_version bigint, p_key text,
                    p_types text[], p_schema_versions integer[], p_data jsonb[],
                    p_actor text, p_command_id uuid, p_correlation_id uuid, p_causation_id uuid,
                    p_client text, p_recorded_at timestamptz)
                RETURNS TABLE (out_stream_id text, out_first_version bigint, out_last_version bigint,
                               out_transaction_id xid8, out_sequence bigint, out_duplicate boolean)
                LANGUAGE plpgsql AS $$
                DECLARE
                    n integer := coalesce(cardinality(p_types), 0);
                    space integer := {schema}.append_lock_space()::integer;
                    base bigint;
                    actual bigint;
                    last_sequence bigint;
                BEGIN
                    -- The stream's append lock comes first, before anything that gives the transaction its id:
                    -- writers of one stream then get increasing transaction ids (so the global log, ordered by
                    -- transaction id, keeps every stream in version order), and log_horizon() sees every
                    -- transaction that may still commit events.
                    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
                        PERFORM {schema}.check_append_order(space);
                    END IF;
                    PERFORM pg_advisory_xact_lock(space, hashtext(p_stream));
                    PERFORM set_config('tredjekraft.append_lock_space', space::text, true);
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

                    PERFORM set_config('tredjekraft.writing_events', space::text, true);
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
                    PERFORM set_config('tredjekraft.writing_events', '', true);

                    IF p_key IS NOT NULL THEN
                        UPDATE {schema}.idempotency_keys k
                        SET first_version = base + 1, last_version = base + n,
                            transaction_id = pg_current_xact_id(), sequence = last_sequence
                        WHERE k.key = p_key;
                    END IF;

                    RETURN QUERY SELECT p_stream, base + 1, base + n, pg_current_xact_id(), last_sequence, false;
                END
                $$;

                -- Events are written through append_events() only: an INSERT around it would take no append
                -- lock and no stream version, and readers could pass its events for good.
                CREATE FUNCTION {schema}.refuse_direct_event_writes() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('tredjekraft.writing_events', true)
                       IS DISTINCT FROM {schema}.append_lock_space()::integer::text THEN
                        RAISE EXCEPTION USING ERRCODE = 'TKA02',
                            MESSAGE = format('events are written only through %s.append_events()', {schema_literal}),
                            HINT = 'an INSERT into events would bypass the stream versions and the append lock that readers rely on';
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER events_only_through_append_events
                BEFORE INSERT ON {schema}.events
                FOR EACH STATEMENT EXECUTE FUNCTION {schema}.refuse_direct_event_writes();
                """),
        Migration(
            version: 3, description: "the log is append-only for every role but its owner",
            sql: """
                -- Events are facts: a correction is a new event, never an edit. Only the log's owner (the role
                -- that migrates, see ops/db-bootstrap) may change or remove one, for maintenance by hand.
                CREATE FUNCTION {schema}.refuse_event_changes() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID),
                                       'MEMBER') THEN
                        RAISE EXCEPTION USING ERRCODE = 'TKA03',
                            MESSAGE = format('the event log %s.events is append-only: %s is refused for role %s',
                                {schema_literal}, TG_OP, current_user),
                            HINT = 'a correction is a new event; only the log''s owner may change recorded events';
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER events_are_append_only
                BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.events
                FOR EACH STATEMENT EXECUTE FUNCTION {schema}.refuse_event_changes();

                -- No grant lets another role try either: whoever was given UPDATE, DELETE or TRUNCATE on the log
                -- (default privileges included) loses it.
                DO $$
                DECLARE
                    grantee oid;
                BEGIN
                    FOR grantee IN
                        SELECT DISTINCT a.grantee
                        FROM pg_class c, aclexplode(c.relacl) a
                        WHERE c.oid = ({schema_literal} || '.events')::regclass AND a.grantee <> c.relowner
                          AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
                    LOOP
                        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM %s',
                            ({schema_literal} || '.events')::regclass,
                            CASE WHEN grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(grantee)) END);
                    END LOOP;
                END
                $$;
                """),
        Migration(
            version: 4, description: "a log restored into another cluster moves behind its transaction ids",
            sql: """
                -- A log restored into another PostgreSQL cluster can hold transaction ids this cluster has not
                -- reached yet: its new appends would sort before the restored events, and readers past those
                -- would never see them. rebase_log() puts every event at transaction id 1, so the log's order
                -- becomes the order of sequence, which every stream's order and every cause-before-effect
                -- agree with; read models rebuild from there (a checkpoint past the log's head says so).
                -- Run by the log's owner: it changes recorded positions, never an event's content.
                CREATE FUNCTION {schema}.rebase_log() RETURNS bigint
                LANGUAGE plpgsql AS $$
                DECLARE
                    moved bigint;
                BEGIN
                    -- Committed events always precede a new transaction here: only a restored log is ahead.
                    IF NOT EXISTS (SELECT FROM {schema}.events WHERE transaction_id >= pg_current_xact_id()) THEN
                        RETURN 0;
                    END IF;
                    LOCK TABLE {schema}.events IN SHARE ROW EXCLUSIVE MODE;
                    UPDATE {schema}.idempotency_keys SET transaction_id = '1'
                    WHERE transaction_id IS NOT NULL AND transaction_id <> '1';
                    UPDATE {schema}.events SET transaction_id = '1' WHERE transaction_id <> '1';
                    GET DIAGNOSTICS moved = ROW_COUNT;
                    RETURN moved;
                END
                $$;
                """),
        Migration(
            version: 5, description: "an append writes only its events and its idempotency key",
            sql: """
                -- An append's cost is what it writes. Before this version it wrote the stream's version into
                -- streams and its idempotency key twice (a placeholder first, the positions last): three more
                -- row versions per event than the events themselves. The stream's version is the highest
                -- stream_version of its events, read under the stream's append lock (its unique index answers
                -- it), and the key is written once, complete, after the events.
                CREATE OR REPLACE FUNCTION {schema}.append_events(
                    p_stream text, p_expected_kind smallint, p_expected_version bigint, p_key text,
                    p_types text[], p_schema_versions integer[], p_data jsonb[],
                    p_actor text, p_command_id uuid, p_correlation_id uuid, p_causation_id uuid,
                    p_client text, p_recorded_at timestamptz)
                RETURNS TABLE (out_stream_id text, out_first_version bigint, out_last_version bigint,
                               out_transaction_id xid8, out_sequence bigint, out_duplicate boolean)
                LANGUAGE plpgsql AS $$
                DECLARE
                    n integer := coalesce(cardinality(p_types), 0);
                    space integer := {schema}.append_lock_space()::integer;
                    base bigint;
                    key_written boolean;
                    original text;
                BEGIN
                    -- The stream's append lock comes first, before anything that gives the transaction its id:
                    -- writers of one stream then get increasing transaction ids (so the global log, ordered by
                    -- transaction id, keeps every stream in version order), and log_horizon() sees every transaction
                    -- that may still commit events. Each statement below reads a snapshot taken after the lock was
                    -- granted: the stream's previous appender has committed or rolled back.
                    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
                        PERFORM {schema}.check_append_order(space);
                    END IF;
                    PERFORM pg_advisory_xact_lock(space, hashtext(p_stream));
                    PERFORM set_config('tredjekraft.append_lock_space', space::text, true);

                    -- One statement reads what the append depends on: an earlier append with this key, and the
                    -- stream's version (the highest of its events, from their unique index).
                    SELECT k.stream_id, k.first_version, k.last_version, k.transaction_id, k.sequence,
                           (SELECT coalesce(max(e.stream_version), 0) FROM {schema}.events e WHERE e.stream_id = p_stream)
                    INTO out_stream_id, out_first_version, out_last_version, out_transaction_id, out_sequence, base
                    FROM (SELECT) AS one LEFT JOIN {schema}.idempotency_keys k ON k.key = p_key;
                    IF out_stream_id IS NOT NULL THEN
                        out_duplicate := true;
                        RETURN NEXT;
                        RETURN;
                    END IF;
                    IF (p_expected_kind = 1 AND base <> 0) OR (p_expected_kind = 2 AND base <> p_expected_version) THEN
                        RAISE EXCEPTION USING ERRCODE = 'TKV01', MESSAGE = 'wrong expected version', DETAIL = base::text;
                    END IF;

                    -- One statement writes the events and the key. Only an append to another stream can have taken
                    -- the key meanwhile (one to this stream waited for the lock): then this one rolls back, and its
                    -- caller learns which stream has it. Parameters as arrays, not generate_series(1, n): the plan
                    -- stays generic instead of being made again for every call.
                    PERFORM set_config('tredjekraft.writing_events', space::text, true);
                    WITH inserted AS (
                        INSERT INTO {schema}.events (stream_id, stream_version, event_type, schema_version, data,
                            actor, command_id, correlation_id, causation_id, client, recorded_at)
                        SELECT p_stream, base + e.i, e.type, e.version, e.data,
                            p_actor, p_command_id, p_correlation_id, p_causation_id, p_client, p_recorded_at
                        FROM unnest(p_types, p_schema_versions, p_data) WITH ORDINALITY AS e(type, version, data, i)
                        ORDER BY e.i
                        RETURNING sequence
                    ), last AS (
                        SELECT max(inserted.sequence) AS sequence FROM inserted
                    ), key AS (
                        INSERT INTO {schema}.idempotency_keys
                            (key, stream_id, first_version, last_version, transaction_id, sequence, recorded_at)
                        SELECT p_key, p_stream, base + 1, base + n, pg_current_xact_id(), last.sequence, p_recorded_at
                        FROM last WHERE p_key IS NOT NULL
                        ON CONFLICT (key) DO NOTHING
                        RETURNING true
                    )
                    SELECT last.sequence, (SELECT bool_or(true) FROM key) INTO out_sequence, key_written FROM last;
                    PERFORM set_config('tredjekraft.writing_events', '', true);
                    IF p_key IS NOT NULL AND key_written IS NULL THEN
                        SELECT k.stream_id INTO original FROM {schema}.idempotency_keys k WHERE k.key = p_key;
                        RAISE EXCEPTION USING ERRCODE = 'TKK01', MESSAGE = 'idempotency key already used',
                            DETAIL = coalesce(original, '');
                    END IF;

                    out_stream_id := p_stream;
                    out_first_version := base + 1;
                    out_last_version := base + n;
                    out_transaction_id := pg_current_xact_id();
                    out_duplicate := false;
                    RETURN NEXT;
                END
                $$;

                -- The versions now come from the events themselves.
                DROP TABLE {schema}.streams;
                """),
        Migration(
            version: 6, description: "erasure: an audited rewrite of events named by a TextRedacted event",
            sql: """
                -- Erasure of free text (docs/operations.md, "Personuppgifter"): the one change to recorded
                -- events that the daemon's role may make, and only through this function, which runs as the
                -- log's owner. It rewrites the data of the events that a TextRedacted event appended in the
                -- same transaction lists: the log itself says who erased what, when and why. An event keeps
                -- its type, stream, position and keys; only values change (the text becomes a marker).
                -- p_rewrites: [{"sequence": 12, "path": ["title"], "value": "[borttaget 2026-12-07]"}, …]; each
                -- replaces one string value, so an event keeps its type, stream, position, keys and shape.
                CREATE FUNCTION {schema}.redact_events(p_rewrites jsonb) RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                DECLARE
                    listed bigint[];
                    r record;
                    changed integer := 0;
                BEGIN
                    SELECT coalesce(array_agg(s.value::bigint), '{}') INTO listed
                    FROM {schema}.events e, jsonb_array_elements_text(e.data -> 'rewrittenEvents') s
                    WHERE e.transaction_id = pg_current_xact_id() AND e.event_type = 'TextRedacted';
                    FOR r IN
                        SELECT (x ->> 'sequence')::bigint AS seq,
                               ARRAY(SELECT jsonb_array_elements_text(x -> 'path')) AS path, x -> 'value' AS value
                        FROM jsonb_array_elements(p_rewrites) x
                    LOOP
                        IF NOT r.seq = ANY (listed) THEN
                            RAISE EXCEPTION USING ERRCODE = 'TKA04',
                                MESSAGE = format('event %s is not listed by a TextRedacted event of this transaction', r.seq),
                                HINT = 'an erasure appends its TextRedacted event first, in the same transaction';
                        END IF;
                        UPDATE {schema}.events SET data = jsonb_set(data, r.path, r.value, false)
                        WHERE sequence = r.seq AND event_type <> 'TextRedacted'
                          AND jsonb_typeof(data #> r.path) = 'string' AND jsonb_typeof(r.value) = 'string';
                        IF NOT FOUND THEN
                            RAISE EXCEPTION USING ERRCODE = 'TKA04',
                                MESSAGE = format('event %s has no text at %s to erase', r.seq, r.path);
                        END IF;
                        changed := changed + 1;
                    END LOOP;
                    RETURN changed;
                END
                $$;
                """),
    ]
}
