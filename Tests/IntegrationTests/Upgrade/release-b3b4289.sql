--
-- PostgreSQL database dump
--

\restrict gNY3Cie0DrJLwcKKLqcjUJmpVH8yQmswgZlbZkQNdm0xLNOwVrGzcQcq4IJGLom

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: tredjekraft; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tredjekraft;


--
-- Name: append_events(text, smallint, bigint, text, text[], integer[], jsonb[], text, uuid, uuid, uuid, text, timestamp with time zone); Type: FUNCTION; Schema: tredjekraft; Owner: -
--

CREATE FUNCTION tredjekraft.append_events(p_stream text, p_expected_kind smallint, p_expected_version bigint, p_key text, p_types text[], p_schema_versions integer[], p_data jsonb[], p_actor text, p_command_id uuid, p_correlation_id uuid, p_causation_id uuid, p_client text, p_recorded_at timestamp with time zone) RETURNS TABLE(out_stream_id text, out_first_version bigint, out_last_version bigint, out_transaction_id xid8, out_sequence bigint, out_duplicate boolean)
    LANGUAGE plpgsql
    AS $$
DECLARE
    n integer := coalesce(cardinality(p_types), 0);
    space integer := "tredjekraft".append_lock_space()::integer;
    base bigint;
    actual bigint;
    last_sequence bigint;
BEGIN
    -- The stream's append lock comes first, before anything that gives the transaction its id:
    -- writers of one stream then get increasing transaction ids (so the global log, ordered by
    -- transaction id, keeps every stream in version order), and log_horizon() sees every
    -- transaction that may still commit events.
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        PERFORM "tredjekraft".check_append_order(space);
    END IF;
    PERFORM pg_advisory_xact_lock(space, hashtext(p_stream));
    PERFORM set_config('tredjekraft.append_lock_space', space::text, true);
    IF p_key IS NOT NULL THEN
        INSERT INTO "tredjekraft".idempotency_keys (key, stream_id, recorded_at)
        VALUES (p_key, p_stream, p_recorded_at)
        ON CONFLICT (key) DO NOTHING;
        IF NOT FOUND THEN
            RETURN QUERY
                SELECT k.stream_id, k.first_version, k.last_version, k.transaction_id, k.sequence, true
                FROM "tredjekraft".idempotency_keys k WHERE k.key = p_key;
            RETURN;
        END IF;
    END IF;

    IF p_expected_kind = 0 THEN
        INSERT INTO "tredjekraft".streams AS s (stream_id, version) VALUES (p_stream, n)
        ON CONFLICT (stream_id) DO UPDATE SET version = s.version + n
        RETURNING s.version - n INTO base;
    ELSIF p_expected_kind = 1 THEN
        INSERT INTO "tredjekraft".streams (stream_id, version) VALUES (p_stream, n)
        ON CONFLICT (stream_id) DO NOTHING;
        IF NOT FOUND THEN
            SELECT s.version INTO actual FROM "tredjekraft".streams s WHERE s.stream_id = p_stream;
            RAISE EXCEPTION USING ERRCODE = 'TKV01', MESSAGE = 'wrong expected version',
                DETAIL = coalesce(actual, 0)::text;
        END IF;
        base := 0;
    ELSE
        UPDATE "tredjekraft".streams s SET version = s.version + n
        WHERE s.stream_id = p_stream AND s.version = p_expected_version;
        IF NOT FOUND THEN
            SELECT s.version INTO actual FROM "tredjekraft".streams s WHERE s.stream_id = p_stream;
            RAISE EXCEPTION USING ERRCODE = 'TKV01', MESSAGE = 'wrong expected version',
                DETAIL = coalesce(actual, 0)::text;
        END IF;
        base := p_expected_version;
    END IF;

    PERFORM set_config('tredjekraft.writing_events', space::text, true);
    WITH inserted AS (
        INSERT INTO "tredjekraft".events (stream_id, stream_version, event_type, schema_version, data,
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
        UPDATE "tredjekraft".idempotency_keys k
        SET first_version = base + 1, last_version = base + n,
            transaction_id = pg_current_xact_id(), sequence = last_sequence
        WHERE k.key = p_key;
    END IF;

    RETURN QUERY SELECT p_stream, base + 1, base + n, pg_current_xact_id(), last_sequence, false;
END
$$;


--
-- Name: append_lock_space(); Type: FUNCTION; Schema: tredjekraft; Owner: -
--

CREATE FUNCTION tredjekraft.append_lock_space() RETURNS oid
    LANGUAGE sql STABLE
    AS $$ SELECT '"tredjekraft"'::regnamespace::oid $$;


--
-- Name: check_append_order(integer); Type: FUNCTION; Schema: tredjekraft; Owner: -
--

CREATE FUNCTION tredjekraft.check_append_order(p_space integer) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL
       AND current_setting('tredjekraft.append_lock_space', true) IS DISTINCT FROM p_space::text THEN
        RAISE EXCEPTION USING ERRCODE = 'TKA01',
            MESSAGE = 'an append must come before every other write of its transaction',
            DETAIL = format('transaction %s already has a transaction id but holds no append lock of schema %s',
                pg_current_xact_id_if_assigned(), '"tredjekraft"'),
            HINT = 'append in a transaction of its own, or call lock_streams() for every stream first';
    END IF;
END
$$;


--
-- Name: lock_streams(text[]); Type: FUNCTION; Schema: tredjekraft; Owner: -
--

CREATE FUNCTION tredjekraft.lock_streams(p_streams text[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    space integer := "tredjekraft".append_lock_space()::integer;
    key integer;
BEGIN
    PERFORM "tredjekraft".check_append_order(space);
    FOR key IN SELECT DISTINCT hashtext(s) FROM unnest(p_streams) AS s ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(space, key);
        -- Only a lock actually held vouches for the transaction's later appends.
        PERFORM set_config('tredjekraft.append_lock_space', space::text, true);
    END LOOP;
END
$$;


--
-- Name: log_appenders(); Type: FUNCTION; Schema: tredjekraft; Owner: -
--

CREATE FUNCTION tredjekraft.log_appenders() RETURNS TABLE(pid integer, transaction_id xid8, database name, application_name text, transaction_start timestamp with time zone)
    LANGUAGE plpgsql
    AS $$
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
          AND l.classid = "tredjekraft".append_lock_space()
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


--
-- Name: log_horizon(boolean); Type: FUNCTION; Schema: tredjekraft; Owner: -
--

CREATE FUNCTION tredjekraft.log_horizon(p_later_transaction_reads boolean DEFAULT false) RETURNS xid8
    LANGUAGE plpgsql
    AS $$
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
    SELECT min(a.transaction_id) INTO oldest FROM "tredjekraft".log_appenders() a;
    RETURN least(horizon, oldest);
END
$$;


--
-- Name: refuse_direct_event_writes(); Type: FUNCTION; Schema: tredjekraft; Owner: -
--

CREATE FUNCTION tredjekraft.refuse_direct_event_writes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF current_setting('tredjekraft.writing_events', true)
       IS DISTINCT FROM "tredjekraft".append_lock_space()::integer::text THEN
        RAISE EXCEPTION USING ERRCODE = 'TKA02',
            MESSAGE = format('events are written only through %s.append_events()', '"tredjekraft"'),
            HINT = 'an INSERT into events would bypass the stream versions and the append lock that readers rely on';
    END IF;
    RETURN NULL;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: action_items; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.action_items (
    action_item_id uuid NOT NULL,
    certification_id uuid NOT NULL,
    area text NOT NULL,
    action text NOT NULL,
    owner text NOT NULL,
    due_date date NOT NULL,
    followed_up_by text NOT NULL
);


--
-- Name: certification_areas; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.certification_areas (
    certification_id uuid NOT NULL,
    area text NOT NULL,
    fulfilled boolean NOT NULL,
    note text
);


--
-- Name: certifications; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.certifications (
    certification_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    started_on date NOT NULL,
    renews uuid,
    adopted_on date,
    adopted_by text,
    certified_on date,
    valid_until date
);


--
-- Name: contacts; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.contacts (
    kind text NOT NULL,
    key text NOT NULL,
    address text NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: council_meetings; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.council_meetings (
    meeting_id uuid NOT NULL,
    council_id uuid NOT NULL,
    held_on date NOT NULL,
    participant_count integer NOT NULL
);


--
-- Name: councils; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.councils (
    council_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    name text NOT NULL,
    form text NOT NULL
);


--
-- Name: digests; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.digests (
    digest_id uuid NOT NULL,
    recipient_kind text NOT NULL,
    recipient_id text NOT NULL,
    month text NOT NULL,
    sent_on date NOT NULL,
    late_since date,
    mail_id uuid,
    printed_as text,
    items integer NOT NULL,
    reports jsonb NOT NULL,
    delivered_on date,
    feedback_recorded_on date,
    cleared jsonb
);


--
-- Name: events; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.events (
    sequence bigint NOT NULL,
    transaction_id xid8 DEFAULT pg_current_xact_id() NOT NULL,
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
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: events_sequence_seq; Type: SEQUENCE; Schema: tredjekraft; Owner: -
--

ALTER TABLE tredjekraft.events ALTER COLUMN sequence ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME tredjekraft.events_sequence_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: feedback_owed; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.feedback_owed (
    issue_id uuid NOT NULL,
    council_id uuid NOT NULL,
    occasion text NOT NULL,
    owed_since date NOT NULL
);


--
-- Name: findings; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.findings (
    finding_id uuid NOT NULL,
    revision_id uuid NOT NULL,
    text text NOT NULL,
    quality_area text NOT NULL,
    recommendation text NOT NULL
);


--
-- Name: idempotency_keys; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.idempotency_keys (
    key text NOT NULL,
    stream_id text NOT NULL,
    first_version bigint,
    last_version bigint,
    transaction_id xid8,
    sequence bigint,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: issue_sources; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.issue_sources (
    source_id uuid NOT NULL,
    source_kind text NOT NULL,
    issue_id uuid NOT NULL,
    origin_id uuid NOT NULL,
    first_issue_id uuid NOT NULL,
    linked_on date NOT NULL
);


--
-- Name: issue_status; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.issue_status (
    issue_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    title text NOT NULL,
    status text NOT NULL,
    outcome text,
    motivation text,
    decided_by text,
    decided_on date,
    owner text,
    due_date date,
    registered_on date NOT NULL,
    quality_area text,
    participation_level integer,
    participation_reason text,
    source_kinds text[] NOT NULL,
    sources jsonb NOT NULL,
    councils uuid[] NOT NULL,
    feedback_owed jsonb NOT NULL,
    feedback_owed_count integer NOT NULL,
    feedback_owed_since date,
    merged_into uuid,
    first_decided_on date,
    implemented_on date,
    first_feedback_on date,
    carried_out_on date,
    implementation_summary text,
    verified_on date,
    verification_note text,
    withdrawn_on date,
    withdrawn_reason text,
    last_event_at timestamp with time zone NOT NULL,
    last_event_on date NOT NULL,
    stream_version bigint NOT NULL
);


--
-- Name: outbox; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.outbox (
    mail_id uuid NOT NULL,
    recipient_kind text NOT NULL,
    recipient_id text NOT NULL,
    purpose text NOT NULL,
    subject text NOT NULL,
    regarding text,
    state text NOT NULL,
    attempts integer NOT NULL,
    last_error text,
    next_attempt_at timestamp with time zone,
    queued_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone,
    stream_version bigint NOT NULL
);


--
-- Name: policy_effects; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.policy_effects (
    stream_id text NOT NULL,
    stream_version bigint NOT NULL,
    subject_kind text NOT NULL,
    subject_id uuid NOT NULL,
    issue_id uuid,
    certification_id uuid,
    kind text NOT NULL,
    policy text NOT NULL,
    occasion text NOT NULL,
    since date NOT NULL,
    recipient_kind text NOT NULL,
    recipient_id text NOT NULL,
    mail_id uuid NOT NULL,
    sent_on date NOT NULL,
    late_since date,
    record jsonb NOT NULL
);


--
-- Name: projection_checkpoints; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.projection_checkpoints (
    name text NOT NULL,
    version integer NOT NULL,
    transaction_id xid8 DEFAULT '0'::xid8 NOT NULL,
    sequence bigint DEFAULT 0 NOT NULL,
    rebuilt_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: proposals; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.proposals (
    proposal_id uuid NOT NULL,
    council_id uuid NOT NULL,
    meeting_id uuid,
    text text NOT NULL,
    quality_area text,
    pseudonym text,
    put_forward_on date NOT NULL,
    withdrawn_reason text
);


--
-- Name: revisions; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.revisions (
    revision_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    auditor_count integer NOT NULL,
    published_on date,
    title text
);


--
-- Name: schema_migrations; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.schema_migrations (
    component text NOT NULL,
    version integer NOT NULL,
    description text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: streams; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.streams (
    stream_id text NOT NULL,
    version bigint NOT NULL,
    CONSTRAINT streams_version_check CHECK ((version > 0))
);


--
-- Name: timeline; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.timeline (
    issue_id uuid NOT NULL,
    stream_version bigint NOT NULL,
    transaction_id xid8 NOT NULL,
    sequence bigint NOT NULL,
    occurred_on date NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    actor text NOT NULL,
    event_type text NOT NULL,
    text text NOT NULL
);


--
-- Name: units; Type: TABLE; Schema: tredjekraft; Owner: -
--

CREATE TABLE tredjekraft.units (
    unit_id uuid NOT NULL,
    name text NOT NULL
);


--
-- Data for Name: action_items; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.action_items (action_item_id, certification_id, area, action, owner, due_date, followed_up_by) FROM stdin;
9bbcb2b6-03ce-8a4a-a33a-56c3f9e55a6f	f0fb7e32-b7d3-8476-9631-1bda631dd453	information	Ta fram skriftlig information om behandlingen och de boendes rättigheter, på lätt svenska, tillsammans med brukarrådet.	behandlingsansvarig	2026-07-04	verksamhetschef
fdf2e492-5bef-84a4-85b6-a37720529299	f0fb7e32-b7d3-8476-9631-1bda631dd453	mal_och_delmal	Varje behandlingsplan får delmål som den boende själv har formulerat, och delmålen följs upp var fjärde vecka.	behandlingsansvarig	2026-08-03	verksamhetschef
0fe6e5c1-2853-8964-9148-8c356c4a6c59	f0fb7e32-b7d3-8476-9631-1bda631dd453	samverkan_med_andra	Bjud in socialtjänsten till ett SIP-möte före varje planerad utskrivning.	verksamhetschef	2026-10-02	kvalitetssamordnare
ceb8b601-f4a0-82da-a24a-3b514d872c09	f0fb7e32-b7d3-8476-9631-1bda631dd453	utbildning	Brukarkraft utbildar hela personalgruppen i brukarinflytande.	verksamhetschef	2026-05-15	kvalitetssamordnare
3987732c-67e4-8376-adde-b6fc9e4d1aed	f0fb7e32-b7d3-8476-9631-1bda631dd453	brukarinflytandepolicy	Skriv en brukarinflytandepolicy tillsammans med brukarrådet och låt ledningen anta den.	kvalitetssamordnare	2026-09-02	verksamhetschef
934f9612-e840-87cc-ba7e-4934038f92bb	f0fb7e32-b7d3-8476-9631-1bda631dd453	brukarinflytandepolicy	Brukarrådet träffas varje månad; protokollet sätts upp i allrummet och tas upp på personalmötet.	samordnare brukarinflytande	2027-01-30	verksamhetschef
\.


--
-- Data for Name: certification_areas; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.certification_areas (certification_id, area, fulfilled, note) FROM stdin;
f0fb7e32-b7d3-8476-9631-1bda631dd453	bemotande	t	De boende beskriver personalen som lyhörd; bemötandet tas upp på varje personalmöte.
f0fb7e32-b7d3-8476-9631-1bda631dd453	information	f	Skriftlig information om behandlingen saknas; det som finns är skrivet för myndigheter, inte för de boende.
f0fb7e32-b7d3-8476-9631-1bda631dd453	kartlaggning_av_problem	t	Problemen kartläggs tillsammans med den boende vid inskrivningen.
f0fb7e32-b7d3-8476-9631-1bda631dd453	mal_och_delmal	f	Målen i behandlingsplanen formuleras av personalen, och delmålen följs inte upp regelbundet.
f0fb7e32-b7d3-8476-9631-1bda631dd453	stodinsatser	t	De boende kan välja mellan flera gruppaktiviteter och har en egen kontaktperson.
f0fb7e32-b7d3-8476-9631-1bda631dd453	samverkan_med_andra	f	Samverkan med socialtjänsten inför utskrivning är ojämn; SIP används sällan.
f0fb7e32-b7d3-8476-9631-1bda631dd453	uppfoljning	t	Den som har skrivits ut blir uppringd efter en och efter tre månader.
f0fb7e32-b7d3-8476-9631-1bda631dd453	utbildning	f	Personalen har inte fått någon utbildning i brukarinflytande.
f0fb7e32-b7d3-8476-9631-1bda631dd453	brukarinflytandepolicy	f	Det finns ingen skriftlig brukarinflytandepolicy.
f0fb7e32-b7d3-8476-9631-1bda631dd453	kvalitetsledningssystem	t	Synpunkter och klagomål förs in i kvalitetsledningssystemet och följs upp varje kvartal.
\.


--
-- Data for Name: certifications; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.certifications (certification_id, unit_id, started_on, renews, adopted_on, adopted_by, certified_on, valid_until) FROM stdin;
f0fb7e32-b7d3-8476-9631-1bda631dd453	f6a99c5a-6952-8c0d-b497-f87d865a61bc	2025-12-31	\N	2026-02-09	Ledningsgruppen Iris Mullsjö	2026-02-24	2028-02-24
\.


--
-- Data for Name: contacts; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.contacts (kind, key, address, changed_at) FROM stdin;
management	87686cf7-fa6d-84ff-8701-885fa48b9dca	ledning.vuxenstod-lund@example.org	2026-12-01 05:16:32.380051+00
coordinator	87686cf7-fa6d-84ff-8701-885fa48b9dca	samordnare.vuxenstod-lund@example.org	2026-12-01 05:16:32.391415+00
council	bd7fbb90-e3cd-843e-b561-62a275d64f99	dialogmoten-vuxenstod-lund@example.org	2026-12-01 05:16:32.423526+00
management	2788e05f-1772-8551-8779-17ffb21a45cc	ledning.forsorjningsstod-biskopsgarden@example.org	2026-12-01 05:16:32.443459+00
coordinator	2788e05f-1772-8551-8779-17ffb21a45cc	samordnare.forsorjningsstod-biskopsgarden@example.org	2026-12-01 05:16:32.459492+00
owner	enhetschef stödboendet vuxenstöd	enhetschef-stodboendet-vuxenstod@example.org	2026-12-01 05:16:32.475243+00
owner	utvecklingssekreterare vuxenstöd	utvecklingssekreterare-vuxenstod@example.org	2026-12-01 05:16:32.487457+00
owner	enhetschef myndighet vuxenstöd	enhetschef-myndighet-vuxenstod@example.org	2026-12-01 05:16:32.508572+00
owner	enhetschef öppenvården vuxenstöd	enhetschef-oppenvarden-vuxenstod@example.org	2026-12-01 05:16:32.524079+00
management	f6a99c5a-6952-8c0d-b497-f87d865a61bc	ledning.iris-mullsjo-hvb@example.org	2026-12-01 05:16:32.548456+00
coordinator	f6a99c5a-6952-8c0d-b497-f87d865a61bc	samordnare.iris-mullsjo-hvb@example.org	2026-12-01 05:16:32.572712+00
council	74074590-9efe-80fa-a4c5-80c4c7b16433	brukarradet-iris-mullsjo@example.org	2026-12-01 05:16:32.584363+00
owner	kvalitetsutvecklare vuxenstöd	kvalitetsutvecklare-vuxenstod@example.org	2026-12-01 05:16:32.598038+00
council	a595841d-7c9c-833c-8ca7-58b918f04199	frukostmoten-forsorjningsstod-biskopsgarden@example.org	2026-12-01 05:16:32.612088+00
owner	behandlingsansvarig	behandlingsansvarig@example.org	2026-12-01 05:16:32.62332+00
owner	verksamhetschef	verksamhetschef@example.org	2026-12-01 05:16:32.641544+00
owner	kvalitetssamordnare	kvalitetssamordnare@example.org	2026-12-01 05:16:32.658583+00
owner	avdelningschef vuxenstöd	avdelningschef-vuxenstod@example.org	2026-12-01 05:16:32.676169+00
owner	enhetschef utredningsgruppen	enhetschef-utredningsgruppen@example.org	2026-12-01 05:16:32.697571+00
owner	sektionschef försörjningsstöd	sektionschef-forsorjningsstod@example.org	2026-12-01 05:16:32.708372+00
\.


--
-- Data for Name: council_meetings; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.council_meetings (meeting_id, council_id, held_on, participant_count) FROM stdin;
c48f39b4-8d30-8872-b96c-8979fbc6af09	bd7fbb90-e3cd-843e-b561-62a275d64f99	2025-11-16	8
2a862d96-28c7-8118-bc4a-6289fe2bb943	74074590-9efe-80fa-a4c5-80c4c7b16433	2026-01-05	6
83660872-06d3-86e8-9b3c-3da28c2b3b69	a595841d-7c9c-833c-8ca7-58b918f04199	2026-02-04	7
c48f38b4-8d30-86bf-b96c-8679fbc6a9f0	bd7fbb90-e3cd-843e-b561-62a275d64f99	2026-02-14	5
2a863096-28c7-8631-bc4a-6389fe2bbaf6	74074590-9efe-80fa-a4c5-80c4c7b16433	2026-03-06	7
83660b72-06d3-8c01-9b3c-3aa28c2b3650	a595841d-7c9c-833c-8ca7-58b918f04199	2026-03-06	5
83660a72-06d3-8a4e-9b3c-3ba28c2b3803	a595841d-7c9c-833c-8ca7-58b918f04199	2026-04-05	9
2a862f96-28c7-847e-bc4a-6489fe2bbca9	74074590-9efe-80fa-a4c5-80c4c7b16433	2026-05-05	5
83660d72-06d3-8f67-9b3c-40a28c2b4082	a595841d-7c9c-833c-8ca7-58b918f04199	2026-05-05	6
c48f37b4-8d30-850c-b96c-8779fbc6aba3	bd7fbb90-e3cd-843e-b561-62a275d64f99	2026-05-15	3
83660c72-06d3-8db4-9b3c-41a28c2b4235	a595841d-7c9c-833c-8ca7-58b918f04199	2026-06-04	4
2a863296-28c7-8997-bc4a-6589fe2bbe5c	74074590-9efe-80fa-a4c5-80c4c7b16433	2026-07-04	8
83660f72-06d3-82cd-9b3c-3ea28c2b3d1c	a595841d-7c9c-833c-8ca7-58b918f04199	2026-07-04	8
83660e72-06d3-811a-9b3c-3fa28c2b3ecf	a595841d-7c9c-833c-8ca7-58b918f04199	2026-08-03	6
c48f36b4-8d30-8359-b96c-8c79fbc6b422	bd7fbb90-e3cd-843e-b561-62a275d64f99	2026-08-13	8
2a863196-28c7-87e4-bc4a-6689fe2bc00f	74074590-9efe-80fa-a4c5-80c4c7b16433	2026-09-02	6
83660172-06d3-8b03-9b3c-44a28c2b474e	a595841d-7c9c-833c-8ca7-58b918f04199	2026-09-02	10
83660072-06d3-8950-9b3c-45a28c2b4901	a595841d-7c9c-833c-8ca7-58b918f04199	2026-10-02	5
c48f35b4-8d30-81a6-b96c-8d79fbc6b5d5	bd7fbb90-e3cd-843e-b561-62a275d64f99	2026-10-22	6
2a863496-28c7-8cfd-bc4a-6789fe2bc1c2	74074590-9efe-80fa-a4c5-80c4c7b16433	2026-11-01	7
197731c1-98af-8108-b298-14342d75d83b	a595841d-7c9c-833c-8ca7-58b918f04199	2026-11-01	7
\.


--
-- Data for Name: councils; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.councils (council_id, unit_id, name, form) FROM stdin;
bd7fbb90-e3cd-843e-b561-62a275d64f99	87686cf7-fa6d-84ff-8701-885fa48b9dca	Dialogmöten vuxenstöd Lund	dialogmote
74074590-9efe-80fa-a4c5-80c4c7b16433	f6a99c5a-6952-8c0d-b497-f87d865a61bc	Brukarrådet Iris Mullsjö	brukarrad
a595841d-7c9c-833c-8ca7-58b918f04199	2788e05f-1772-8551-8779-17ffb21a45cc	Frukostmöten försörjningsstöd Biskopsgården	dialogmote
\.


--
-- Data for Name: digests; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.digests (digest_id, recipient_kind, recipient_id, month, sent_on, late_since, mail_id, printed_as, items, reports, delivered_on, feedback_recorded_on, cleared) FROM stdin;
11a6a19d-d7e1-86dc-be8e-c71e0dca9985	council	74074590-9efe-80fa-a4c5-80c4c7b16433	2026-11	2026-12-01	\N	b123f1f9-4a4f-8cbc-a191-f5771a9a81a3	\N	1	[]	\N	\N	\N
b78c7292-6ee1-8921-b6c0-1804011af0c0	council	bd7fbb90-e3cd-843e-b561-62a275d64f99	2026-11	2026-12-01	\N	6c27c725-1235-8010-b931-77e8fbbfa477	\N	8	[{"issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "occasion": "decision", "owedSince": "2026-02-24"}, {"issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "occasion": "implementation", "owedSince": "2026-09-22"}]	\N	\N	\N
39c2634b-9a6e-821e-884f-c7d901302113	council	a595841d-7c9c-833c-8ca7-58b918f04199	2026-11	2026-12-01	\N	39c5d617-2e91-85a4-a235-92f25f35bdc3	\N	1	[{"issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "occasion": "implementation", "owedSince": "2026-10-12"}]	\N	\N	\N
7b5ec6ab-0a51-8226-8c0d-f1076903e639	management	2788e05f-1772-8551-8779-17ffb21a45cc	2026-11	2026-12-01	\N	8cf31387-da32-8afb-8cdb-0b742ce332e8	\N	1	[]	\N	\N	\N
aa2666b5-c8f1-8ea3-b683-14856bb0f968	management	f6a99c5a-6952-8c0d-b497-f87d865a61bc	2026-11	2026-12-01	\N	45fa1861-a8fb-8375-a026-c46519aa8ca2	\N	2	[]	\N	\N	\N
1a195668-3492-8b54-b877-c32fd6122973	management	87686cf7-fa6d-84ff-8701-885fa48b9dca	2026-11	2026-12-01	\N	1ab6ecb1-47a8-8c99-9c90-6686e5b5b202	\N	3	[]	\N	\N	\N
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.events (sequence, transaction_id, stream_id, stream_version, event_type, schema_version, data, actor, command_id, correlation_id, causation_id, client, recorded_at) FROM stdin;
1	14543	unit-87686cf7-fa6d-84ff-8701-885fa48b9dca	1	UnitRegistered	1	{"name": "Vuxenstöd Lund", "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca"}	root	c843d64b-a824-4b1c-a47c-ff1eacfd0c75	\N	\N	tredjekraft demo load (samordnare.lund)	2025-10-27 07:00:00+00
2	14547	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	1	CouncilCreated	1	{"form": "dialogmote", "name": "Dialogmöten vuxenstöd Lund", "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	b1dd431a-c2a3-454b-8e16-9fa9b7cb5a22	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-06 07:00:00+00
3	14551	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	2	CouncilMeetingHeld	1	{"heldOn": "2025-11-16", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f39b4-8d30-8872-b96c-8979fbc6af09", "participantCount": 8}	root	861ccf0f-2f06-45b1-8da2-36ae0ef2d7cf	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-16 07:00:00+00
4	14555	proposal-adf2c2ac-443f-8244-abf3-c1015d44cc29	1	ProposalPutForward	1	{"text": "Kontinuitet: färre byten av handläggare. I dag kan tio olika personer från olika enheter vara inblandade i ett och samma ärende, och man får berätta allt från början varje gång.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f39b4-8d30-8872-b96c-8979fbc6af09", "proposalId": "adf2c2ac-443f-8244-abf3-c1015d44cc29", "qualityArea": "stodinsatser", "putForwardOn": "2025-11-16"}	root	6f1c87c6-cafe-4719-a3bd-bca0479e00b0	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-16 07:01:00+00
5	14559	proposal-073de3ca-fbaf-8a8c-b219-168a489a7e07	1	ProposalPutForward	1	{"text": "Tid att lyssna: handläggaren behöver ha tid för ett längre samtal när man behöver prata av sig, och kunna ställa om när det planerade samtalet inte går att genomföra.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f39b4-8d30-8872-b96c-8979fbc6af09", "pseudonym": "Deltagare A", "proposalId": "073de3ca-fbaf-8a8c-b219-168a489a7e07", "qualityArea": "bemotande", "putForwardOn": "2025-11-16"}	root	da08481e-272a-46d3-b7ff-cb86653d2874	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-16 07:02:00+00
6	14565	proposal-55c94e1d-d195-8ef5-8f4d-dd14c9de8faa	1	ProposalPutForward	1	{"text": "Relationen är viktig: personalen ska våga göra det lilla extra för att hitta ett sätt att mötas, och man ska kunna byta handläggare när kemin inte stämmer.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f39b4-8d30-8872-b96c-8979fbc6af09", "proposalId": "55c94e1d-d195-8ef5-8f4d-dd14c9de8faa", "qualityArea": "bemotande", "putForwardOn": "2025-11-16"}	root	6a9c0a75-4966-4018-b803-03310269967a	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-16 07:03:00+00
7	14571	proposal-8840be16-70d5-8f2a-b0ba-bb20d3e3915b	1	ProposalPutForward	1	{"text": "Individuella lösningar: behandlingens längd ska styras av behovet, inte av en fast gräns på tre månader, och öppenvård på hemmaplan ska finnas för den som har barn.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f39b4-8d30-8872-b96c-8979fbc6af09", "pseudonym": "Deltagare A", "proposalId": "8840be16-70d5-8f2a-b0ba-bb20d3e3915b", "qualityArea": "stodinsatser", "putForwardOn": "2025-11-16"}	root	04a964b6-0ac8-4add-aec7-128007d16033	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-16 07:04:00+00
8	14575	proposal-91aae600-5b44-85ca-8e87-353b19e05df7	1	ProposalPutForward	1	{"text": "Delaktighet: att själv få vara aktiv i de beslut som tas om en själv.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f39b4-8d30-8872-b96c-8979fbc6af09", "proposalId": "91aae600-5b44-85ca-8e87-353b19e05df7", "qualityArea": "mal_och_delmal", "putForwardOn": "2025-11-16"}	root	203aeba6-de57-42b4-8c53-1d3d1155e26e	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-16 07:05:00+00
9	14583	proposal-eef1c3de-4352-8b93-bc6d-54ee0875e372	1	ProposalPutForward	1	{"text": "Umgänge med barn på stödboendet: den som bor på kommunens stödboende ska kunna träffa sina barn där.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f39b4-8d30-8872-b96c-8979fbc6af09", "proposalId": "eef1c3de-4352-8b93-bc6d-54ee0875e372", "qualityArea": "stodinsatser", "putForwardOn": "2025-11-16"}	root	2521ce0a-6e2d-4c95-a953-6fd471276553	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-16 07:06:00+00
10	14587	unit-2788e05f-1772-8551-8779-17ffb21a45cc	1	UnitRegistered	1	{"name": "Försörjningsstöd Biskopsgården", "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc"}	root	bc148a5a-58e5-4e97-9541-fde220a4f1c5	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2025-11-16 07:07:00+00
11	14591	issue-298f4636-668a-87fe-89e1-45c4078cdf41	1	IssueOpened	1	{"title": "Umgänge med barn på stödboendet", "source": {"id": "eef1c3de-4352-8b93-bc6d-54ee0875e372", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "qualityArea": "stodinsatser", "registeredOn": "2025-11-20"}	root	9520cf31-7858-480f-a97d-4b166fb523d9	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-20 07:00:00+00
12	14604	issue-298f4636-668a-87fe-89e1-45c4078cdf41	2	IssueOwnerAssigned	1	{"owner": "enhetschef stödboendet vuxenstöd", "issueId": "298f4636-668a-87fe-89e1-45c4078cdf41"}	root	75c92845-1975-4387-96ba-9b1d665d0ab3	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-22 07:00:00+00
13	14609	issue-5dadb650-fd99-8133-84ca-25adf2777d26	1	IssueOpened	1	{"title": "Tid att lyssna: längre samtal när det behövs", "source": {"id": "073de3ca-fbaf-8a8c-b219-168a489a7e07", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "qualityArea": "bemotande", "registeredOn": "2025-11-24"}	root	adca1d36-549e-465a-9907-c61fa1bd19c7	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-24 07:00:00+00
14	14614	issue-355bea95-3c41-812f-aa9b-9d680fab6308	1	IssueOpened	1	{"title": "Behandlingstid efter behov och öppenvård på hemmaplan", "source": {"id": "8840be16-70d5-8f2a-b0ba-bb20d3e3915b", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "qualityArea": "stodinsatser", "registeredOn": "2025-11-25"}	root	91983869-9fe7-4d96-8070-1766914f54ad	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-25 07:00:00+00
15	14619	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	1	IssueOpened	1	{"title": "Kontinuitet: färre byten av handläggare", "source": {"id": "adf2c2ac-443f-8244-abf3-c1015d44cc29", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "qualityArea": "stodinsatser", "registeredOn": "2025-11-26"}	root	f22bbe60-f761-4619-8ac1-223bd2de3321	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-26 07:00:00+00
16	14624	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	1	IssueOpened	1	{"title": "Delaktighet: planen skrivs tillsammans med brukaren", "source": {"id": "91aae600-5b44-85ca-8e87-353b19e05df7", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "qualityArea": "mal_och_delmal", "registeredOn": "2025-11-27"}	root	3fcfb6ec-9f95-4be9-88b4-b2d1ecdafa89	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-27 07:00:00+00
17	14629	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	2	IssueOwnerAssigned	1	{"owner": "utvecklingssekreterare vuxenstöd", "issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94"}	root	68af95b2-aea9-461e-a76e-fddbf7f06c3f	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-27 07:01:00+00
18	14634	issue-205c830f-87d9-8cde-96f2-c0f395451e93	1	IssueOpened	1	{"title": "Relationen: kunna byta handläggare när kemin inte stämmer", "source": {"id": "55c94e1d-d195-8ef5-8f4d-dd14c9de8faa", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "205c830f-87d9-8cde-96f2-c0f395451e93", "qualityArea": "bemotande", "registeredOn": "2025-11-28"}	root	a3fb77fa-00ee-4a56-92e7-7e3983cabf8a	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-28 07:00:00+00
20	14644	issue-5dadb650-fd99-8133-84ca-25adf2777d26	2	IssueOwnerAssigned	1	{"owner": "enhetschef myndighet vuxenstöd", "issueId": "5dadb650-fd99-8133-84ca-25adf2777d26"}	root	d46ab363-621f-449b-b443-72344d90758c	\N	\N	tredjekraft demo load (samordnare.lund)	2025-12-01 07:00:00+00
21	14649	issue-355bea95-3c41-812f-aa9b-9d680fab6308	2	IssueOwnerAssigned	1	{"owner": "enhetschef öppenvården vuxenstöd", "issueId": "355bea95-3c41-812f-aa9b-9d680fab6308"}	root	36742de3-4cb8-41e6-9b54-17c09074902c	\N	\N	tredjekraft demo load (samordnare.lund)	2025-12-06 07:00:00+00
23	14659	issue-298f4636-668a-87fe-89e1-45c4078cdf41	4	ParticipationLevelSet	1	{"level": 3, "reason": "Dialogmötets synpunkter vägs in i utredningen; beslutet fattas av socialnämndens arbetsutskott.", "issueId": "298f4636-668a-87fe-89e1-45c4078cdf41"}	root	1f938781-65ad-4d08-bae7-d7eea604bd45	\N	\N	tredjekraft demo load (samordnare.lund)	2025-12-06 07:02:00+00
25	14668	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	3	IssuePreparationStarted	1	{"issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "startedOn": "2025-12-16"}	root	7c591d45-2c20-4ebe-a77e-067f39d9311f	\N	\N	tredjekraft demo load (samordnare.lund)	2025-12-16 07:00:00+00
27	14678	unit-f6a99c5a-6952-8c0d-b497-f87d865a61bc	1	UnitRegistered	1	{"name": "Iris Mullsjö HVB", "unitId": "f6a99c5a-6952-8c0d-b497-f87d865a61bc"}	root	38baac96-5951-46f1-8477-a6de1d5cd738	\N	\N	tredjekraft demo load (samordnare.iris)	2025-12-21 07:01:00+00
28	14682	issue-5dadb650-fd99-8133-84ca-25adf2777d26	3	IssuePreparationStarted	1	{"issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "startedOn": "2025-12-26"}	root	57ca873c-c46c-49ec-90c3-fd1f8603183e	\N	\N	tredjekraft demo load (samordnare.lund)	2025-12-26 07:00:00+00
30	14694	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	1	CertificationStarted	1	{"unitId": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "startedOn": "2025-12-31", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	38a77bf3-580f-4e3a-ae98-56a202daadfc	\N	\N	tredjekraft demo load (samordnare.iris)	2025-12-31 07:00:00+00
34	14715	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	2	QualityAreaAssessed	1	{"area": "bemotande", "note": "De boende beskriver personalen som lyhörd; bemötandet tas upp på varje personalmöte.", "fulfilled": true, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	749d4ba8-12ca-426a-a79c-e09a980936b1	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-10 07:00:00+00
35	14719	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	3	QualityAreaAssessed	1	{"area": "information", "note": "Skriftlig information om behandlingen saknas; det som finns är skrivet för myndigheter, inte för de boende.", "fulfilled": false, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	4ba22216-89e8-4ce8-9095-6da4929d1a35	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-10 07:01:00+00
37	14727	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	5	QualityAreaAssessed	1	{"area": "mal_och_delmal", "note": "Målen i behandlingsplanen formuleras av personalen, och delmålen följs inte upp regelbundet.", "fulfilled": false, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	232b6433-c880-4852-a8f4-3d96a8622f61	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-10 07:03:00+00
38	14731	issue-205c830f-87d9-8cde-96f2-c0f395451e93	3	IssuePreparationStarted	1	{"issueId": "205c830f-87d9-8cde-96f2-c0f395451e93", "startedOn": "2026-01-15"}	root	0637e705-374f-403d-acac-a446370153df	\N	\N	tredjekraft demo load (samordnare.lund)	2026-01-15 07:00:00+00
40	14742	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	4	ParticipationLevelSet	1	{"level": 4, "reason": "Två från dialogmötet är med i arbetsgruppen som tar fram den nya mallen för genomförandeplaner.", "issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94"}	root	6afad263-6870-4ddb-91f1-913ffab12624	\N	\N	tredjekraft demo load (samordnare.lund)	2026-01-15 07:02:00+00
42	14751	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	7	QualityAreaAssessed	1	{"area": "samverkan_med_andra", "note": "Samverkan med socialtjänsten inför utskrivning är ojämn; SIP används sällan.", "fulfilled": false, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	a6c57d19-6ddb-482a-a477-25b2a9a2106c	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-17 07:01:00+00
44	14762	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	9	QualityAreaAssessed	1	{"area": "utbildning", "note": "Personalen har inte fått någon utbildning i brukarinflytande.", "fulfilled": false, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	cb94f6ed-f9a5-4695-8304-ea2ed56be9cb	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-17 07:03:00+00
46	14776	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	11	QualityAreaAssessed	1	{"area": "kvalitetsledningssystem", "note": "Synpunkter och klagomål förs in i kvalitetsledningssystemet och följs upp varje kvartal.", "fulfilled": true, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	76a4cc33-82b7-4118-80f3-d2d147f33bde	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-24 07:01:00+00
47	14781	council-a595841d-7c9c-833c-8ca7-58b918f04199	1	CouncilCreated	1	{"form": "dialogmote", "name": "Frukostmöten försörjningsstöd Biskopsgården", "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199"}	root	7dc07aab-5f4e-430a-8f84-4477c6749d67	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-01-25 07:00:00+00
48	14786	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	12	ActionItemAdded	1	{"area": "information", "owner": "behandlingsansvarig", "action": "Ta fram skriftlig information om behandlingen och de boendes rättigheter, på lätt svenska, tillsammans med brukarrådet.", "dueDate": "2026-07-04", "actionItemId": "9bbcb2b6-03ce-8a4a-a33a-56c3f9e55a6f", "followedUpBy": "verksamhetschef", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	267c3235-e18c-4036-a337-f9701d65ecc1	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-01 07:00:00+00
60	14874	proposal-d2852494-85fe-8843-a357-1c63d40415de	1	ProposalPutForward	1	{"text": "Lättillgänglig hjälp: det ska vara lätt att säga ”nu behöver jag hjälp”. Det behövs en plats där alla är välkomna, så att man inte sitter ensam hemma.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f38b4-8d30-86bf-b96c-8679fbc6a9f0", "pseudonym": "Deltagare B", "proposalId": "d2852494-85fe-8843-a357-1c63d40415de", "qualityArea": "stodinsatser", "putForwardOn": "2026-02-14"}	root	b648c647-d521-4c67-b4b0-1cadd732cde4	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:02:00+00
19	14639	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	2	IssueOwnerAssigned	1	{"owner": "enhetschef myndighet vuxenstöd", "issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26"}	root	61a3b988-0eef-45a8-af96-177f93fec70a	\N	\N	tredjekraft demo load (samordnare.lund)	2025-11-30 07:00:00+00
22	14654	issue-298f4636-668a-87fe-89e1-45c4078cdf41	3	IssuePreparationStarted	1	{"issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "startedOn": "2025-12-06"}	root	527131df-b222-4023-b357-4786b253b1b4	\N	\N	tredjekraft demo load (samordnare.lund)	2025-12-06 07:01:00+00
24	14664	revision-395abde5-ff21-88cd-b129-186d657d34bc	1	RevisionPlanned	1	{"unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "periodEnd": "2026-03-16", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "periodStart": "2025-12-16", "auditorCount": 3}	root	38ab1a0b-36ce-451a-8a25-b65cd80277e0	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2025-12-06 07:03:00+00
26	14673	issue-355bea95-3c41-812f-aa9b-9d680fab6308	3	IssuePreparationStarted	1	{"issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "startedOn": "2025-12-21"}	root	1ad548aa-4c0c-42f1-a3b9-d1bdb66e6087	\N	\N	tredjekraft demo load (samordnare.lund)	2025-12-21 07:00:00+00
29	14689	council-74074590-9efe-80fa-a4c5-80c4c7b16433	1	CouncilCreated	1	{"form": "brukarrad", "name": "Brukarrådet Iris Mullsjö", "unitId": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433"}	root	f9b72839-a133-4327-b142-7437af331950	\N	\N	tredjekraft demo load (samordnare.iris)	2025-12-26 07:01:00+00
31	14698	issue-205c830f-87d9-8cde-96f2-c0f395451e93	2	IssueOwnerAssigned	1	{"owner": "kvalitetsutvecklare vuxenstöd", "issueId": "205c830f-87d9-8cde-96f2-c0f395451e93"}	root	3f9bc474-6520-4b70-b2c8-e1727480b69f	\N	\N	tredjekraft demo load (samordnare.lund)	2026-01-05 07:00:00+00
32	14704	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	3	IssuePreparationStarted	1	{"issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "startedOn": "2026-01-05"}	root	582fcff4-01df-4c8c-a29d-0cabfde212bc	\N	\N	tredjekraft demo load (samordnare.lund)	2026-01-05 07:01:00+00
33	14709	council-74074590-9efe-80fa-a4c5-80c4c7b16433	2	CouncilMeetingHeld	1	{"heldOn": "2026-01-05", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433", "meetingId": "2a862d96-28c7-8118-bc4a-6289fe2bb943", "participantCount": 6}	root	69c2ea00-0ec5-4a4e-a91a-62c3415a4ece	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-05 07:02:00+00
36	14723	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	4	QualityAreaAssessed	1	{"area": "kartlaggning_av_problem", "note": "Problemen kartläggs tillsammans med den boende vid inskrivningen.", "fulfilled": true, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	e8e548fe-ae10-4d3f-ae82-49e63bdf29c2	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-10 07:02:00+00
39	14736	issue-205c830f-87d9-8cde-96f2-c0f395451e93	4	IssueDueDateSet	1	{"dueDate": "2026-10-02", "issueId": "205c830f-87d9-8cde-96f2-c0f395451e93"}	root	b1182049-b7d4-4420-bf24-2a6a3d9583c6	\N	\N	tredjekraft demo load (samordnare.lund)	2026-01-15 07:01:00+00
41	14747	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	6	QualityAreaAssessed	1	{"area": "stodinsatser", "note": "De boende kan välja mellan flera gruppaktiviteter och har en egen kontaktperson.", "fulfilled": true, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	7f2e0775-cdba-4b9c-9834-50339219e56b	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-17 07:00:00+00
43	14756	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	8	QualityAreaAssessed	1	{"area": "uppfoljning", "note": "Den som har skrivits ut blir uppringd efter en och efter tre månader.", "fulfilled": true, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	cb67e5b6-b9aa-4730-bc5f-faef5c9d7e4b	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-17 07:02:00+00
45	14772	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	10	QualityAreaAssessed	1	{"area": "brukarinflytandepolicy", "note": "Det finns ingen skriftlig brukarinflytandepolicy.", "fulfilled": false, "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	c1b1207f-d6c3-46b0-a2cc-1f8136ed62db	\N	\N	tredjekraft demo load (samordnare.iris)	2026-01-24 07:00:00+00
49	14790	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	13	ActionItemAdded	1	{"area": "mal_och_delmal", "owner": "behandlingsansvarig", "action": "Varje behandlingsplan får delmål som den boende själv har formulerat, och delmålen följs upp var fjärde vecka.", "dueDate": "2026-08-03", "actionItemId": "fdf2e492-5bef-84a4-85b6-a37720529299", "followedUpBy": "verksamhetschef", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	bd8e2e14-1cbd-4e6e-ab89-040933b1de57	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-01 07:01:00+00
50	14794	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	14	ActionItemAdded	1	{"area": "samverkan_med_andra", "owner": "verksamhetschef", "action": "Bjud in socialtjänsten till ett SIP-möte före varje planerad utskrivning.", "dueDate": "2026-10-02", "actionItemId": "0fe6e5c1-2853-8964-9148-8c356c4a6c59", "followedUpBy": "kvalitetssamordnare", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	e6dac8f2-5f73-4e59-8820-a3cffa49125a	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-01 07:02:00+00
51	14798	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	15	ActionItemAdded	1	{"area": "utbildning", "owner": "verksamhetschef", "action": "Brukarkraft utbildar hela personalgruppen i brukarinflytande.", "dueDate": "2026-05-15", "actionItemId": "ceb8b601-f4a0-82da-a24a-3b514d872c09", "followedUpBy": "kvalitetssamordnare", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	38af6d77-3677-4cfe-85ef-09027aae8bc2	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-01 07:03:00+00
52	14802	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	16	ActionItemAdded	1	{"area": "brukarinflytandepolicy", "owner": "kvalitetssamordnare", "action": "Skriv en brukarinflytandepolicy tillsammans med brukarrådet och låt ledningen anta den.", "dueDate": "2026-09-02", "actionItemId": "3987732c-67e4-8376-adde-b6fc9e4d1aed", "followedUpBy": "verksamhetschef", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	06d843c2-1ff7-4e5d-9fa4-ae774ba07c66	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-01 07:04:00+00
53	14806	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	17	ActionItemAdded	1	{"area": "brukarinflytandepolicy", "owner": "samordnare brukarinflytande", "action": "Brukarrådet träffas varje månad; protokollet sätts upp i allrummet och tas upp på personalmötet.", "dueDate": "2027-01-30", "actionItemId": "934f9612-e840-87cc-ba7e-4934038f92bb", "followedUpBy": "verksamhetschef", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	ce8ef923-2814-4684-a680-59f59455a87b	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-01 07:05:00+00
54	14812	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	4	IssueDecided	1	{"issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "outcome": "partially_accepted", "decidedBy": "Ledningsgruppen vuxenstöd", "decidedOn": "2026-02-04", "motivation": "Vi kan inte lova samma handläggare hela tiden, eftersom personal slutar och byter tjänst. Men varje brukare får en fast kontaktperson och en ersättare som känner till ärendet, och vid byte träffar den gamla och den nya handläggaren brukaren tillsammans."}	root	f83f60e4-e854-4da3-b189-1bc1f6de4934	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-02-04 07:00:00+00
55	14818	issue-298f4636-668a-87fe-89e1-45c4078cdf41	5	IssueDecided	1	{"issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "outcome": "partially_accepted", "decidedBy": "Socialnämndens arbetsutskott", "decidedOn": "2026-02-04", "motivation": "Barn får besöka sin förälder på stödboendet dagtid, i ett eget besöksrum som personalen ordnar. Övernattning går inte, eftersom andra boende kan vara påverkade av alkohol eller droger och barnens trygghet måste gå först."}	root	b199b285-09d8-4710-ad14-10ee325fc054	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-02-04 07:01:00+00
56	14824	council-a595841d-7c9c-833c-8ca7-58b918f04199	2	CouncilMeetingHeld	1	{"heldOn": "2026-02-04", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660872-06d3-86e8-9b3c-3da28c2b3b69", "participantCount": 7}	root	d6478472-0cfc-419c-91e3-88b94b2a2ff5	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-02-04 07:02:00+00
57	14829	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	18	ActionPlanAdopted	1	{"adoptedOn": "2026-02-09", "decidedBy": "Ledningsgruppen Iris Mullsjö", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	e46c3b4e-4ff7-4636-aaca-2e035602d2b2	\N	\N	tredjekraft demo load (ledningen.iris)	2026-02-09 07:00:00+00
58	14844	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	3	CouncilMeetingHeld	1	{"heldOn": "2026-02-14", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f38b4-8d30-86bf-b96c-8679fbc6a9f0", "participantCount": 5}	root	32fa3298-8ceb-4058-bacd-6916450f782f	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:00:00+00
59	14855	proposal-16296b06-228a-8c47-aaa1-f10b8603f2fe	1	ProposalPutForward	1	{"text": "Boendet är viktigt: en trygg bostad ska inte vara en belöning för att ha blivit drogfri. Alla behöver en trygg bas.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f38b4-8d30-86bf-b96c-8679fbc6a9f0", "proposalId": "16296b06-228a-8c47-aaa1-f10b8603f2fe", "qualityArea": "stodinsatser", "putForwardOn": "2026-02-14"}	root	e1a87e04-50f9-4337-a2fa-89702e4f270f	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:01:00+00
61	14879	proposal-1ebb17ca-b432-844b-8da8-907f92ef7234	1	ProposalPutForward	1	{"text": "Långsiktighet: den som har druckit i tjugo år behöver stöd under lång tid. Att komma tillbaka och be om hjälp igen ska inte räknas som ett misslyckande.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f38b4-8d30-86bf-b96c-8679fbc6a9f0", "pseudonym": "Deltagare B", "proposalId": "1ebb17ca-b432-844b-8da8-907f92ef7234", "qualityArea": "uppfoljning", "putForwardOn": "2026-02-14"}	root	16bb8735-39d5-42a7-91be-1edb6f031d4a	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:03:00+00
64	14902	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	5	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-02-14", "issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	0280ffa8-72fb-414a-b28b-44f862cb98fa	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:06:00+00
70	14938	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	2	IssueOwnerAssigned	1	{"owner": "behandlingsansvarig", "issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6"}	root	882864ec-367b-4e5e-819a-b8ae9201e81f	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:12:00+00
71	14943	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	3	IssueDueDateSet	1	{"dueDate": "2026-08-03", "issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6"}	root	5ea553f5-5718-4ff0-94a2-944370bbaec7	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:13:00+00
73	14959	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	2	IssueOwnerAssigned	1	{"owner": "verksamhetschef", "issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c"}	root	b2d279fa-b313-41c6-a30b-14de533640be	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:15:00+00
74	14969	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	3	IssueDueDateSet	1	{"dueDate": "2026-05-15", "issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c"}	root	96b58b22-4578-4e28-90f7-266e705ea83e	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:16:00+00
77	14986	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	3	IssueDueDateSet	1	{"dueDate": "2026-09-02", "issueId": "f793fa5b-7c2b-8d55-b74d-0c7ac59f9078"}	root	c60b9859-90da-407e-9452-cf2b827dd012	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:19:00+00
78	14992	issue-96661704-3744-88b7-9d0e-dc54682d9af8	4	IssuePreparationStarted	1	{"issueId": "96661704-3744-88b7-9d0e-dc54682d9af8", "startedOn": "2026-02-16"}	root	efebaa08-10b1-47d4-bceb-bc58c5beb79a	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-16 07:00:00+00
79	14997	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	4	IssuePreparationStarted	1	{"issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6", "startedOn": "2026-02-16"}	root	cabb5ea0-59fd-40a2-b389-2b1342e1cd88	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-16 07:01:00+00
81	15007	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	6	IssueWorkStarted	1	{"issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "startedOn": "2026-02-19"}	root	6cd0c45f-f24c-4639-9428-b24f4ffa69ab	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-19 07:00:00+00
83	15017	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	1	IssueOpened	1	{"title": "Boendet: en trygg bostad utan krav på drogfrihet", "source": {"id": "16296b06-228a-8c47-aaa1-f10b8603f2fe", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45", "qualityArea": "stodinsatser", "registeredOn": "2026-02-19"}	root	11b9ff66-a3c7-408d-a80e-35892398525a	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-19 07:02:00+00
85	15028	issue-298f4636-668a-87fe-89e1-45c4078cdf41	8	IssueDueDateSet	1	{"dueDate": "2026-06-04", "issueId": "298f4636-668a-87fe-89e1-45c4078cdf41"}	root	64e7c45c-752f-42e5-9513-073a98191021	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-19 07:04:00+00
87	15038	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	5	IssueDecided	1	{"issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6", "outcome": "accepted", "decidedBy": "Ledningsgruppen Iris Mullsjö", "decidedOn": "2026-02-19", "motivation": "Åtgärden ingår i handlingsplanen som ledningen har antagit. Delmålen formuleras av den boende själv, med stöd av kontaktpersonen."}	root	d1bf1018-d8a0-4d52-b865-91a0e8d2700a	\N	\N	tredjekraft demo load (ledningen.iris)	2026-02-19 07:06:00+00
89	15049	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	1	IssueOpened	1	{"title": "Lättillgänglig hjälp: en öppen plats där alla är välkomna", "source": {"id": "d2852494-85fe-8843-a357-1c63d40415de", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685", "qualityArea": "stodinsatser", "registeredOn": "2026-02-20"}	root	61438a57-8698-4aa9-91c8-999b97aa0dbc	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-20 07:00:00+00
90	15055	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	2	IssueOwnerAssigned	1	{"owner": "avdelningschef vuxenstöd", "issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685"}	root	6b0501f4-1c2d-47e2-bd02-5c5f5c8fb4e8	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-20 07:01:00+00
164	16164	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	6	IssueDueDateSet	1	{"dueDate": "2026-08-03", "issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b"}	root	cf8953bb-59dd-4a51-845e-24bf278006af	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-17 06:01:00+00
62	14886	proposal-4c3b28b7-79fc-864d-be9f-641e752f76fc	1	ProposalPutForward	1	{"text": "Behoven ska styra: det är inte de metoder som finns som ska avgöra vilken hjälp man får, till exempel om man behöver psykodynamisk terapi i stället för KBT.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f38b4-8d30-86bf-b96c-8679fbc6a9f0", "pseudonym": "Deltagare A", "proposalId": "4c3b28b7-79fc-864d-be9f-641e752f76fc", "qualityArea": "stodinsatser", "putForwardOn": "2026-02-14"}	root	e59d9c70-40f7-4f69-ac54-a5bbd1c379f6	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:04:00+00
63	14893	proposal-9dc0b431-856c-8293-8810-d4faa6cb32b0	1	ProposalPutForward	1	{"text": "Ta vara på erfarenheter: lär av brukarnas erfarenheter, till exempel genom att anställa personer med egen erfarenhet.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f38b4-8d30-86bf-b96c-8679fbc6a9f0", "proposalId": "9dc0b431-856c-8293-8810-d4faa6cb32b0", "qualityArea": "brukarinflytandepolicy", "putForwardOn": "2026-02-14"}	root	b964a050-7871-4a38-8f02-08646e5d0202	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:05:00+00
65	14913	issue-298f4636-668a-87fe-89e1-45c4078cdf41	6	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-02-14", "issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	47e85fd8-b453-4f4a-b439-c7e7df503b6f	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-14 07:07:00+00
66	14918	issue-96661704-3744-88b7-9d0e-dc54682d9af8	1	IssueOpened	1	{"title": "Skriftlig information om behandlingen på lätt svenska", "source": {"id": "9bbcb2b6-03ce-8a4a-a33a-56c3f9e55a6f", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}, "unitId": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "issueId": "96661704-3744-88b7-9d0e-dc54682d9af8", "qualityArea": "information", "registeredOn": "2026-02-14"}	root	b60a1d2b-28df-4160-a99b-f8a44b26d8f0	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:08:00+00
67	14923	issue-96661704-3744-88b7-9d0e-dc54682d9af8	2	IssueOwnerAssigned	1	{"owner": "behandlingsansvarig", "issueId": "96661704-3744-88b7-9d0e-dc54682d9af8"}	root	4a722786-09de-4be2-938e-482c9d434943	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:09:00+00
68	14928	issue-96661704-3744-88b7-9d0e-dc54682d9af8	3	IssueDueDateSet	1	{"dueDate": "2026-07-04", "issueId": "96661704-3744-88b7-9d0e-dc54682d9af8"}	root	4ad774b0-c725-4297-b504-3235a47a91f7	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:10:00+00
69	14933	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	1	IssueOpened	1	{"title": "Delmål som den boende själv formulerar", "source": {"id": "fdf2e492-5bef-84a4-85b6-a37720529299", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}, "unitId": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6", "qualityArea": "mal_och_delmal", "registeredOn": "2026-02-14"}	root	7aec047f-cb4c-4096-9d28-78d186f664c8	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:11:00+00
72	14949	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	1	IssueOpened	1	{"title": "Utbildning i brukarinflytande för all personal", "source": {"id": "ceb8b601-f4a0-82da-a24a-3b514d872c09", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}, "unitId": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c", "qualityArea": "utbildning", "registeredOn": "2026-02-14"}	root	5ead005c-b460-455c-875e-eb9d68c266f0	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:14:00+00
75	14975	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	1	IssueOpened	1	{"title": "En brukarinflytandepolicy skriven med brukarrådet", "source": {"id": "3987732c-67e4-8376-adde-b6fc9e4d1aed", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}, "unitId": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "issueId": "f793fa5b-7c2b-8d55-b74d-0c7ac59f9078", "qualityArea": "brukarinflytandepolicy", "registeredOn": "2026-02-14"}	root	ba08370c-3ee5-41f1-9880-0c5db1b4c0f2	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:17:00+00
76	14981	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	2	IssueOwnerAssigned	1	{"owner": "kvalitetssamordnare", "issueId": "f793fa5b-7c2b-8d55-b74d-0c7ac59f9078"}	root	c75a997f-c39f-4bae-a493-24b11d004e90	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-14 07:18:00+00
80	15002	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	4	IssuePreparationStarted	1	{"issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c", "startedOn": "2026-02-16"}	root	c5981546-8fed-4f97-84d3-d69d81138192	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-16 07:02:00+00
82	15012	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	7	IssueDueDateSet	1	{"dueDate": "2026-08-03", "issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26"}	root	a2d4eed5-3cd4-4628-af82-a6ddc7a93828	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-19 07:01:00+00
84	15023	issue-298f4636-668a-87fe-89e1-45c4078cdf41	7	IssueWorkStarted	1	{"issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "startedOn": "2026-02-19"}	root	1709daf9-5e9a-46af-a62b-45da879ce3e6	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-19 07:03:00+00
86	15033	issue-96661704-3744-88b7-9d0e-dc54682d9af8	5	IssueDecided	1	{"issueId": "96661704-3744-88b7-9d0e-dc54682d9af8", "outcome": "accepted", "decidedBy": "Ledningsgruppen Iris Mullsjö", "decidedOn": "2026-02-19", "motivation": "Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarrådet är med och skriver texterna, så att de blir begripliga för de boende."}	root	5b9badfe-3be3-4e3f-8809-e88e1ed0f8b0	\N	\N	tredjekraft demo load (ledningen.iris)	2026-02-19 07:05:00+00
88	15043	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	5	IssueDecided	1	{"issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c", "outcome": "accepted", "decidedBy": "Ledningsgruppen Iris Mullsjö", "decidedOn": "2026-02-19", "motivation": "Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarkraft håller utbildningen två gånger, så att all personal kan vara med."}	root	18f5e7c4-e6a4-4470-858f-bf113486feeb	\N	\N	tredjekraft demo load (ledningen.iris)	2026-02-19 07:07:00+00
95	15110	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	19	UnitCertified	1	{"validUntil": "2028-02-24", "certifiedOn": "2026-02-24", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	root	7413f416-ec53-4c4a-9a35-086a54dda0f5	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-24 07:02:00+00
97	15128	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	6	IssueWorkStarted	1	{"issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c", "startedOn": "2026-02-24"}	root	4a3a517f-a7d0-4339-92cc-d5ec4e65d93c	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-24 07:04:00+00
98	15139	issue-5dadb650-fd99-8133-84ca-25adf2777d26	5	IssueWorkStarted	1	{"issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "startedOn": "2026-03-06"}	root	8b3013c2-0742-498f-b5c9-f9a5289f53ce	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-06 07:00:00+00
99	15149	issue-5dadb650-fd99-8133-84ca-25adf2777d26	6	IssueDueDateSet	1	{"dueDate": "2026-11-01", "issueId": "5dadb650-fd99-8133-84ca-25adf2777d26"}	root	5104a8d1-462f-4cf9-92aa-ff4d87cb26e2	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-06 07:01:00+00
162	16133	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	2	IssueOwnerAssigned	1	{"owner": "sektionschef försörjningsstöd", "issueId": "b4fb8f1a-5298-8f0e-8049-c60b7382c987"}	root	f84d48b8-0997-47a2-a109-8cab758d646f	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-15 06:07:00+00
91	15062	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	1	IssueOpened	1	{"title": "Långsiktighet: att komma tillbaka är inget misslyckande", "source": {"id": "1ebb17ca-b432-844b-8da8-907f92ef7234", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1", "qualityArea": "uppfoljning", "registeredOn": "2026-02-21"}	root	70ce416b-3494-4505-9fd6-2dbbdbe82c36	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-21 07:00:00+00
92	15068	issue-bb8f439e-8b37-8ee0-bebf-2f8044e65577	1	IssueOpened	1	{"title": "Behoven ska styra: terapiform efter behov", "source": {"id": "4c3b28b7-79fc-864d-be9f-641e752f76fc", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "bb8f439e-8b37-8ee0-bebf-2f8044e65577", "qualityArea": "stodinsatser", "registeredOn": "2026-02-22"}	root	9f4d4ba1-01f8-4ad3-aad6-4beec1ac1ac0	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-22 07:00:00+00
93	15075	issue-5dadb650-fd99-8133-84ca-25adf2777d26	4	IssueDecided	1	{"issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "outcome": "accepted", "decidedBy": "Ledningsgruppen vuxenstöd", "decidedOn": "2026-02-24", "motivation": "Handläggarna får boka ett längre samtal när brukaren ber om det, och mottagningen har öppet för samtal utan tidsbokning en eftermiddag i veckan."}	root	af7a1c61-1f18-4e98-8a79-4bed5c89ed35	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-02-24 07:00:00+00
94	15089	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	2	IssueOwnerAssigned	1	{"owner": "avdelningschef vuxenstöd", "issueId": "a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45"}	root	1e2fe4f1-a54e-4c9a-9643-a973dfcf732c	\N	\N	tredjekraft demo load (samordnare.lund)	2026-02-24 07:01:00+00
96	15118	issue-96661704-3744-88b7-9d0e-dc54682d9af8	6	IssueWorkStarted	1	{"issueId": "96661704-3744-88b7-9d0e-dc54682d9af8", "startedOn": "2026-02-24"}	root	b0062b32-7a18-401d-8dd1-eea3383eca62	\N	\N	tredjekraft demo load (samordnare.iris)	2026-02-24 07:03:00+00
100	15162	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	3	IssuePreparationStarted	1	{"issueId": "a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45", "startedOn": "2026-03-06"}	root	b58803f6-31eb-42f1-8377-0f226cb6752f	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-06 07:02:00+00
101	15170	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	3	IssuePreparationStarted	1	{"issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685", "startedOn": "2026-03-06"}	root	77593262-ca4a-4058-82f5-1e00899a337e	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-06 07:03:00+00
102	15182	issue-bb8f439e-8b37-8ee0-bebf-2f8044e65577	2	IssueOwnerAssigned	1	{"owner": "enhetschef öppenvården vuxenstöd", "issueId": "bb8f439e-8b37-8ee0-bebf-2f8044e65577"}	root	b463e4d6-b2c4-4043-b615-d4a8621d9263	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-06 07:04:00+00
107	15253	proposal-db3a61c6-3605-8c46-a02b-a21f0fa305bf	1	ProposalPutForward	1	{"text": "Mer information om de andra myndigheterna man kommer i kontakt med, som Försäkringskassan, Arbetsförmedlingen och Kronofogden. Det som personalen tycker är självklart är inte självklart för oss.", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660b72-06d3-8c01-9b3c-3aa28c2b3650", "proposalId": "db3a61c6-3605-8c46-a02b-a21f0fa305bf", "qualityArea": "information", "putForwardOn": "2026-03-06"}	root	a8979098-408d-4fb1-8dde-d5944a0160ff	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-03-06 07:09:00+00
108	15265	issue-96661704-3744-88b7-9d0e-dc54682d9af8	7	IssueSourceLinked	1	{"source": {"id": "c44d0c65-6c29-8790-83a8-1460701601f9", "kind": "proposal", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433"}, "issueId": "96661704-3744-88b7-9d0e-dc54682d9af8"}	root	069b25e9-05f5-47ed-ae8e-6334777e0ea1	\N	\N	tredjekraft demo load (samordnare.iris)	2026-03-08 07:00:00+00
113	15342	issue-d9eabe15-5dcc-8643-80cb-8553de647414	2	IssueOwnerAssigned	1	{"owner": "enhetschef utredningsgruppen", "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414"}	root	676ccdc9-f659-49cd-85d6-33444dd4e403	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-03-26 07:02:00+00
118	15444	council-a595841d-7c9c-833c-8ca7-58b918f04199	4	CouncilMeetingHeld	1	{"heldOn": "2026-04-05", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660a72-06d3-8a4e-9b3c-3ba28c2b3803", "participantCount": 9}	root	02a79576-1c1e-495d-804d-e596941241a2	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-05 06:02:00+00
119	15455	issue-d9eabe15-5dcc-8643-80cb-8553de647414	3	IssuePreparationStarted	1	{"issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "startedOn": "2026-04-05"}	root	a455ae85-b223-4641-b822-41d823de24b5	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-05 06:03:00+00
120	15465	issue-355bea95-3c41-812f-aa9b-9d680fab6308	6	IssueWorkStarted	1	{"issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "startedOn": "2026-04-10"}	root	38b1d32e-5454-40ae-8fb0-ce1908f34baf	\N	\N	tredjekraft demo load (samordnare.lund)	2026-04-10 06:00:00+00
103	15198	council-74074590-9efe-80fa-a4c5-80c4c7b16433	3	CouncilMeetingHeld	1	{"heldOn": "2026-03-06", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433", "meetingId": "2a863096-28c7-8631-bc4a-6389fe2bbaf6", "participantCount": 7}	root	ae641f2f-1950-4b0e-9efe-1b5276986a04	\N	\N	tredjekraft demo load (samordnare.iris)	2026-03-06 07:05:00+00
104	15216	proposal-c44d0c65-6c29-8790-83a8-1460701601f9	1	ProposalPutForward	1	{"text": "Informationen om behandlingen behöver finnas på fler språk än svenska, och husets regler ska förklaras muntligt vid inskrivningen.", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433", "meetingId": "2a863096-28c7-8631-bc4a-6389fe2bbaf6", "proposalId": "c44d0c65-6c29-8790-83a8-1460701601f9", "qualityArea": "information", "putForwardOn": "2026-03-06"}	root	653534ac-7f90-49ec-ace2-4e8d262084c5	\N	\N	tredjekraft demo load (samordnare.iris)	2026-03-06 07:06:00+00
105	15228	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	6	IssueWorkStarted	1	{"issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6", "startedOn": "2026-03-06"}	root	a0e4f1d1-e6ff-455e-954e-e630f562bf5d	\N	\N	tredjekraft demo load (samordnare.iris)	2026-03-06 07:07:00+00
106	15244	council-a595841d-7c9c-833c-8ca7-58b918f04199	3	CouncilMeetingHeld	1	{"heldOn": "2026-03-06", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660b72-06d3-8c01-9b3c-3aa28c2b3650", "participantCount": 5}	root	a4d57bfe-3c16-4b42-bb4e-2e869ac9efee	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-03-06 07:08:00+00
109	15272	issue-d9eabe15-5dcc-8643-80cb-8553de647414	1	IssueOpened	1	{"title": "Vägvisare till de andra myndigheterna", "source": {"id": "db3a61c6-3605-8c46-a02b-a21f0fa305bf", "kind": "proposal", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199"}, "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "qualityArea": "information", "registeredOn": "2026-03-11"}	root	666bbe4f-7add-4ad7-b26e-4e1a6af04510	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-03-11 07:00:00+00
110	15289	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	5	IssueDecided	1	{"issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "outcome": "accepted", "decidedBy": "Ledningsgruppen vuxenstöd", "decidedOn": "2026-03-16", "motivation": "Genomförandeplanen skrivs tillsammans med brukaren, med brukarens egna ord, och brukaren får alltid en egen kopia."}	root	6cdefee0-7b40-4bb5-aaff-c1c599f1a77e	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-03-16 07:00:00+00
111	15312	issue-355bea95-3c41-812f-aa9b-9d680fab6308	4	IssueDecided	1	{"issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "outcome": "partially_accepted", "decidedBy": "Socialnämndens arbetsutskott", "decidedOn": "2026-03-26", "motivation": "Behandlingens längd bestäms efter behovet i varje ärende, inte efter en fast gräns på tre månader. Vi kan inte öka pengarna till placeringar i år, men öppenvården startar kvällsgrupper så att fler kan bo kvar hemma under behandlingen."}	root	09c05479-9691-4050-a96b-4b6dc9073d15	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-03-26 07:00:00+00
112	15323	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	6	FeedbackGiven	1	{"channel": "letter", "givenOn": "2026-03-26", "issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	d32c1511-98b8-4fd5-8ee4-960251ac630f	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-26 07:01:00+00
114	15353	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	7	IssueWorkStarted	1	{"issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "startedOn": "2026-03-31"}	root	92824fe9-0724-4418-9e04-873af22ff599	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-31 06:00:00+00
115	15369	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	8	IssueDueDateSet	1	{"dueDate": "2026-09-02", "issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94"}	root	e9ce5d77-d8f9-44e1-8887-8f2e8c2db5aa	\N	\N	tredjekraft demo load (samordnare.lund)	2026-03-31 06:01:00+00
116	15380	issue-355bea95-3c41-812f-aa9b-9d680fab6308	5	FeedbackGiven	1	{"channel": "letter", "givenOn": "2026-04-05", "issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	ad4c5a37-7a76-4737-b2a0-f468260087a5	\N	\N	tredjekraft demo load (samordnare.lund)	2026-04-05 06:00:00+00
117	15412	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	4	IssuePreparationStarted	1	{"issueId": "f793fa5b-7c2b-8d55-b74d-0c7ac59f9078", "startedOn": "2026-04-05"}	root	bcbea8ab-8837-47ea-9f2f-320608428246	\N	\N	tredjekraft demo load (samordnare.iris)	2026-04-05 06:01:00+00
121	15479	issue-355bea95-3c41-812f-aa9b-9d680fab6308	7	IssueDueDateSet	1	{"dueDate": "2026-07-04", "issueId": "355bea95-3c41-812f-aa9b-9d680fab6308"}	root	ac9d4b6c-1232-457a-a01f-fd25ffc507d5	\N	\N	tredjekraft demo load (samordnare.lund)	2026-04-10 06:01:00+00
122	15501	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	2	IssueOwnerAssigned	1	{"owner": "enhetschef myndighet vuxenstöd", "issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1"}	root	9434c9e5-1fc6-4c7d-adc3-677427575f1b	\N	\N	tredjekraft demo load (samordnare.lund)	2026-04-12 06:00:00+00
123	15522	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	4	IssueDecided	1	{"issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685", "outcome": "rejected", "decidedBy": "Ledningsgruppen vuxenstöd", "decidedOn": "2026-04-15", "motivation": "Det finns inga pengar i år till en egen träffpunkt med personal. Vi hänvisar till föreningarnas öppna verksamheter och tar upp frågan igen i nästa budget."}	root	fb7addb5-af4b-4c36-b49d-a8e551ced0ac	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-04-15 06:00:00+00
124	15565	revision-395abde5-ff21-88cd-b129-186d657d34bc	2	RevisionReportPublished	1	{"title": "Brukarnas röster om försörjningsstöd – fokusgrupper i Biskopsgården", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "publishedOn": "2026-04-15"}	root	5baddceb-e89b-4654-9d8b-0c785ca68be8	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-15 06:01:00+00
125	15581	revision-395abde5-ff21-88cd-b129-186d657d34bc	3	FindingRecorded	1	{"text": "Flera beskriver mötet med socialkontoret som en kall vägg: socialsekreteraren ifrågasätter i stället för att lyssna, och man känner sig som en andra klassens medborgare.", "findingId": "cf6b93d4-bba9-8f3e-8c86-244524b94dc7", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "qualityArea": "bemotande", "recommendation": "Alla som möter brukare, från receptionen till socialsekreterarna, utbildas i bemötande. Varje möte börjar och slutar med en stund vanligt samtal."}	root	92e4a02b-4932-4720-864c-e9a17ed5521d	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-16 06:00:00+00
126	15591	revision-395abde5-ff21-88cd-b129-186d657d34bc	4	FindingRecorded	1	{"text": "Brukarna vet inte hur lång tid mötet har, och vågar inte be om paus eller om att boka om.", "findingId": "223fea18-7bc8-82dd-94ad-b0bd3755fb0a", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "qualityArea": "information", "recommendation": "Säg i början hur lång tid som är avsatt, att man har rätt till paus och kan avbryta eller boka om. Skicka en dagordning före mötet."}	root	c3474da4-0e72-48ce-919e-0473c2c35d5b	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-16 06:01:00+00
132	15649	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	3	IssuePreparationStarted	1	{"issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1", "startedOn": "2026-04-20"}	root	0ef5b0ea-8fa5-44f8-8319-36844d6f707b	\N	\N	tredjekraft demo load (samordnare.lund)	2026-04-20 06:00:00+00
127	15605	revision-395abde5-ff21-88cd-b129-186d657d34bc	5	FindingRecorded	1	{"text": "Handlingsplanen görs av socialsekreteraren; brukaren får inte själv bedöma hur länge hon eller han behöver ekonomiskt bistånd.", "findingId": "cb66b1b2-9ddd-8c29-8bb6-a7e3b260740a", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "qualityArea": "mal_och_delmal", "recommendation": "Gör handlingsplanen tillsammans: nuvarande situation, möjligheter, mål och resurser, och låt brukaren själv bedöma tidsplanen."}	root	d2d7f25e-39d7-4138-9f1d-9b20f1c26f97	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-16 06:02:00+00
128	15609	revision-395abde5-ff21-88cd-b129-186d657d34bc	6	FindingRecorded	1	{"text": "Det är tungt att göra en ny ansökan varje månad, och ansökan kan inte göras på internet.", "findingId": "3c47e11b-cfcc-8a5d-82c4-dc447143069c", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "qualityArea": "stodinsatser", "recommendation": "Inför ansökan via e-tjänst och längre beslutsperioder för den som har en stabil situation."}	root	4879da6b-8bfe-4e80-8efc-56638c589907	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-16 06:03:00+00
129	15613	revision-395abde5-ff21-88cd-b129-186d657d34bc	7	FindingRecorded	1	{"text": "Det går inte att byta socialsekreterare när kemin inte stämmer.", "findingId": "11ad37bd-258f-8be1-9b96-a1be1ab2770e", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "qualityArea": "bemotande", "recommendation": "Inför en rutin för att byta handläggare när brukaren ber om det."}	root	f8529478-cfc5-4d9d-b6b6-2531e9904b88	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-16 06:04:00+00
130	15635	revision-395abde5-ff21-88cd-b129-186d657d34bc	8	FindingRecorded	1	{"text": "Brukarna saknar information om de andra myndigheter och verksamheter de kommer i kontakt med, som Försäkringskassan, Arbetsförmedlingen och Kronofogden.", "findingId": "498d1710-7ba6-8ada-889f-d360024135b9", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "qualityArea": "information", "recommendation": "Ta fram en enkel vägvisare till myndigheterna, tillsammans med brukarna."}	root	8f3c4330-8280-46b3-a4a2-16f068a0f4ed	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-16 06:05:00+00
131	15643	revision-395abde5-ff21-88cd-b129-186d657d34bc	9	FindingRecorded	1	{"text": "Socialsekreterarna har för många klienter och hinner inte lyssna; empatin slits ut.", "findingId": "d53767d6-cf68-8e56-a68e-3abbb96b1cf9", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc", "qualityArea": "utbildning", "recommendation": "Färre ärenden per handläggare, och regelbunden handledning och reflektion."}	root	96ba8ccf-35e3-4ac3-bf7d-e81b0380161c	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-16 06:06:00+00
134	15714	issue-d9eabe15-5dcc-8643-80cb-8553de647414	5	ParticipationLevelSet	1	{"level": 5, "reason": "Deltagarna på frukostmötet skriver vägvisaren tillsammans med personalen och bestämmer vad den ska innehålla.", "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414"}	root	862d9b2e-5c81-469d-b523-eba38049f842	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-20 06:02:00+00
136	15734	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	1	IssueOpened	1	{"title": "Förutsägbara möten: tid, paus och dagordning", "source": {"id": "223fea18-7bc8-82dd-94ad-b0bd3755fb0a", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}, "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b", "qualityArea": "information", "registeredOn": "2026-04-21"}	root	2cede8af-5f0f-4810-9780-2c98008c4b9a	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-21 06:01:00+00
137	15744	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	1	IssueOpened	1	{"title": "Handlingsplanen görs tillsammans med brukaren", "source": {"id": "cb66b1b2-9ddd-8c29-8bb6-a7e3b260740a", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}, "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b", "qualityArea": "mal_och_delmal", "registeredOn": "2026-04-22"}	root	b1ddeac2-a7c2-4fe4-88bc-18eeb2a27e9c	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-22 06:00:00+00
146	15881	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	3	IssuePreparationStarted	1	{"issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d", "startedOn": "2026-04-30"}	root	b04df882-976d-4be7-982a-ae07997aaf50	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-30 06:01:00+00
147	15898	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	3	IssuePreparationStarted	1	{"issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b", "startedOn": "2026-04-30"}	root	77bd3275-993a-4017-82d1-e3f724133704	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-30 06:02:00+00
150	15948	council-74074590-9efe-80fa-a4c5-80c4c7b16433	4	CouncilMeetingHeld	1	{"heldOn": "2026-05-05", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433", "meetingId": "2a862f96-28c7-847e-bc4a-6489fe2bbca9", "participantCount": 5}	root	fc0ee70b-6379-4a4d-b944-aa7e6d8c73fa	\N	\N	tredjekraft demo load (samordnare.iris)	2026-05-05 06:00:00+00
152	15973	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	3	IssuePreparationStarted	1	{"issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b", "startedOn": "2026-05-05"}	root	b8ba8199-6ef9-4391-9fe1-36935a408b46	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-05 06:02:00+00
153	15991	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	4	ParticipationLevelSet	1	{"level": 4, "reason": "Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd, och tidsplanen bestäms tillsammans.", "issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b"}	root	59a7cd4c-6e3d-4a84-8ff9-240bfa3bf6ad	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-06 06:00:00+00
157	16045	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	5	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-05-15", "issueId": "a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45", "occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	92504512-7790-4e8c-a4b5-66ad9a3655b8	\N	\N	tredjekraft demo load (samordnare.lund)	2026-05-15 06:02:00+00
158	16064	proposal-4c3b28b7-79fc-864d-be9f-641e752f76fc	2	ProposalWithdrawn	1	{"reason": "Dialogmötet tar i stället upp frågan om terapiformer direkt med Region Skånes psykiatri, som ansvarar för behandlingen.", "proposalId": "4c3b28b7-79fc-864d-be9f-641e752f76fc"}	root	0922aabf-1b4b-4144-8b2f-93bc29db4bf9	\N	\N	tredjekraft demo load (samordnare.lund)	2026-05-15 06:03:00+00
159	16076	issue-bb8f439e-8b37-8ee0-bebf-2f8044e65577	3	IssueWithdrawn	1	{"reason": "Dialogmötet drog tillbaka förslaget: terapiformer hör till regionens psykiatri, och rådet tar upp frågan där.", "issueId": "bb8f439e-8b37-8ee0-bebf-2f8044e65577", "withdrawnOn": "2026-05-15"}	root	8e6d24df-b043-4c03-a636-4bef65355398	\N	\N	tredjekraft demo load (samordnare.lund)	2026-05-15 06:04:00+00
160	16094	issue-d9eabe15-5dcc-8643-80cb-8553de647414	6	IssueDecided	1	{"issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "outcome": "accepted", "decidedBy": "Ledningsgruppen försörjningsstöd", "decidedOn": "2026-05-15", "motivation": "Vi gör en enkel vägvisare till myndigheterna tillsammans med frukostmötet. Både frukostmötet och brukarrevisionen tar upp samma sak, och det kostar lite att rätta till."}	root	699f195d-7d82-4633-8653-da2208364131	\N	\N	tredjekraft demo load (sektionschef.biskopsgarden)	2026-05-15 06:05:00+00
133	15665	issue-d9eabe15-5dcc-8643-80cb-8553de647414	4	IssueSourceLinked	1	{"source": {"id": "498d1710-7ba6-8ada-889f-d360024135b9", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}, "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414"}	root	c4849b5a-91ce-4b97-b024-b736b5f38262	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-20 06:01:00+00
135	15725	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	1	IssueOpened	1	{"title": "Bemötande: ingen ska mötas av en kall vägg", "source": {"id": "cf6b93d4-bba9-8f3e-8c86-244524b94dc7", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}, "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d", "qualityArea": "bemotande", "registeredOn": "2026-04-21"}	root	78acdb93-d39c-4a26-bf2c-4fe79e75c815	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-21 06:00:00+00
138	15759	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	1	IssueOpened	1	{"title": "Ansökan via e-tjänst och färre månadsansökningar", "source": {"id": "3c47e11b-cfcc-8a5d-82c4-dc447143069c", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}, "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "issueId": "b4fb8f1a-5298-8f0e-8049-c60b7382c987", "qualityArea": "stodinsatser", "registeredOn": "2026-04-22"}	root	2bbacc8a-dafd-458e-b4e7-18c7d9a43ef1	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-22 06:01:00+00
139	15797	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	2	IssueOwnerAssigned	1	{"owner": "enhetschef utredningsgruppen", "issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b"}	root	0da89598-8afa-4a2c-a316-8275013dfe21	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-23 06:00:00+00
140	15808	issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	1	IssueOpened	1	{"title": "Kunna byta socialsekreterare när kemin inte stämmer", "source": {"id": "11ad37bd-258f-8be1-9b96-a1be1ab2770e", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}, "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "issueId": "edbc98e3-6424-87e4-a36f-37fa4b03a477", "qualityArea": "bemotande", "registeredOn": "2026-04-23"}	root	70b238cb-ec5e-43b7-bb3c-1ff425a87bdb	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-23 06:01:00+00
141	15822	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	2	IssueOwnerAssigned	1	{"owner": "enhetschef utredningsgruppen", "issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b"}	root	708de96a-1d54-480f-a5bf-6f367fb80183	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-24 06:00:00+00
142	15833	issue-7e9692f5-e790-89cf-b294-365505cd4edc	1	IssueOpened	1	{"title": "Färre ärenden per socialsekreterare och tid för reflektion", "source": {"id": "d53767d6-cf68-8e56-a68e-3abbb96b1cf9", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}, "unitId": "2788e05f-1772-8551-8779-17ffb21a45cc", "issueId": "7e9692f5-e790-89cf-b294-365505cd4edc", "qualityArea": "utbildning", "registeredOn": "2026-04-24"}	root	fc796218-e030-4053-aa18-d951da398087	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-24 06:01:00+00
143	15842	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	5	FeedbackGiven	1	{"channel": "letter", "givenOn": "2026-04-25", "issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685", "occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	0e87e453-8992-460e-91c2-40d3abcd7397	\N	\N	tredjekraft demo load (samordnare.lund)	2026-04-25 06:00:00+00
144	15851	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	2	IssueOwnerAssigned	1	{"owner": "sektionschef försörjningsstöd", "issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d"}	root	2f0c35c5-6b00-4c4c-91ef-8e75eaa3a64f	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-25 06:01:00+00
145	15863	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	7	IssueImplemented	1	{"issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c", "summary": "Hela personalgruppen har gått Brukarkrafts utbildning i brukarinflytande.", "implementedOn": "2026-04-30"}	root	4b0c0474-6947-4a90-8d81-86a39148d3f1	\N	\N	tredjekraft demo load (samordnare.iris)	2026-04-30 06:00:00+00
148	15912	issue-7e9692f5-e790-89cf-b294-365505cd4edc	2	IssueOwnerAssigned	1	{"owner": "sektionschef försörjningsstöd", "issueId": "7e9692f5-e790-89cf-b294-365505cd4edc"}	root	3971f9a3-5c2d-4c2b-9cc3-df9ecb07bfac	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-04-30 06:03:00+00
149	15933	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	4	ParticipationLevelSet	1	{"level": 3, "reason": "Fokusgruppens beskrivningar ligger till grund för utbildningen, men brukarna är inte med och beslutar.", "issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d"}	root	6d876aa4-0649-461b-a850-52ab1272b04e	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-01 06:00:00+00
151	15958	council-a595841d-7c9c-833c-8ca7-58b918f04199	5	CouncilMeetingHeld	1	{"heldOn": "2026-05-05", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660d72-06d3-8f67-9b3c-40a28c2b4082", "participantCount": 6}	root	2421ae69-eaff-428c-a54d-1e6596194aab	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-05 06:01:00+00
154	16005	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	4	IssueDecided	1	{"issueId": "a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45", "outcome": "rejected", "decidedBy": "Socialnämndens arbetsutskott", "decidedOn": "2026-05-10", "motivation": "Kommunen kan inte ge alla ett eget förstahandskontrakt utan krav, eftersom bostäderna ägs av bostadsbolagen och kommunen bara kan hyra ut i andra hand. Vi fortsätter med Bostad först för några personer varje år, men vi kan inte göra det för alla."}	root	699e09c3-9848-4f42-bb3e-9d282c66b427	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-05-10 06:00:00+00
155	16018	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	4	CouncilMeetingHeld	1	{"heldOn": "2026-05-15", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f37b4-8d30-850c-b96c-8779fbc6aba3", "participantCount": 3}	root	664cab15-4c79-4c27-9044-755f6656a337	\N	\N	tredjekraft demo load (samordnare.lund)	2026-05-15 06:00:00+00
156	16033	proposal-1a095f22-b3d6-80b6-ae9e-8c83aa009039	1	ProposalPutForward	1	{"text": "Samma handläggare hela vägen: när handläggaren slutar försvinner kontakten. Den nya handläggaren borde träffa en tillsammans med den gamla.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f37b4-8d30-850c-b96c-8779fbc6aba3", "proposalId": "1a095f22-b3d6-80b6-ae9e-8c83aa009039", "qualityArea": "stodinsatser", "putForwardOn": "2026-05-15"}	root	d9e8127b-8e3e-45ec-b617-db7f4f090f0f	\N	\N	tredjekraft demo load (samordnare.lund)	2026-05-15 06:01:00+00
161	16117	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	4	IssueDecided	1	{"issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b", "outcome": "accepted", "decidedBy": "Ledningsgruppen försörjningsstöd", "decidedOn": "2026-05-15", "motivation": "Kallelsen till varje möte talar om hur lång tid som är avsatt och vad som ska tas upp, och att man har rätt till paus och kan avbryta eller boka om. Det kan vi göra direkt."}	root	58d8e351-76f0-43b5-a5ac-bcabd34ff541	\N	\N	tredjekraft demo load (sektionschef.biskopsgarden)	2026-05-15 06:06:00+00
163	16156	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	5	IssueWorkStarted	1	{"issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b", "startedOn": "2026-05-17"}	root	d129afd4-4b0f-448f-818f-5b039f73e929	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-17 06:00:00+00
165	16179	issue-b286628e-4242-8655-8929-01921bfa8dd4	1	IssueOpened	1	{"title": "Samma handläggare hela vägen", "source": {"id": "1a095f22-b3d6-80b6-ae9e-8c83aa009039", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "b286628e-4242-8655-8929-01921bfa8dd4", "qualityArea": "stodinsatser", "registeredOn": "2026-05-20"}	root	7f90f153-1b07-4377-899d-126968aefd39	\N	\N	tredjekraft demo load (samordnare.lund)	2026-05-20 06:00:00+00
169	16244	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	3	IssuePreparationStarted	1	{"issueId": "b4fb8f1a-5298-8f0e-8049-c60b7382c987", "startedOn": "2026-05-25"}	root	0b1ceae8-a45e-4421-bc2d-14dd0ed0109a	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-25 06:01:00+00
170	16261	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	6	IssueWorkStarted	1	{"issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d", "startedOn": "2026-05-30"}	root	ba4cad5b-1219-4836-8c02-58110ae57772	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-30 06:00:00+00
176	16318	council-a595841d-7c9c-833c-8ca7-58b918f04199	6	CouncilMeetingHeld	1	{"heldOn": "2026-06-04", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660c72-06d3-8db4-9b3c-41a28c2b4235", "participantCount": 4}	root	e1e75e7c-157f-4b2d-9d96-af51cc7f2777	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-06-04 06:02:00+00
177	16331	issue-d9eabe15-5dcc-8643-80cb-8553de647414	9	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-06-04", "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "occasion": "decision", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199"}	root	b34de433-43e2-4bfa-82e3-a735e03bd7ef	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-06-04 06:03:00+00
181	16362	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	4	IssueDecided	1	{"issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1", "outcome": "accepted", "decidedBy": "Ledningsgruppen vuxenstöd", "decidedOn": "2026-06-24", "motivation": "Vi tar bort målet att den som blivit drogfri inte ska komma tillbaka till oss. Att be om hjälp igen räknas inte som ett misslyckande. Alla som avslutar en insats erbjuds uppföljning efter sex och tolv månader."}	root	1193052a-9b35-4b1e-b819-7d6230a037a8	\N	\N	tredjekraft demo load (enhetschef.lund)	2026-06-24 06:00:00+00
183	16374	issue-355bea95-3c41-812f-aa9b-9d680fab6308	8	IssueImplemented	1	{"issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "summary": "Öppenvården har kvällsgrupper två kvällar i veckan, och riktlinjen om högst tre månaders behandling är borttagen.", "implementedOn": "2026-07-04"}	root	a5f413fa-aed9-45c9-a206-27140ddb8604	\N	\N	tredjekraft demo load (samordnare.lund)	2026-07-04 06:00:00+00
184	16388	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	5	IssueWorkStarted	1	{"issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1", "startedOn": "2026-07-04"}	root	68ba94d1-4e23-4d80-9049-ca5e404c24e5	\N	\N	tredjekraft demo load (samordnare.lund)	2026-07-04 06:01:00+00
186	16438	council-74074590-9efe-80fa-a4c5-80c4c7b16433	5	CouncilMeetingHeld	1	{"heldOn": "2026-07-04", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433", "meetingId": "2a863296-28c7-8997-bc4a-6589fe2bbe5c", "participantCount": 8}	root	79790d3f-4ef6-446b-b8eb-5856a364cbda	\N	\N	tredjekraft demo load (samordnare.iris)	2026-07-04 06:03:00+00
187	16462	issue-96661704-3744-88b7-9d0e-dc54682d9af8	9	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-07-04", "issueId": "96661704-3744-88b7-9d0e-dc54682d9af8", "occasion": "implementation", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433"}	root	9bbe0be3-97b8-48a2-861f-a990eb93e748	\N	\N	tredjekraft demo load (samordnare.iris)	2026-07-04 06:04:00+00
188	16479	council-a595841d-7c9c-833c-8ca7-58b918f04199	7	CouncilMeetingHeld	1	{"heldOn": "2026-07-04", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660f72-06d3-82cd-9b3c-3ea28c2b3d1c", "participantCount": 8}	root	5b0120df-df67-401c-aaf9-f4ecb8d93c80	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-07-04 06:05:00+00
190	16525	issue-7e9692f5-e790-89cf-b294-365505cd4edc	4	ParticipationLevelSet	1	{"level": 1, "reason": "Brukarna har sagt sitt i fokusgruppen; frågan om resurser avgörs av nämnden i budgeten.", "issueId": "7e9692f5-e790-89cf-b294-365505cd4edc"}	root	8aac9d1d-4b63-4d7d-866a-26ea03403419	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-07-04 06:07:00+00
191	16556	issue-7e9692f5-e790-89cf-b294-365505cd4edc	5	IssueDueDateSet	1	{"dueDate": "2026-12-21", "issueId": "7e9692f5-e790-89cf-b294-365505cd4edc"}	root	f8d9d04b-11ce-4c25-83d3-4165e1c1459b	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-07-04 06:08:00+00
193	16660	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	7	IssueImplemented	1	{"issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b", "summary": "Alla socialsekreterare använder en ny mall för kallelser med tid, dagordning och rätt till paus.", "implementedOn": "2026-07-24"}	root	b22dfeca-733f-4822-8f32-02f101ab55d5	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-07-24 06:01:00+00
195	16745	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	5	CouncilMeetingHeld	1	{"heldOn": "2026-08-13", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f36b4-8d30-8359-b96c-8c79fbc6b422", "participantCount": 8}	root	3cec43ec-7aa3-425e-8201-d769228d0247	\N	\N	tredjekraft demo load (samordnare.lund)	2026-08-13 06:00:00+00
196	16771	proposal-cfa4a655-be68-81d6-a03e-31b0d678de95	1	ProposalPutForward	1	{"text": "En öppen träffpunkt på kvällar och helger, där alla är välkomna utan att behöva boka tid.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f36b4-8d30-8359-b96c-8c79fbc6b422", "pseudonym": "Deltagare B", "proposalId": "cfa4a655-be68-81d6-a03e-31b0d678de95", "qualityArea": "stodinsatser", "putForwardOn": "2026-08-13"}	root	60ea4d42-8b9d-4229-9ea2-ee0769dc4846	\N	\N	tredjekraft demo load (samordnare.lund)	2026-08-13 06:01:00+00
199	16825	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	6	IssueReopened	1	{"reason": "Dialogmötet tar upp samma behov igen: en öppen plats där alla är välkomna, också kvällar och helger. Frågan prövas på nytt inför den nya budgeten.", "source": {"id": "cfa4a655-be68-81d6-a03e-31b0d678de95", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685", "reopenedOn": "2026-08-18"}	root	2467cd7f-70e0-4120-bbe9-4246b2ad4b19	\N	\N	tredjekraft demo load (samordnare.lund)	2026-08-18 06:00:00+00
202	16876	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	4	IssueDecided	1	{"issueId": "b4fb8f1a-5298-8f0e-8049-c60b7382c987", "outcome": "partially_accepted", "decidedBy": "Ledningsgruppen försörjningsstöd", "decidedOn": "2026-08-23", "motivation": "Ansökan via e-tjänst införs, så att ingen behöver komma till kontoret bara för att lämna papper. En ny ansökan behövs fortfarande varje månad, eftersom behovet ska prövas för varje period, men den som har en stabil situation kan få beslut för tre månader i taget."}	root	ddd41b2c-57c7-4e02-aca2-3ecc23e50ae6	\N	\N	tredjekraft demo load (sektionschef.biskopsgarden)	2026-08-23 06:02:00+00
206	16940	council-a595841d-7c9c-833c-8ca7-58b918f04199	9	CouncilMeetingHeld	1	{"heldOn": "2026-09-02", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660172-06d3-8b03-9b3c-44a28c2b474e", "participantCount": 10}	root	9cfebad1-36ab-4888-a79d-6d817926c000	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-09-02 06:02:00+00
166	16191	issue-d9eabe15-5dcc-8643-80cb-8553de647414	7	IssueWorkStarted	1	{"issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "startedOn": "2026-05-20"}	root	b5533ac6-1259-4f05-bcc6-bcb76c351fb0	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-20 06:01:00+00
167	16210	issue-d9eabe15-5dcc-8643-80cb-8553de647414	8	IssueDueDateSet	1	{"dueDate": "2026-10-02", "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414"}	root	456ed584-b424-4863-9674-daa2ad681997	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-20 06:02:00+00
168	16221	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	5	IssueDecided	1	{"issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d", "outcome": "accepted", "decidedBy": "Ledningsgruppen försörjningsstöd", "decidedOn": "2026-05-25", "motivation": "All personal som möter brukare, från receptionen till socialsekreterarna, går en utbildning i bemötande. Varje möte ska börja och sluta med en stund vanligt samtal."}	root	a47ec666-9fa9-46f5-9350-f35d70e66bb4	\N	\N	tredjekraft demo load (sektionschef.biskopsgarden)	2026-05-25 06:00:00+00
171	16270	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	7	IssueDueDateSet	1	{"dueDate": "2026-11-21", "issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d"}	root	25e201b5-c49a-443d-86e8-1f61996942f9	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-05-30 06:01:00+00
172	16285	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	5	IssueDecided	1	{"issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b", "outcome": "accepted", "decidedBy": "Ledningsgruppen försörjningsstöd", "decidedOn": "2026-05-30", "motivation": "Handlingsplanen görs tillsammans: nuvarande situation, möjligheter, mål och resurser, och vad båda parter kan göra. Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd."}	root	7fa27f50-1251-455b-9e14-f3484697a21e	\N	\N	tredjekraft demo load (sektionschef.biskopsgarden)	2026-05-30 06:02:00+00
173	16302	issue-b286628e-4242-8655-8929-01921bfa8dd4	2	IssueMerged	1	{"into": "2278fc23-899c-8add-bc24-7a116ba6ff26", "issueId": "b286628e-4242-8655-8929-01921bfa8dd4", "mergedOn": "2026-06-04"}	root	df0b0762-cbfa-4ea6-9a85-ee6e8afea46e	\N	\N	tredjekraft demo load (samordnare.lund)	2026-06-04 06:00:00+00
174	16302	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	8	IssueAbsorbed	1	{"from": "b286628e-4242-8655-8929-01921bfa8dd4", "issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "sources": [{"id": "1a095f22-b3d6-80b6-ae9e-8c83aa009039", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}], "feedbackOwed": []}	root	df0b0762-cbfa-4ea6-9a85-ee6e8afea46e	\N	\N	tredjekraft demo load (samordnare.lund)	2026-06-04 06:00:00+00
175	16312	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	8	IssueVerified	1	{"note": "Uppföljningen på personalmötet visar att alla har gått utbildningen; nyanställda går den nästa gång den ges.", "issueId": "0546ca3d-3f51-82c1-b917-bed3c32b131c", "verifiedOn": "2026-06-04"}	root	d237bb2d-4739-411f-81d1-5a14d27792b6	\N	\N	tredjekraft demo load (samordnare.iris)	2026-06-04 06:01:00+00
178	16339	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	6	IssueWorkStarted	1	{"issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b", "startedOn": "2026-06-04"}	root	f5769981-df43-40aa-ae69-5b2844ff5163	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-06-04 06:04:00+00
179	16347	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	7	IssueDueDateSet	1	{"dueDate": "2027-01-15", "issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b"}	root	333701eb-6672-4e94-9a97-4cf5ccb9786e	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-06-04 06:05:00+00
180	16354	issue-298f4636-668a-87fe-89e1-45c4078cdf41	9	IssueImplemented	1	{"issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "summary": "Besöksrummet på stödboendet är inrett och kan bokas alla dagar klockan 10–18.", "implementedOn": "2026-06-09"}	root	e2478fc4-78e4-477f-bc26-2fb14fb9bc98	\N	\N	tredjekraft demo load (samordnare.lund)	2026-06-09 06:00:00+00
182	16369	issue-96661704-3744-88b7-9d0e-dc54682d9af8	8	IssueImplemented	1	{"issueId": "96661704-3744-88b7-9d0e-dc54682d9af8", "summary": "En broschyr på lätt svenska, arabiska och dari finns nu, och reglerna gås igenom muntligt vid varje inskrivning.", "implementedOn": "2026-06-24"}	root	2d111867-a908-40a8-a2f4-80906d06cb87	\N	\N	tredjekraft demo load (samordnare.iris)	2026-06-24 06:01:00+00
185	16418	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	6	IssueDueDateSet	1	{"dueDate": "2026-11-11", "issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1"}	root	50b0b8be-b318-4851-a3dc-8d94f3a2847e	\N	\N	tredjekraft demo load (samordnare.lund)	2026-07-04 06:02:00+00
189	16496	issue-7e9692f5-e790-89cf-b294-365505cd4edc	3	IssuePreparationStarted	1	{"issueId": "7e9692f5-e790-89cf-b294-365505cd4edc", "startedOn": "2026-07-04"}	root	ad9d9808-d62c-480b-b7f9-3ad9cb1eece3	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-07-04 06:06:00+00
192	16618	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	7	FeedbackGiven	1	{"channel": "digest", "givenOn": "2026-07-24", "issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1", "occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	b201d966-8297-42d2-966a-38ca14421444	\N	\N	tredjekraft demo load (samordnare.lund)	2026-07-24 06:00:00+00
194	16720	council-a595841d-7c9c-833c-8ca7-58b918f04199	8	CouncilMeetingHeld	1	{"heldOn": "2026-08-03", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660e72-06d3-811a-9b3c-3fa28c2b3ecf", "participantCount": 6}	root	28f83725-abba-4169-a72d-7b8cbe106b85	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-08-03 06:00:00+00
197	16783	issue-355bea95-3c41-812f-aa9b-9d680fab6308	9	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-08-13", "issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "occasion": "implementation", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	746b4d54-03c4-4de3-b16a-065f3f00d5c2	\N	\N	tredjekraft demo load (samordnare.lund)	2026-08-13 06:02:00+00
198	16806	issue-298f4636-668a-87fe-89e1-45c4078cdf41	10	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-08-13", "issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "occasion": "implementation", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	ef409a92-722f-40b9-a261-a70860deaacf	\N	\N	tredjekraft demo load (samordnare.lund)	2026-08-13 06:03:00+00
200	16845	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	7	IssueDueDateSet	1	{"dueDate": "2027-01-15", "issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685"}	root	467d4e64-512b-4ad1-b961-09d9c82bb7eb	\N	\N	tredjekraft demo load (samordnare.lund)	2026-08-23 06:00:00+00
201	16854	issue-298f4636-668a-87fe-89e1-45c4078cdf41	11	IssueVerified	1	{"note": "Tolv besök de första tre månaderna. De boende är nöjda men vill kunna boka besök på helger; det tas upp på nästa dialogmöte.", "issueId": "298f4636-668a-87fe-89e1-45c4078cdf41", "verifiedOn": "2026-08-23"}	root	7ea2ebe4-8c74-424c-b620-05290ed90dbe	\N	\N	tredjekraft demo load (samordnare.lund)	2026-08-23 06:01:00+00
203	16889	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	5	IssueDueDateSet	1	{"dueDate": "2027-03-01", "issueId": "b4fb8f1a-5298-8f0e-8049-c60b7382c987"}	root	27bc27fc-9cb2-4bc6-85b0-74981035f6cc	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-08-23 06:03:00+00
204	16909	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	9	IssueImplemented	1	{"issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "summary": "Alla brukare i vuxenstöd har nu en fast kontaktperson och en ersättare. Vid byte av handläggare hålls ett gemensamt överlämningsmöte med brukaren.", "implementedOn": "2026-09-02"}	root	a433266a-da0f-454d-adea-5e453e2add49	\N	\N	tredjekraft demo load (samordnare.lund)	2026-09-02 06:00:00+00
205	16926	council-74074590-9efe-80fa-a4c5-80c4c7b16433	6	CouncilMeetingHeld	1	{"heldOn": "2026-09-02", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433", "meetingId": "2a863196-28c7-87e4-bc4a-6689fe2bc00f", "participantCount": 6}	root	121fee85-c196-4210-bf32-20fe1d0402ff	\N	\N	tredjekraft demo load (samordnare.iris)	2026-09-02 06:01:00+00
209	16997	issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	1	IssueOpened	1	{"title": "Ta vara på erfarenheter: anställ personer med egen erfarenhet", "source": {"id": "9dc0b431-856c-8293-8810-d4faa6cb32b0", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, "unitId": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "issueId": "ae5d80fc-84b0-8df4-be5f-81c429c8f969", "qualityArea": "brukarinflytandepolicy", "registeredOn": "2026-10-02"}	root	9c1c45c2-b50f-43a1-91dc-03e61f06421a	\N	\N	tredjekraft demo load (samordnare.lund)	2026-10-02 06:01:00+00
210	17007	council-a595841d-7c9c-833c-8ca7-58b918f04199	10	CouncilMeetingHeld	1	{"heldOn": "2026-10-02", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "83660072-06d3-8950-9b3c-45a28c2b4901", "participantCount": 5}	root	49706404-c012-445a-a61a-2982d9cfd3b0	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-10-02 06:02:00+00
211	17017	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	8	IssueVerified	1	{"note": "Frukostmötet bekräftar att kallelserna nu har tid och dagordning.", "issueId": "af0f30cc-6cc3-85d0-9744-ba4bdf0b301b", "verifiedOn": "2026-10-02"}	root	c0b696d2-5c3d-4e1a-8e44-8271a77aa8db	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-10-02 06:03:00+00
212	17029	issue-d9eabe15-5dcc-8643-80cb-8553de647414	10	IssueImplemented	1	{"issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "summary": "Vägvisaren finns i väntrummet och på webben, på svenska och fyra andra språk.", "implementedOn": "2026-10-12"}	root	7b6b8d41-b88e-4f1c-ba62-c63735329360	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-10-12 06:00:00+00
213	17042	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	6	CouncilMeetingHeld	1	{"heldOn": "2026-10-22", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f35b4-8d30-81a6-b96c-8d79fbc6b5d5", "participantCount": 6}	root	fe1ccce5-228d-49c6-80ae-4f1d61fe16a5	\N	\N	tredjekraft demo load (samordnare.lund)	2026-10-22 06:00:00+00
214	17057	proposal-cf8cef3a-bf82-87f7-9909-29726b795c20	1	ProposalPutForward	1	{"text": "Bjud in cheferna och ledningen till dialogmötena, så att de hör brukarnas berättelser direkt.", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "meetingId": "c48f35b4-8d30-81a6-b96c-8d79fbc6b5d5", "pseudonym": "Deltagare A", "proposalId": "cf8cef3a-bf82-87f7-9909-29726b795c20", "qualityArea": "brukarinflytandepolicy", "putForwardOn": "2026-10-22"}	root	6a4947ec-e6be-45a4-95ed-775e05520d9a	\N	\N	tredjekraft demo load (samordnare.lund)	2026-10-22 06:01:00+00
215	17064	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	10	FeedbackGiven	1	{"channel": "meeting", "givenOn": "2026-10-22", "issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "occasion": "implementation", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	c558cae7-e671-41b7-b862-b5ba30ddc4a1	\N	\N	tredjekraft demo load (samordnare.lund)	2026-10-22 06:02:00+00
217	17101	council-a595841d-7c9c-833c-8ca7-58b918f04199	11	CouncilMeetingHeld	1	{"heldOn": "2026-11-01", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "meetingId": "197731c1-98af-8108-b298-14342d75d83b", "participantCount": 7}	root	8a98bc16-2f30-4760-be63-3adb0b4fc2b7	\N	\N	tredjekraft demo load (samordnare.biskopsgarden)	2026-11-01 07:01:00+00
207	16945	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	9	IssueImplemented	1	{"issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "summary": "Den nya mallen används av alla handläggare i vuxenstöd; brukaren skriver under planen och får en egen kopia.", "implementedOn": "2026-09-22"}	root	8cecfa5e-d8ef-427e-83fb-f3a951a668d6	\N	\N	tredjekraft demo load (samordnare.lund)	2026-09-22 06:00:00+00
208	16973	issue-355bea95-3c41-812f-aa9b-9d680fab6308	10	IssueVerified	1	{"note": "Elva personer har gått i kvällsgrupperna; ingen av dem har behövt placeras på behandlingshem.", "issueId": "355bea95-3c41-812f-aa9b-9d680fab6308", "verifiedOn": "2026-10-02"}	root	56c97fa3-b5f0-4b7f-958a-037e47a2d233	\N	\N	tredjekraft demo load (samordnare.lund)	2026-10-02 06:00:00+00
216	17083	council-74074590-9efe-80fa-a4c5-80c4c7b16433	7	CouncilMeetingHeld	1	{"heldOn": "2026-11-01", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433", "meetingId": "2a863496-28c7-8cfd-bc4a-6789fe2bc1c2", "participantCount": 7}	root	b740a9a4-2ae4-4081-b078-5bbd4e1e7174	\N	\N	tredjekraft demo load (samordnare.iris)	2026-11-01 07:00:00+00
218	17113	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	11	IssueVerified	1	{"note": "Uppföljningen med dialogmötet visar att överlämningsmötena hålls: två av tre som har bytt handläggare har haft ett sådant möte.", "issueId": "2278fc23-899c-8add-bc24-7a116ba6ff26", "verifiedOn": "2026-11-16"}	root	9d5170da-139f-49a6-8daa-316578ac5f81	\N	\N	tredjekraft demo load (samordnare.lund)	2026-11-16 07:00:00+00
219	17128	contacts-00000000-0000-0000-0000-000000000001	1	ContactSet	1	{"recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "management"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.378356+00
220	17130	contacts-00000000-0000-0000-0000-000000000001	2	ContactSet	1	{"recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "coordinator"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.389685+00
221	17146	contacts-00000000-0000-0000-0000-000000000001	3	ContactSet	1	{"recipient": {"id": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "kind": "council"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.421702+00
222	17156	contacts-00000000-0000-0000-0000-000000000001	4	ContactSet	1	{"recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "management"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.441249+00
223	17163	contacts-00000000-0000-0000-0000-000000000001	5	ContactSet	1	{"recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.457744+00
224	17172	contacts-00000000-0000-0000-0000-000000000001	6	ContactSet	1	{"recipient": {"id": "enhetschef stödboendet vuxenstöd", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.473888+00
225	17181	contacts-00000000-0000-0000-0000-000000000001	7	ContactSet	1	{"recipient": {"id": "utvecklingssekreterare vuxenstöd", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.486378+00
226	17189	contacts-00000000-0000-0000-0000-000000000001	8	ContactSet	1	{"recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.506508+00
227	17198	contacts-00000000-0000-0000-0000-000000000001	9	ContactSet	1	{"recipient": {"id": "enhetschef öppenvården vuxenstöd", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.523127+00
228	17207	contacts-00000000-0000-0000-0000-000000000001	10	ContactSet	1	{"recipient": {"id": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "kind": "management"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.544895+00
229	17214	contacts-00000000-0000-0000-0000-000000000001	11	ContactSet	1	{"recipient": {"id": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "kind": "coordinator"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.570905+00
230	17218	contacts-00000000-0000-0000-0000-000000000001	12	ContactSet	1	{"recipient": {"id": "74074590-9efe-80fa-a4c5-80c4c7b16433", "kind": "council"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.582611+00
231	17228	contacts-00000000-0000-0000-0000-000000000001	13	ContactSet	1	{"recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.593867+00
232	17235	contacts-00000000-0000-0000-0000-000000000001	14	ContactSet	1	{"recipient": {"id": "a595841d-7c9c-833c-8ca7-58b918f04199", "kind": "council"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.609142+00
233	17243	contacts-00000000-0000-0000-0000-000000000001	15	ContactSet	1	{"recipient": {"id": "behandlingsansvarig", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.618959+00
234	17247	contacts-00000000-0000-0000-0000-000000000001	16	ContactSet	1	{"recipient": {"id": "verksamhetschef", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.634104+00
235	17259	contacts-00000000-0000-0000-0000-000000000001	17	ContactSet	1	{"recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.653803+00
236	17265	contacts-00000000-0000-0000-0000-000000000001	18	ContactSet	1	{"recipient": {"id": "avdelningschef vuxenstöd", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.667998+00
237	17275	contacts-00000000-0000-0000-0000-000000000001	19	ContactSet	1	{"recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.693821+00
238	17281	contacts-00000000-0000-0000-0000-000000000001	20	ContactSet	1	{"recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "contactsId": "00000000-0000-0000-0000-000000000001"}	root	\N	\N	\N	tredjekraft demo load	2026-12-01 05:16:32.706599+00
239	18079	mail-a1dd4247-25f0-89ae-9375-12e024db7897	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Ett ärende väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Ett ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Kunna byta socialsekreterare när kemin inte stämmer</strong><br/>Ärende edbc98e3 i Försörjningsstöd Biskopsgården.</p>\\n<p>Saknas: en ansvarig, sedan 2026-04-23.</p>\\n<p>Saknas: ett beslut, sedan 2026-04-23.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-04-23.</p>\\n<p>Ge ärendet en ansvarig:<br/><code>tredjekraft issue assign edbc98e3 &quot;&lt;ansvarig&gt;&quot;</code></p>\\n<p>Börja bereda ärendet:<br/><code>tredjekraft issue prepare edbc98e3</code></p>\\n<p>Besluta sedan (--accept, --partially eller --reject):<br/><code>tredjekraft issue decide edbc98e3 --accept --by &quot;&lt;vem&gt;&quot; --motivation &quot;&lt;varför&gt;&quot;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nEtt ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Kunna byta socialsekreterare när kemin inte stämmer\\n   Ärende edbc98e3 i Försörjningsstöd Biskopsgården.\\n   Saknas: en ansvarig, sedan 2026-04-23.\\n   Saknas: ett beslut, sedan 2026-04-23.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-04-23.\\n   Ge ärendet en ansvarig:\\n     tredjekraft issue assign edbc98e3 \\"<ansvarig>\\"\\n   Börja bereda ärendet:\\n     tredjekraft issue prepare edbc98e3\\n   Besluta sedan (--accept, --partially eller --reject):\\n     tredjekraft issue decide edbc98e3 --accept --by \\"<vem>\\" --motivation \\"<varför>\\"\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "a1dd4247-25f0-89ae-9375-12e024db7897", "purpose": "reminder", "subject": "Ett ärende väntar på dig", "queuedAt": "2026-12-01T05:16:35.100Z", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "regarding": "issue-edbc98e3-6424-87e4-a36f-37fa4b03a477"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.102914+00
240	18079	issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	2	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-04-23", "mailId": "a1dd4247-25f0-89ae-9375-12e024db7897", "policy": "no_owner", "issueId": "edbc98e3-6424-87e4-a36f-37fa4b03a477", "occasion": "no_owner:2026-04-23", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.106538+00
241	18079	issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	3	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-04-23", "mailId": "a1dd4247-25f0-89ae-9375-12e024db7897", "policy": "no_decision", "issueId": "edbc98e3-6424-87e4-a36f-37fa4b03a477", "occasion": "no_decision:2026-04-23", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.106538+00
242	18079	issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	4	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-04-23", "mailId": "a1dd4247-25f0-89ae-9375-12e024db7897", "policy": "stale", "issueId": "edbc98e3-6424-87e4-a36f-37fa4b03a477", "occasion": "stale:2026-04-23", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.106538+00
243	18081	mail-1c10b584-1d44-8935-9ca7-746c6fdded68	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Ett ärende väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Ett ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Ta vara på erfarenheter: anställ personer med egen erfarenhet</strong><br/>Ärende ae5d80fc i Vuxenstöd Lund.</p>\\n<p>Saknas: en ansvarig, sedan 2026-10-02.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-10-02.</p>\\n<p>Ge ärendet en ansvarig:<br/><code>tredjekraft issue assign ae5d80fc &quot;&lt;ansvarig&gt;&quot;</code></p>\\n<p>Börja bereda ärendet:<br/><code>tredjekraft issue prepare ae5d80fc</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nEtt ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Ta vara på erfarenheter: anställ personer med egen erfarenhet\\n   Ärende ae5d80fc i Vuxenstöd Lund.\\n   Saknas: en ansvarig, sedan 2026-10-02.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-10-02.\\n   Ge ärendet en ansvarig:\\n     tredjekraft issue assign ae5d80fc \\"<ansvarig>\\"\\n   Börja bereda ärendet:\\n     tredjekraft issue prepare ae5d80fc\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "1c10b584-1d44-8935-9ca7-746c6fdded68", "purpose": "reminder", "subject": "Ett ärende väntar på dig", "queuedAt": "2026-12-01T05:16:35.109Z", "recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "coordinator"}, "regarding": "issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.116289+00
244	18081	issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	2	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "1c10b584-1d44-8935-9ca7-746c6fdded68", "policy": "no_owner", "issueId": "ae5d80fc-84b0-8df4-be5f-81c429c8f969", "occasion": "no_owner:2026-10-02", "recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "coordinator"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.11855+00
245	18081	issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	3	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "1c10b584-1d44-8935-9ca7-746c6fdded68", "policy": "stale", "issueId": "ae5d80fc-84b0-8df4-be5f-81c429c8f969", "occasion": "stale:2026-10-02", "recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "coordinator"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.11855+00
246	18083	mail-075fc867-641d-8947-991d-7e918dc9c6c4	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Ett ärende väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Ett ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Lättillgänglig hjälp: en öppen plats där alla är välkomna</strong><br/>Ärende 300f9ca3 i Vuxenstöd Lund.</p>\\n<p>Saknas: ett beslut, sedan 2026-02-20.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-08-23.</p>\\n<p>Börja bereda ärendet:<br/><code>tredjekraft issue prepare 300f9ca3</code></p>\\n<p>Besluta sedan (--accept, --partially eller --reject):<br/><code>tredjekraft issue decide 300f9ca3 --accept --by &quot;&lt;vem&gt;&quot; --motivation &quot;&lt;varför&gt;&quot;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nEtt ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Lättillgänglig hjälp: en öppen plats där alla är välkomna\\n   Ärende 300f9ca3 i Vuxenstöd Lund.\\n   Saknas: ett beslut, sedan 2026-02-20.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-08-23.\\n   Börja bereda ärendet:\\n     tredjekraft issue prepare 300f9ca3\\n   Besluta sedan (--accept, --partially eller --reject):\\n     tredjekraft issue decide 300f9ca3 --accept --by \\"<vem>\\" --motivation \\"<varför>\\"\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "075fc867-641d-8947-991d-7e918dc9c6c4", "purpose": "reminder", "subject": "Ett ärende väntar på dig", "queuedAt": "2026-12-01T05:16:35.130Z", "recipient": {"id": "avdelningschef vuxenstöd", "kind": "owner"}, "regarding": "issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.133493+00
247	18083	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	8	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-02-20", "mailId": "075fc867-641d-8947-991d-7e918dc9c6c4", "policy": "no_decision", "issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685", "occasion": "no_decision:2026-02-20", "recipient": {"id": "avdelningschef vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.136401+00
248	18083	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	9	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-08-23", "mailId": "075fc867-641d-8947-991d-7e918dc9c6c4", "policy": "stale", "issueId": "300f9ca3-c65a-8a0a-80ac-ab40710cf685", "occasion": "stale:2026-08-23", "recipient": {"id": "avdelningschef vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.136401+00
249	18086	mail-9d20bbf0-084c-8162-bbba-75122a22bc69	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Två ärenden väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Två ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Delmål som den boende själv formulerar</strong><br/>Ärende 00b1c27d i Iris Mullsjö HVB.</p>\\n<p>Försenat: skulle vara klart 2026-08-03.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-03-06.</p>\\n<p>Markera ärendet som genomfört när arbetet är klart:<br/><code>tredjekraft issue implemented 00b1c27d --summary &quot;&lt;vad som gjordes&gt;&quot;</code></p>\\n<p>Flytta datumet om det behövs:<br/><code>tredjekraft issue due 00b1c27d &lt;ÅÅÅÅ-MM-DD&gt;</code></p>\\n</li>\\n<li>\\n<p><strong>Skriftlig information om behandlingen på lätt svenska</strong><br/>Ärende 96661704 i Iris Mullsjö HVB.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-07-04.</p>\\n<p>Registrera uppföljningen:<br/><code>tredjekraft issue verify 96661704 --note &quot;&lt;vad uppföljningen visade&gt;&quot;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nTvå ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Delmål som den boende själv formulerar\\n   Ärende 00b1c27d i Iris Mullsjö HVB.\\n   Försenat: skulle vara klart 2026-08-03.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-03-06.\\n   Markera ärendet som genomfört när arbetet är klart:\\n     tredjekraft issue implemented 00b1c27d --summary \\"<vad som gjordes>\\"\\n   Flytta datumet om det behövs:\\n     tredjekraft issue due 00b1c27d <ÅÅÅÅ-MM-DD>\\n\\n2. Skriftlig information om behandlingen på lätt svenska\\n   Ärende 96661704 i Iris Mullsjö HVB.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-07-04.\\n   Registrera uppföljningen:\\n     tredjekraft issue verify 96661704 --note \\"<vad uppföljningen visade>\\"\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "9d20bbf0-084c-8162-bbba-75122a22bc69", "purpose": "reminder", "subject": "Två ärenden väntar på dig", "queuedAt": "2026-12-01T05:16:35.142Z", "recipient": {"id": "behandlingsansvarig", "kind": "owner"}}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.146893+00
250	18086	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	7	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-08-03", "mailId": "9d20bbf0-084c-8162-bbba-75122a22bc69", "policy": "overdue", "issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6", "occasion": "overdue:2026-08-03", "recipient": {"id": "behandlingsansvarig", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.148214+00
251	18086	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	8	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-03-06", "mailId": "9d20bbf0-084c-8162-bbba-75122a22bc69", "policy": "stale", "issueId": "00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6", "occasion": "stale:2026-03-06", "recipient": {"id": "behandlingsansvarig", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.148214+00
252	18086	issue-96661704-3744-88b7-9d0e-dc54682d9af8	10	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-07-04", "mailId": "9d20bbf0-084c-8162-bbba-75122a22bc69", "policy": "stale", "issueId": "96661704-3744-88b7-9d0e-dc54682d9af8", "occasion": "stale:2026-07-04", "recipient": {"id": "behandlingsansvarig", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.149145+00
253	18088	mail-510338a9-ffeb-8cd1-af19-651293d96e2a	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Två ärenden väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Två ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Tid att lyssna: längre samtal när det behövs</strong><br/>Ärende 5dadb650 i Vuxenstöd Lund.</p>\\n<p>Försenat: skulle vara klart 2026-11-01.</p>\\n<p>Saknas: återkoppling till Dialogmöten vuxenstöd Lund om beslutet, sedan 2026-02-24.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-03-06.</p>\\n<p>Markera ärendet som genomfört när arbetet är klart:<br/><code>tredjekraft issue implemented 5dadb650 --summary &quot;&lt;vad som gjordes&gt;&quot;</code></p>\\n<p>Flytta datumet om det behövs:<br/><code>tredjekraft issue due 5dadb650 &lt;ÅÅÅÅ-MM-DD&gt;</code></p>\\n<p>Registrera återkopplingen när rådet har fått den:<br/><code>tredjekraft issue feedback 5dadb650 --council bd7fbb90 --occasion decision --channel meeting</code></p>\\n</li>\\n<li>\\n<p><strong>Långsiktighet: att komma tillbaka är inget misslyckande</strong><br/>Ärende e10f5e69 i Vuxenstöd Lund.</p>\\n<p>Försenat: skulle vara klart 2026-11-11.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-07-24.</p>\\n<p>Markera ärendet som genomfört när arbetet är klart:<br/><code>tredjekraft issue implemented e10f5e69 --summary &quot;&lt;vad som gjordes&gt;&quot;</code></p>\\n<p>Flytta datumet om det behövs:<br/><code>tredjekraft issue due e10f5e69 &lt;ÅÅÅÅ-MM-DD&gt;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nTvå ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Tid att lyssna: längre samtal när det behövs\\n   Ärende 5dadb650 i Vuxenstöd Lund.\\n   Försenat: skulle vara klart 2026-11-01.\\n   Saknas: återkoppling till Dialogmöten vuxenstöd Lund om beslutet, sedan 2026-02-24.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-03-06.\\n   Markera ärendet som genomfört när arbetet är klart:\\n     tredjekraft issue implemented 5dadb650 --summary \\"<vad som gjordes>\\"\\n   Flytta datumet om det behövs:\\n     tredjekraft issue due 5dadb650 <ÅÅÅÅ-MM-DD>\\n   Registrera återkopplingen när rådet har fått den:\\n     tredjekraft issue feedback 5dadb650 --council bd7fbb90 --occasion decision --channel meeting\\n\\n2. Långsiktighet: att komma tillbaka är inget misslyckande\\n   Ärende e10f5e69 i Vuxenstöd Lund.\\n   Försenat: skulle vara klart 2026-11-11.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-07-24.\\n   Markera ärendet som genomfört när arbetet är klart:\\n     tredjekraft issue implemented e10f5e69 --summary \\"<vad som gjordes>\\"\\n   Flytta datumet om det behövs:\\n     tredjekraft issue due e10f5e69 <ÅÅÅÅ-MM-DD>\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "purpose": "reminder", "subject": "Två ärenden väntar på dig", "queuedAt": "2026-12-01T05:16:35.155Z", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.158029+00
254	18088	issue-5dadb650-fd99-8133-84ca-25adf2777d26	7	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-11-01", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "overdue", "issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "occasion": "overdue:2026-11-01", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.162789+00
255	18088	issue-5dadb650-fd99-8133-84ca-25adf2777d26	8	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-02-24", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "feedback_owed", "issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "occasion": "feedback_owed:bd7fbb90-e3cd-843e-b561-62a275d64f99:decision:2026-02-24", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.162789+00
256	18088	issue-5dadb650-fd99-8133-84ca-25adf2777d26	9	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-03-06", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "stale", "issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "occasion": "stale:2026-03-06", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.162789+00
257	18088	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	8	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-11-11", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "overdue", "issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1", "occasion": "overdue:2026-11-11", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.163882+00
258	18088	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	9	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-07-24", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "stale", "issueId": "e10f5e69-de19-8ca0-89f9-4547be4924b1", "occasion": "stale:2026-07-24", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.163882+00
270	18097	issue-205c830f-87d9-8cde-96f2-c0f395451e93	6	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "ff75c1c4-9504-89d4-9c9f-8d4829fbf003", "policy": "overdue", "issueId": "205c830f-87d9-8cde-96f2-c0f395451e93", "occasion": "overdue:2026-10-02", "recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.230201+00
271	18097	issue-205c830f-87d9-8cde-96f2-c0f395451e93	7	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-01-15", "mailId": "ff75c1c4-9504-89d4-9c9f-8d4829fbf003", "policy": "stale", "issueId": "205c830f-87d9-8cde-96f2-c0f395451e93", "occasion": "stale:2026-01-15", "recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.230201+00
259	18090	mail-23a3f35d-91f8-8314-a87d-c3ec6c5a0461	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Två ärenden väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Två ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Handlingsplanen görs tillsammans med brukaren</strong><br/>Ärende c8718f45 i Försörjningsstöd Biskopsgården.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-06-04.</p>\\n<p>Markera ärendet som genomfört när arbetet är klart:<br/><code>tredjekraft issue implemented c8718f45 --summary &quot;&lt;vad som gjordes&gt;&quot;</code></p>\\n</li>\\n<li>\\n<p><strong>Vägvisare till de andra myndigheterna</strong><br/>Ärende d9eabe15 i Försörjningsstöd Biskopsgården.</p>\\n<p>Saknas: återkoppling till Frukostmöten försörjningsstöd Biskopsgården om genomförandet, sedan 2026-10-12.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-10-12.</p>\\n<p>Registrera återkopplingen när rådet har fått den:<br/><code>tredjekraft issue feedback d9eabe15 --council a595841d --occasion implementation --channel meeting</code></p>\\n<p>Registrera uppföljningen:<br/><code>tredjekraft issue verify d9eabe15 --note &quot;&lt;vad uppföljningen visade&gt;&quot;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nTvå ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Handlingsplanen görs tillsammans med brukaren\\n   Ärende c8718f45 i Försörjningsstöd Biskopsgården.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-06-04.\\n   Markera ärendet som genomfört när arbetet är klart:\\n     tredjekraft issue implemented c8718f45 --summary \\"<vad som gjordes>\\"\\n\\n2. Vägvisare till de andra myndigheterna\\n   Ärende d9eabe15 i Försörjningsstöd Biskopsgården.\\n   Saknas: återkoppling till Frukostmöten försörjningsstöd Biskopsgården om genomförandet, sedan 2026-10-12.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-10-12.\\n   Registrera återkopplingen när rådet har fått den:\\n     tredjekraft issue feedback d9eabe15 --council a595841d --occasion implementation --channel meeting\\n   Registrera uppföljningen:\\n     tredjekraft issue verify d9eabe15 --note \\"<vad uppföljningen visade>\\"\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "23a3f35d-91f8-8314-a87d-c3ec6c5a0461", "purpose": "reminder", "subject": "Två ärenden väntar på dig", "queuedAt": "2026-12-01T05:16:35.168Z", "recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.173909+00
260	18090	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	8	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-06-04", "mailId": "23a3f35d-91f8-8314-a87d-c3ec6c5a0461", "policy": "stale", "issueId": "c8718f45-f004-8b9c-b27a-b50c6a11e10b", "occasion": "stale:2026-06-04", "recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.175337+00
261	18090	issue-d9eabe15-5dcc-8643-80cb-8553de647414	11	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-10-12", "mailId": "23a3f35d-91f8-8314-a87d-c3ec6c5a0461", "policy": "feedback_owed", "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "occasion": "feedback_owed:a595841d-7c9c-833c-8ca7-58b918f04199:implementation:2026-10-12", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.177109+00
262	18090	issue-d9eabe15-5dcc-8643-80cb-8553de647414	12	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-10-12", "mailId": "23a3f35d-91f8-8314-a87d-c3ec6c5a0461", "policy": "stale", "issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "occasion": "stale:2026-10-12", "recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.177109+00
263	18095	mail-f8c90f27-76b0-8036-a229-ab717f0fc465	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Två saker väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Två saker väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Bjud in socialtjänsten till ett SIP-möte före varje planerad utskrivning.</strong><br/>Åtgärd i handlingsplanen för Iris Mullsjö HVB (certifiering f0fb7e32).</p>\\n<p>Försenad: skulle vara klar 2026-10-02.</p>\\n<p>Se handlingsplanen:<br/><code>tredjekraft certification show f0fb7e32</code></p>\\n<p>Öppna ett ärende för åtgärden:<br/><code>tredjekraft issue open --action-item 0fe6e5c1 --title &quot;&lt;rubrik&gt;&quot;</code></p>\\n</li>\\n<li>\\n<p><strong>En brukarinflytandepolicy skriven med brukarrådet</strong><br/>Ärende f793fa5b i Iris Mullsjö HVB.</p>\\n<p>Saknas: ett beslut, sedan 2026-02-14.</p>\\n<p>Försenat: skulle vara klart 2026-09-02.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-04-05.</p>\\n<p>Besluta (--accept, --partially eller --reject):<br/><code>tredjekraft issue decide f793fa5b --accept --by &quot;&lt;vem&gt;&quot; --motivation &quot;&lt;varför&gt;&quot;</code></p>\\n<p>Flytta datumet om det behövs:<br/><code>tredjekraft issue due f793fa5b &lt;ÅÅÅÅ-MM-DD&gt;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nTvå saker väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Bjud in socialtjänsten till ett SIP-möte före varje planerad utskrivning.\\n   Åtgärd i handlingsplanen för Iris Mullsjö HVB (certifiering f0fb7e32).\\n   Försenad: skulle vara klar 2026-10-02.\\n   Se handlingsplanen:\\n     tredjekraft certification show f0fb7e32\\n   Öppna ett ärende för åtgärden:\\n     tredjekraft issue open --action-item 0fe6e5c1 --title \\"<rubrik>\\"\\n\\n2. En brukarinflytandepolicy skriven med brukarrådet\\n   Ärende f793fa5b i Iris Mullsjö HVB.\\n   Saknas: ett beslut, sedan 2026-02-14.\\n   Försenat: skulle vara klart 2026-09-02.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-04-05.\\n   Besluta (--accept, --partially eller --reject):\\n     tredjekraft issue decide f793fa5b --accept --by \\"<vem>\\" --motivation \\"<varför>\\"\\n   Flytta datumet om det behövs:\\n     tredjekraft issue due f793fa5b <ÅÅÅÅ-MM-DD>\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "purpose": "reminder", "subject": "Två saker väntar på dig", "queuedAt": "2026-12-01T05:16:35.198Z", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.204581+00
264	18095	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	20	CertificationReminderSent	1	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "action_item_due", "occasion": "action_item_due:2026-10-02", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "actionItemId": "0fe6e5c1-2853-8964-9148-8c356c4a6c59", "remindedBefore": [], "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.217969+00
265	18095	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	5	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-02-14", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "no_decision", "issueId": "f793fa5b-7c2b-8d55-b74d-0c7ac59f9078", "occasion": "no_decision:2026-02-14", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.222327+00
266	18095	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	6	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-09-02", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "overdue", "issueId": "f793fa5b-7c2b-8d55-b74d-0c7ac59f9078", "occasion": "overdue:2026-09-02", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.222327+00
267	18095	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	7	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-04-05", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "stale", "issueId": "f793fa5b-7c2b-8d55-b74d-0c7ac59f9078", "occasion": "stale:2026-04-05", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.222327+00
268	18097	mail-ff75c1c4-9504-89d4-9c9f-8d4829fbf003	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Ett ärende väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Ett ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Relationen: kunna byta handläggare när kemin inte stämmer</strong><br/>Ärende 205c830f i Vuxenstöd Lund.</p>\\n<p>Saknas: ett beslut, sedan 2025-11-28.</p>\\n<p>Försenat: skulle vara klart 2026-10-02.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-01-15.</p>\\n<p>Besluta (--accept, --partially eller --reject):<br/><code>tredjekraft issue decide 205c830f --accept --by &quot;&lt;vem&gt;&quot; --motivation &quot;&lt;varför&gt;&quot;</code></p>\\n<p>Flytta datumet om det behövs:<br/><code>tredjekraft issue due 205c830f &lt;ÅÅÅÅ-MM-DD&gt;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nEtt ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Relationen: kunna byta handläggare när kemin inte stämmer\\n   Ärende 205c830f i Vuxenstöd Lund.\\n   Saknas: ett beslut, sedan 2025-11-28.\\n   Försenat: skulle vara klart 2026-10-02.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-01-15.\\n   Besluta (--accept, --partially eller --reject):\\n     tredjekraft issue decide 205c830f --accept --by \\"<vem>\\" --motivation \\"<varför>\\"\\n   Flytta datumet om det behövs:\\n     tredjekraft issue due 205c830f <ÅÅÅÅ-MM-DD>\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "ff75c1c4-9504-89d4-9c9f-8d4829fbf003", "purpose": "reminder", "subject": "Ett ärende väntar på dig", "queuedAt": "2026-12-01T05:16:35.227Z", "recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "regarding": "issue-205c830f-87d9-8cde-96f2-c0f395451e93"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.228901+00
269	18097	issue-205c830f-87d9-8cde-96f2-c0f395451e93	5	IssueReminderSent	1	{"on": "2026-11-30", "since": "2025-11-28", "mailId": "ff75c1c4-9504-89d4-9c9f-8d4829fbf003", "policy": "no_decision", "issueId": "205c830f-87d9-8cde-96f2-c0f395451e93", "occasion": "no_decision:2025-11-28", "recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.230201+00
272	18102	mail-97b77585-d83a-8b2a-ae28-7eb4dfe30367	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Tre ärenden väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Tre ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Bemötande: ingen ska mötas av en kall vägg</strong><br/>Ärende 57ec358e i Försörjningsstöd Biskopsgården.</p>\\n<p>Försenat: skulle vara klart 2026-11-21.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-05-30.</p>\\n<p>Markera ärendet som genomfört när arbetet är klart:<br/><code>tredjekraft issue implemented 57ec358e --summary &quot;&lt;vad som gjordes&gt;&quot;</code></p>\\n<p>Flytta datumet om det behövs:<br/><code>tredjekraft issue due 57ec358e &lt;ÅÅÅÅ-MM-DD&gt;</code></p>\\n</li>\\n<li>\\n<p><strong>Färre ärenden per socialsekreterare och tid för reflektion</strong><br/>Ärende 7e9692f5 i Försörjningsstöd Biskopsgården.</p>\\n<p>Saknas: ett beslut, sedan 2026-04-24.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-07-04.</p>\\n<p>Besluta (--accept, --partially eller --reject):<br/><code>tredjekraft issue decide 7e9692f5 --accept --by &quot;&lt;vem&gt;&quot; --motivation &quot;&lt;varför&gt;&quot;</code></p>\\n</li>\\n<li>\\n<p><strong>Ansökan via e-tjänst och färre månadsansökningar</strong><br/>Ärende b4fb8f1a i Försörjningsstöd Biskopsgården.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-08-23.</p>\\n<p>Börja genomföra beslutet:<br/><code>tredjekraft issue start b4fb8f1a</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nTre ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Bemötande: ingen ska mötas av en kall vägg\\n   Ärende 57ec358e i Försörjningsstöd Biskopsgården.\\n   Försenat: skulle vara klart 2026-11-21.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-05-30.\\n   Markera ärendet som genomfört när arbetet är klart:\\n     tredjekraft issue implemented 57ec358e --summary \\"<vad som gjordes>\\"\\n   Flytta datumet om det behövs:\\n     tredjekraft issue due 57ec358e <ÅÅÅÅ-MM-DD>\\n\\n2. Färre ärenden per socialsekreterare och tid för reflektion\\n   Ärende 7e9692f5 i Försörjningsstöd Biskopsgården.\\n   Saknas: ett beslut, sedan 2026-04-24.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-07-04.\\n   Besluta (--accept, --partially eller --reject):\\n     tredjekraft issue decide 7e9692f5 --accept --by \\"<vem>\\" --motivation \\"<varför>\\"\\n\\n3. Ansökan via e-tjänst och färre månadsansökningar\\n   Ärende b4fb8f1a i Försörjningsstöd Biskopsgården.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-08-23.\\n   Börja genomföra beslutet:\\n     tredjekraft issue start b4fb8f1a\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "purpose": "reminder", "subject": "Tre ärenden väntar på dig", "queuedAt": "2026-12-01T05:16:35.244Z", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.249806+00
273	18102	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	8	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-11-21", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "overdue", "issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d", "occasion": "overdue:2026-11-21", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.251548+00
274	18102	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	9	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-05-30", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "stale", "issueId": "57ec358e-14bf-88e8-92b3-d24fdae35a5d", "occasion": "stale:2026-05-30", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.251548+00
275	18102	issue-7e9692f5-e790-89cf-b294-365505cd4edc	6	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-04-24", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "no_decision", "issueId": "7e9692f5-e790-89cf-b294-365505cd4edc", "occasion": "no_decision:2026-04-24", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.260144+00
276	18102	issue-7e9692f5-e790-89cf-b294-365505cd4edc	7	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-07-04", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "stale", "issueId": "7e9692f5-e790-89cf-b294-365505cd4edc", "occasion": "stale:2026-07-04", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.260144+00
277	18102	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	6	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-08-23", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "stale", "issueId": "b4fb8f1a-5298-8f0e-8049-c60b7382c987", "occasion": "stale:2026-08-23", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.263713+00
278	18104	mail-f3ecb881-d431-8915-afb7-16cf98916712	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Ett ärende väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Ett ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Delaktighet: planen skrivs tillsammans med brukaren</strong><br/>Ärende 3625a9f3 i Vuxenstöd Lund.</p>\\n<p>Saknas: återkoppling till Dialogmöten vuxenstöd Lund om genomförandet, sedan 2026-09-22.</p>\\n<p>Saknas: nästa steg. Inget har hänt sedan 2026-09-22.</p>\\n<p>Registrera återkopplingen när rådet har fått den:<br/><code>tredjekraft issue feedback 3625a9f3 --council bd7fbb90 --occasion implementation --channel meeting</code></p>\\n<p>Registrera uppföljningen:<br/><code>tredjekraft issue verify 3625a9f3 --note &quot;&lt;vad uppföljningen visade&gt;&quot;</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nEtt ärende väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Delaktighet: planen skrivs tillsammans med brukaren\\n   Ärende 3625a9f3 i Vuxenstöd Lund.\\n   Saknas: återkoppling till Dialogmöten vuxenstöd Lund om genomförandet, sedan 2026-09-22.\\n   Saknas: nästa steg. Inget har hänt sedan 2026-09-22.\\n   Registrera återkopplingen när rådet har fått den:\\n     tredjekraft issue feedback 3625a9f3 --council bd7fbb90 --occasion implementation --channel meeting\\n   Registrera uppföljningen:\\n     tredjekraft issue verify 3625a9f3 --note \\"<vad uppföljningen visade>\\"\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "f3ecb881-d431-8915-afb7-16cf98916712", "purpose": "reminder", "subject": "Ett ärende väntar på dig", "queuedAt": "2026-12-01T05:16:35.267Z", "recipient": {"id": "utvecklingssekreterare vuxenstöd", "kind": "owner"}, "regarding": "issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.270981+00
279	18104	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	10	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-09-22", "mailId": "f3ecb881-d431-8915-afb7-16cf98916712", "policy": "feedback_owed", "issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "occasion": "feedback_owed:bd7fbb90-e3cd-843e-b561-62a275d64f99:implementation:2026-09-22", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "recipient": {"id": "utvecklingssekreterare vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.273436+00
280	18104	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	11	IssueReminderSent	1	{"on": "2026-11-30", "since": "2026-09-22", "mailId": "f3ecb881-d431-8915-afb7-16cf98916712", "policy": "stale", "issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "occasion": "stale:2026-09-22", "recipient": {"id": "utvecklingssekreterare vuxenstöd", "kind": "owner"}, "remindedBefore": []}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.273436+00
281	18106	mail-a0e8d243-dd12-89c3-bf72-fc3e8dafa29c	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/><title>Två åtgärder väntar på dig</title></head>\\n<body>\\n<p>Hej!</p>\\n<p>Två åtgärder väntar på dig. För varje punkt står vad som saknas och hur du gör.</p>\\n<ol>\\n<li>\\n<p><strong>Skriv en brukarinflytandepolicy tillsammans med brukarrådet och låt ledningen anta den.</strong><br/>Åtgärd i handlingsplanen för Iris Mullsjö HVB (certifiering f0fb7e32).</p>\\n<p>Försenad: skulle vara klar 2026-09-02.</p>\\n<p>Se handlingsplanen:<br/><code>tredjekraft certification show f0fb7e32</code></p>\\n<p>Markera ärendet som genomfört när åtgärden är gjord:<br/><code>tredjekraft issue implemented f793fa5b</code></p>\\n</li>\\n<li>\\n<p><strong>Varje behandlingsplan får delmål som den boende själv har formulerat, och delmålen följs upp var fjärde vecka.</strong><br/>Åtgärd i handlingsplanen för Iris Mullsjö HVB (certifiering f0fb7e32).</p>\\n<p>Försenad: skulle vara klar 2026-08-03.</p>\\n<p>Se handlingsplanen:<br/><code>tredjekraft certification show f0fb7e32</code></p>\\n<p>Markera ärendet som genomfört när åtgärden är gjord:<br/><code>tredjekraft issue implemented 00b1c27d</code></p>\\n</li>\\n</ol>\\n<p>Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nTvå åtgärder väntar på dig. För varje punkt står vad som saknas och hur du gör.\\n\\n1. Skriv en brukarinflytandepolicy tillsammans med brukarrådet och låt ledningen anta den.\\n   Åtgärd i handlingsplanen för Iris Mullsjö HVB (certifiering f0fb7e32).\\n   Försenad: skulle vara klar 2026-09-02.\\n   Se handlingsplanen:\\n     tredjekraft certification show f0fb7e32\\n   Markera ärendet som genomfört när åtgärden är gjord:\\n     tredjekraft issue implemented f793fa5b\\n\\n2. Varje behandlingsplan får delmål som den boende själv har formulerat, och delmålen följs upp var fjärde vecka.\\n   Åtgärd i handlingsplanen för Iris Mullsjö HVB (certifiering f0fb7e32).\\n   Försenad: skulle vara klar 2026-08-03.\\n   Se handlingsplanen:\\n     tredjekraft certification show f0fb7e32\\n   Markera ärendet som genomfört när åtgärden är gjord:\\n     tredjekraft issue implemented 00b1c27d\\n\\nBrevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.\\n", "mailId": "a0e8d243-dd12-89c3-bf72-fc3e8dafa29c", "purpose": "reminder", "subject": "Två åtgärder väntar på dig", "queuedAt": "2026-12-01T05:16:35.282Z", "recipient": {"id": "verksamhetschef", "kind": "owner"}}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.282957+00
282	18106	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	21	CertificationReminderSent	1	{"on": "2026-11-30", "since": "2026-09-02", "mailId": "a0e8d243-dd12-89c3-bf72-fc3e8dafa29c", "policy": "action_item_due", "occasion": "action_item_due:2026-09-02", "recipient": {"id": "verksamhetschef", "kind": "owner"}, "actionItemId": "3987732c-67e4-8376-adde-b6fc9e4d1aed", "remindedBefore": [], "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.284129+00
283	18106	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	22	CertificationReminderSent	1	{"on": "2026-11-30", "since": "2026-08-03", "mailId": "a0e8d243-dd12-89c3-bf72-fc3e8dafa29c", "policy": "action_item_due", "occasion": "action_item_due:2026-08-03", "recipient": {"id": "verksamhetschef", "kind": "owner"}, "actionItemId": "fdf2e492-5bef-84a4-85b6-a37720529299", "remindedBefore": [], "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}	scheduler	\N	\N	\N	tredjekraftd	2026-12-01 05:16:35.284129+00
284	18108	policies-00000000-0000-0000-0000-000000000002	1	PoliciesRan	1	{"day": "2026-11-30", "late": true, "trigger": "scheduled", "messages": 11, "reminders": 34, "startedAt": "2026-12-01T05:16:35.075Z", "finishedAt": "2026-12-01T05:16:35.292Z", "policiesId": "00000000-0000-0000-0000-000000000002", "escalations": 0}	scheduler	eff6d7ec-1681-4bf6-9dfa-b1109501b2fc	\N	\N	tredjekraftd	2026-12-01 05:16:35.292791+00
285	23385	mail-b123f1f9-4a4f-8cbc-a191-f5771a9a81a3	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/>\\n<meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\"/>\\n<title>Vad hände med era förslag i november 2026?</title>\\n<style>\\nbody { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }\\nblockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }\\nli { margin-bottom: 1em; }\\n@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }\\n</style>\\n</head>\\n<body>\\n<h1>Vad hände med era förslag i november 2026?</h1>\\n<p>Hej Brukarrådet Iris Mullsjö!</p>\\n<p>Här får ni veta vad som har hänt med era förslag. Brevet gäller november 2026. Det tar också upp det som inte är klart än. I november 2026 hände inget nytt med era förslag.</p>\\n<h2>Klart</h2>\\n<p>Det här är gjort.</p>\\n<ol>\\n<li>\\n<p><strong>Informationen om behandlingen behöver finnas på fler språk än svenska …</strong></p>\\n<p>Det blev klart den 24 juni 2026.</p>\\n<p>Vi ska följa upp att det fungerar.</p>\\n</li>\\n</ol>\\n<p>Har ni frågor? Fråga er samordnare. Brevet kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.</p>\\n<hr/>\\n<p><small>För samordnaren: ärenden och förslag i brevet.<br/>Informationen om behandlingen behöver …: ärende 96661704, förslag c44d0c65</small></p>\\n</body></html>\\n", "text": "Hej Brukarrådet Iris Mullsjö!\\n\\nHär får ni veta vad som har hänt med era förslag. Brevet gäller november 2026. Det tar också upp det som inte är klart än. I november 2026 hände inget nytt med era förslag.\\n\\nKlart\\n=====\\nDet här är gjort.\\n\\n1. Informationen om behandlingen behöver finnas på fler språk än svenska …\\n   Det blev klart den 24 juni 2026.\\n   Vi ska följa upp att det fungerar.\\n\\nHar ni frågor? Fråga er samordnare. Brevet kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.\\n\\nFör samordnaren: ärenden och förslag i brevet.\\nInformationen om behandlingen behöver …: ärende 96661704, förslag c44d0c65\\n", "mailId": "b123f1f9-4a4f-8cbc-a191-f5771a9a81a3", "purpose": "digest", "subject": "Vad hände med era förslag i november 2026?", "queuedAt": "2026-12-01T05:16:43.837Z", "recipient": {"id": "74074590-9efe-80fa-a4c5-80c4c7b16433", "kind": "council"}, "regarding": "council-74074590-9efe-80fa-a4c5-80c4c7b16433"}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.843345+00
286	23385	digest-11a6a19d-d7e1-86dc-be8e-c71e0dca9985	1	DigestSent	1	{"items": 1, "month": "2026-11", "mailId": "b123f1f9-4a4f-8cbc-a191-f5771a9a81a3", "sentOn": "2026-12-01", "reports": [], "digestId": "11a6a19d-d7e1-86dc-be8e-c71e0dca9985", "recipient": {"id": "74074590-9efe-80fa-a4c5-80c4c7b16433", "kind": "council"}}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.849797+00
287	23397	mail-6c27c725-1235-8010-b931-77e8fbbfa477	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/>\\n<meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\"/>\\n<title>Vad hände med era förslag i november 2026?</title>\\n<style>\\nbody { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }\\nblockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }\\nli { margin-bottom: 1em; }\\n@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }\\n</style>\\n</head>\\n<body>\\n<h1>Vad hände med era förslag i november 2026?</h1>\\n<p>Hej Dialogmöten vuxenstöd Lund!</p>\\n<p>Här får ni veta vad som har hänt med era förslag. Brevet gäller november 2026. Det tar också upp det som inte är klart än. I november 2026 hände inget nytt med era förslag.</p>\\n<h2>Beslut</h2>\\n<p>Här är besluten om era förslag. Motiveringen står som den skrevs.</p>\\n<ol>\\n<li>\\n<p><strong>Tid att lyssna: handläggaren behöver ha tid för ett längre samtal när man behöver prata …</strong></p>\\n<p>Svaret är ja.</p>\\n<p>Ledningsgruppen vuxenstöd beslutade det den 24 februari 2026.</p>\\n<p>Motivering:</p>\\n<blockquote><p>Handläggarna får boka ett längre samtal när brukaren ber om det, och mottagningen har öppet för samtal utan tidsbokning en eftermiddag i veckan.</p></blockquote>\\n<p>Ni har inte fått besked om beslutet förut.</p>\\n<p>Arbetet pågår.</p>\\n<p>Det skulle vara klart den 1 november 2026. Det är försenat.</p>\\n</li>\\n</ol>\\n<h2>Klart</h2>\\n<p>Det här är gjort.</p>\\n<ol>\\n<li>\\n<p><strong>Delaktighet: att själv få vara aktiv i de beslut som tas om en själv</strong></p>\\n<p>Det blev klart den 22 september 2026.</p>\\n<p>Så blev det:</p>\\n<blockquote><p>Den nya mallen används av alla handläggare i vuxenstöd; brukaren skriver under planen och får en egen kopia.</p></blockquote>\\n<p>Ni har inte fått besked om det här förut.</p>\\n<p>Vi ska följa upp att det fungerar.</p>\\n</li>\\n<li>\\n<p><strong>Kontinuitet: färre byten av handläggare</strong></p>\\n<p>Ert förslag ”Samma handläggare hela vägen: när handläggaren slutar …” hör till samma ärende.</p>\\n<p>Det blev klart den 2 september 2026.</p>\\n<p>Så blev det:</p>\\n<blockquote><p>Alla brukare i vuxenstöd har nu en fast kontaktperson och en ersättare. Vid byte av handläggare hålls ett gemensamt överlämningsmöte med brukaren.</p></blockquote>\\n<p>Vi följde upp det den 16 november 2026.</p>\\n<p>Det här kom fram:</p>\\n<blockquote><p>Uppföljningen med dialogmötet visar att överlämningsmötena hålls: två av tre som har bytt handläggare har haft ett sådant möte.</p></blockquote>\\n</li>\\n</ol>\\n<h2>Pågår</h2>\\n<p>Här pågår arbetet. Ni ser när det ska vara klart.</p>\\n<ol>\\n<li>\\n<p><strong>Långsiktighet: den som har druckit i tjugo år behöver stöd under lång tid</strong></p>\\n<p>Svaret är ja.</p>\\n<p>Arbetet pågår.</p>\\n<p>Det skulle vara klart den 11 november 2026. Det är försenat.</p>\\n</li>\\n</ol>\\n<h2>Väntar på beslut</h2>\\n<p>De här förslagen väntar på beslut.</p>\\n<ol>\\n<li>\\n<p><strong>Relationen är viktig: personalen ska våga göra det lilla extra för att hitta ett sätt att …</strong></p>\\n<p>Det har väntat på beslut i 368 dagar, sedan den 28 november 2025.</p>\\n<p>Beslutet skulle ha kommit den 2 oktober 2026. Det är försenat.</p>\\n</li>\\n<li>\\n<p><strong>Ta vara på erfarenheter: lär av brukarnas erfarenheter …</strong></p>\\n<p>Det har väntat på beslut i 60 dagar, sedan den 2 oktober 2026.</p>\\n<p>Ingen är ansvarig för det än.</p>\\n</li>\\n<li>\\n<p><strong>Lättillgänglig hjälp: det ska vara lätt att säga ”nu behöver jag hjälp”</strong></p>\\n<p>Ert förslag ”En öppen träffpunkt på kvällar och helger …” hör till samma ärende.</p>\\n<p>Det har väntat på beslut i 284 dagar, sedan den 20 februari 2026.</p>\\n<p>Beslutet ska komma senast den 15 januari 2027.</p>\\n</li>\\n</ol>\\n<h2>Inte ärenden än</h2>\\n<p>Ingen har tagit ställning till de här förslagen än.</p>\\n<ol>\\n<li>\\n<p><strong>Bjud in cheferna och ledningen till dialogmötena …</strong></p>\\n<p>Ni lade fram förslaget den 22 oktober 2026. Det har väntat i 40 dagar.</p>\\n</li>\\n</ol>\\n<p>Med det här brevet har ni fått besked om allt som står under Beslut och Klart. Har ni frågor? Fråga er samordnare. Brevet kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.</p>\\n<hr/>\\n<p><small>För samordnaren: ärenden och förslag i brevet.<br/>Tid att lyssna: handläggaren behöver ha …: ärende 5dadb650, förslag 073de3ca<br/>Delaktighet: att själv få vara aktiv i …: ärende 3625a9f3, förslag 91aae600<br/>Kontinuitet: färre byten av handläggare: ärende 2278fc23, förslag adf2c2ac<br/>Långsiktighet: den som har druckit i …: ärende e10f5e69, förslag 1ebb17ca<br/>Relationen är viktig: personalen ska …: ärende 205c830f, förslag 55c94e1d<br/>Ta vara på erfarenheter: lär av …: ärende ae5d80fc, förslag 9dc0b431<br/>Lättillgänglig hjälp: det ska vara lätt …: ärende 300f9ca3, förslag d2852494<br/>Bjud in cheferna och ledningen till …: förslag cf8cef3a</small></p>\\n</body></html>\\n", "text": "Hej Dialogmöten vuxenstöd Lund!\\n\\nHär får ni veta vad som har hänt med era förslag. Brevet gäller november 2026. Det tar också upp det som inte är klart än. I november 2026 hände inget nytt med era förslag.\\n\\nBeslut\\n======\\nHär är besluten om era förslag. Motiveringen står som den skrevs.\\n\\n1. Tid att lyssna: handläggaren behöver ha tid för ett längre samtal när man behöver prata …\\n   Svaret är ja.\\n   Ledningsgruppen vuxenstöd beslutade det den 24 februari 2026.\\n   Motivering:\\n   > Handläggarna får boka ett längre samtal när brukaren ber om det, och mottagningen har öppet för samtal utan tidsbokning en eftermiddag i veckan.\\n   Ni har inte fått besked om beslutet förut.\\n   Arbetet pågår.\\n   Det skulle vara klart den 1 november 2026. Det är försenat.\\n\\nKlart\\n=====\\nDet här är gjort.\\n\\n1. Delaktighet: att själv få vara aktiv i de beslut som tas om en själv\\n   Det blev klart den 22 september 2026.\\n   Så blev det:\\n   > Den nya mallen används av alla handläggare i vuxenstöd; brukaren skriver under planen och får en egen kopia.\\n   Ni har inte fått besked om det här förut.\\n   Vi ska följa upp att det fungerar.\\n\\n2. Kontinuitet: färre byten av handläggare\\n   Ert förslag ”Samma handläggare hela vägen: när handläggaren slutar …” hör till samma ärende.\\n   Det blev klart den 2 september 2026.\\n   Så blev det:\\n   > Alla brukare i vuxenstöd har nu en fast kontaktperson och en ersättare. Vid byte av handläggare hålls ett gemensamt överlämningsmöte med brukaren.\\n   Vi följde upp det den 16 november 2026.\\n   Det här kom fram:\\n   > Uppföljningen med dialogmötet visar att överlämningsmötena hålls: två av tre som har bytt handläggare har haft ett sådant möte.\\n\\nPågår\\n=====\\nHär pågår arbetet. Ni ser när det ska vara klart.\\n\\n1. Långsiktighet: den som har druckit i tjugo år behöver stöd under lång tid\\n   Svaret är ja.\\n   Arbetet pågår.\\n   Det skulle vara klart den 11 november 2026. Det är försenat.\\n\\nVäntar på beslut\\n================\\nDe här förslagen väntar på beslut.\\n\\n1. Relationen är viktig: personalen ska våga göra det lilla extra för att hitta ett sätt att …\\n   Det har väntat på beslut i 368 dagar, sedan den 28 november 2025.\\n   Beslutet skulle ha kommit den 2 oktober 2026. Det är försenat.\\n\\n2. Ta vara på erfarenheter: lär av brukarnas erfarenheter …\\n   Det har väntat på beslut i 60 dagar, sedan den 2 oktober 2026.\\n   Ingen är ansvarig för det än.\\n\\n3. Lättillgänglig hjälp: det ska vara lätt att säga ”nu behöver jag hjälp”\\n   Ert förslag ”En öppen träffpunkt på kvällar och helger …” hör till samma ärende.\\n   Det har väntat på beslut i 284 dagar, sedan den 20 februari 2026.\\n   Beslutet ska komma senast den 15 januari 2027.\\n\\nInte ärenden än\\n===============\\nIngen har tagit ställning till de här förslagen än.\\n\\n1. Bjud in cheferna och ledningen till dialogmötena …\\n   Ni lade fram förslaget den 22 oktober 2026. Det har väntat i 40 dagar.\\n\\nMed det här brevet har ni fått besked om allt som står under Beslut och Klart. Har ni frågor? Fråga er samordnare. Brevet kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.\\n\\nFör samordnaren: ärenden och förslag i brevet.\\nTid att lyssna: handläggaren behöver ha …: ärende 5dadb650, förslag 073de3ca\\nDelaktighet: att själv få vara aktiv i …: ärende 3625a9f3, förslag 91aae600\\nKontinuitet: färre byten av handläggare: ärende 2278fc23, förslag adf2c2ac\\nLångsiktighet: den som har druckit i …: ärende e10f5e69, förslag 1ebb17ca\\nRelationen är viktig: personalen ska …: ärende 205c830f, förslag 55c94e1d\\nTa vara på erfarenheter: lär av …: ärende ae5d80fc, förslag 9dc0b431\\nLättillgänglig hjälp: det ska vara lätt …: ärende 300f9ca3, förslag d2852494\\nBjud in cheferna och ledningen till …: förslag cf8cef3a\\n", "mailId": "6c27c725-1235-8010-b931-77e8fbbfa477", "purpose": "digest", "subject": "Vad hände med era förslag i november 2026?", "queuedAt": "2026-12-01T05:16:43.874Z", "recipient": {"id": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "kind": "council"}, "regarding": "council-bd7fbb90-e3cd-843e-b561-62a275d64f99"}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.879941+00
288	23397	digest-b78c7292-6ee1-8921-b6c0-1804011af0c0	1	DigestSent	1	{"items": 8, "month": "2026-11", "mailId": "6c27c725-1235-8010-b931-77e8fbbfa477", "sentOn": "2026-12-01", "reports": [{"issueId": "5dadb650-fd99-8133-84ca-25adf2777d26", "occasion": "decision", "owedSince": "2026-02-24"}, {"issueId": "3625a9f3-cfc1-82e3-ba23-1f022249ee94", "occasion": "implementation", "owedSince": "2026-09-22"}], "digestId": "b78c7292-6ee1-8921-b6c0-1804011af0c0", "recipient": {"id": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "kind": "council"}}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.884924+00
289	23400	mail-39c5d617-2e91-85a4-a235-92f25f35bdc3	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/>\\n<meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\"/>\\n<title>Vad hände med era förslag i november 2026?</title>\\n<style>\\nbody { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }\\nblockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }\\nli { margin-bottom: 1em; }\\n@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }\\n</style>\\n</head>\\n<body>\\n<h1>Vad hände med era förslag i november 2026?</h1>\\n<p>Hej Frukostmöten försörjningsstöd Biskopsgården!</p>\\n<p>Här får ni veta vad som har hänt med era förslag. Brevet gäller november 2026. Det tar också upp det som inte är klart än. I november 2026 hände inget nytt med era förslag.</p>\\n<h2>Klart</h2>\\n<p>Det här är gjort.</p>\\n<ol>\\n<li>\\n<p><strong>Mer information om de andra myndigheterna man kommer i kontakt med …</strong></p>\\n<p>Brukarrevisionen ”Brukarnas röster om försörjningsstöd – fokusgrupper i Biskopsgården” tog upp samma sak. Det ligger i samma ärende.</p>\\n<p>Det blev klart den 12 oktober 2026.</p>\\n<p>Så blev det:</p>\\n<blockquote><p>Vägvisaren finns i väntrummet och på webben, på svenska och fyra andra språk.</p></blockquote>\\n<p>Ni har inte fått besked om det här förut.</p>\\n<p>Vi ska följa upp att det fungerar.</p>\\n</li>\\n</ol>\\n<p>Med det här brevet har ni fått besked om allt som står under Beslut och Klart. Har ni frågor? Fråga er samordnare. Brevet kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.</p>\\n<hr/>\\n<p><small>För samordnaren: ärenden och förslag i brevet.<br/>Mer information om de andra …: ärende d9eabe15, förslag db3a61c6</small></p>\\n</body></html>\\n", "text": "Hej Frukostmöten försörjningsstöd Biskopsgården!\\n\\nHär får ni veta vad som har hänt med era förslag. Brevet gäller november 2026. Det tar också upp det som inte är klart än. I november 2026 hände inget nytt med era förslag.\\n\\nKlart\\n=====\\nDet här är gjort.\\n\\n1. Mer information om de andra myndigheterna man kommer i kontakt med …\\n   Brukarrevisionen ”Brukarnas röster om försörjningsstöd – fokusgrupper i Biskopsgården” tog upp samma sak. Det ligger i samma ärende.\\n   Det blev klart den 12 oktober 2026.\\n   Så blev det:\\n   > Vägvisaren finns i väntrummet och på webben, på svenska och fyra andra språk.\\n   Ni har inte fått besked om det här förut.\\n   Vi ska följa upp att det fungerar.\\n\\nMed det här brevet har ni fått besked om allt som står under Beslut och Klart. Har ni frågor? Fråga er samordnare. Brevet kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.\\n\\nFör samordnaren: ärenden och förslag i brevet.\\nMer information om de andra …: ärende d9eabe15, förslag db3a61c6\\n", "mailId": "39c5d617-2e91-85a4-a235-92f25f35bdc3", "purpose": "digest", "subject": "Vad hände med era förslag i november 2026?", "queuedAt": "2026-12-01T05:16:43.894Z", "recipient": {"id": "a595841d-7c9c-833c-8ca7-58b918f04199", "kind": "council"}, "regarding": "council-a595841d-7c9c-833c-8ca7-58b918f04199"}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.895487+00
290	23400	digest-39c2634b-9a6e-821e-884f-c7d901302113	1	DigestSent	1	{"items": 1, "month": "2026-11", "mailId": "39c5d617-2e91-85a4-a235-92f25f35bdc3", "sentOn": "2026-12-01", "reports": [{"issueId": "d9eabe15-5dcc-8643-80cb-8553de647414", "occasion": "implementation", "owedSince": "2026-10-12"}], "digestId": "39c2634b-9a6e-821e-884f-c7d901302113", "recipient": {"id": "a595841d-7c9c-833c-8ca7-58b918f04199", "kind": "council"}}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.897981+00
291	23413	mail-8cf31387-da32-8afb-8cdb-0b742ce332e8	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/>\\n<meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\"/>\\n<title>Månadsbrev till ledningen: Försörjningsstöd Biskopsgården, november 2026</title>\\n<style>\\nbody { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }\\nblockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }\\nli { margin-bottom: 1em; }\\n@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }\\n</style>\\n</head>\\n<body>\\n<h1>Månadsbrev till ledningen: Försörjningsstöd Biskopsgården, november 2026</h1>\\n<p>Hej!</p>\\n<p>Här är läget för Försörjningsstöd Biskopsgården i november 2026. Siffran inom parentes gäller oktober 2026.</p>\\n<h2>Siffror för november 2026</h2>\\n<ul>\\n<li>\\n<p><strong>Nya ärenden: 0 (0)</strong></p>\\n</li>\\n<li>\\n<p><strong>Beslut: 0 (0)</strong></p>\\n</li>\\n<li>\\n<p><strong>Klara: 0 (1)</strong></p>\\n</li>\\n<li>\\n<p><strong>Dagar till beslut, mitten av alla: — (—)</strong></p>\\n</li>\\n<li>\\n<p><strong>Besked till rådet inom 30 dagar: — (—)</strong></p>\\n</li>\\n<li>\\n<p><strong>Öppna ärenden nu: 6</strong></p>\\n</li>\\n</ul>\\n<h2>Försenade ärenden</h2>\\n<p>De här ärendena skulle vara klara.</p>\\n<ol>\\n<li>\\n<p><strong>Bemötande: ingen ska mötas av en kall vägg</strong></p>\\n<p>Det skulle vara klart den 21 november 2026. Det är försenat med 10 dagar.</p>\\n<p>Ansvarig: sektionschef försörjningsstöd.</p>\\n</li>\\n</ol>\\n<h2>Det här fick ledningen veta i november 2026</h2>\\n<p>Ledningen fick inga påpekanden i november 2026.</p>\\n<h2>Råd som har väntat längst</h2>\\n<ol>\\n<li>\\n<p><strong>Frukostmöten försörjningsstöd Biskopsgården</strong></p>\\n<p>Rådet har väntat sedan den 12 oktober 2026.</p>\\n<p>Det väntar på besked i 1 fråga.</p>\\n</li>\\n</ol>\\n<h2>Per kvalitetsområde</h2>\\n<ul>\\n<li>\\n<p><strong>Information</strong></p>\\n<p>Nya: 0 (0). Beslut: 0 (0). Klara: 0 (1).</p>\\n</li>\\n</ul>\\n<h2>Per nivå av delaktighet</h2>\\n<ul>\\n<li>\\n<p><strong>Brukarna delar makt och ansvar</strong></p>\\n<p>Nya: 0 (0). Beslut: 0 (0). Klara: 0 (1).</p>\\n</li>\\n</ul>\\n<p>Siffrorna kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag. Samordnaren kan ta fram mer statistik.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nHär är läget för Försörjningsstöd Biskopsgården i november 2026. Siffran inom parentes gäller oktober 2026.\\n\\nSiffror för november 2026\\n=========================\\n\\n- Nya ärenden: 0 (0)\\n- Beslut: 0 (0)\\n- Klara: 0 (1)\\n- Dagar till beslut, mitten av alla: — (—)\\n- Besked till rådet inom 30 dagar: — (—)\\n- Öppna ärenden nu: 6\\n\\nFörsenade ärenden\\n=================\\nDe här ärendena skulle vara klara.\\n\\n1. Bemötande: ingen ska mötas av en kall vägg\\n   Det skulle vara klart den 21 november 2026. Det är försenat med 10 dagar.\\n   Ansvarig: sektionschef försörjningsstöd.\\n\\nDet här fick ledningen veta i november 2026\\n===========================================\\nLedningen fick inga påpekanden i november 2026.\\n\\nRåd som har väntat längst\\n=========================\\n\\n1. Frukostmöten försörjningsstöd Biskopsgården\\n   Rådet har väntat sedan den 12 oktober 2026.\\n   Det väntar på besked i 1 fråga.\\n\\nPer kvalitetsområde\\n===================\\n\\n- Information\\n   Nya: 0 (0). Beslut: 0 (0). Klara: 0 (1).\\n\\nPer nivå av delaktighet\\n=======================\\n\\n- Brukarna delar makt och ansvar\\n   Nya: 0 (0). Beslut: 0 (0). Klara: 0 (1).\\n\\nSiffrorna kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag. Samordnaren kan ta fram mer statistik.\\n", "mailId": "8cf31387-da32-8afb-8cdb-0b742ce332e8", "purpose": "digest", "subject": "Månadsbrev till ledningen: Försörjningsstöd Biskopsgården, november 2026", "queuedAt": "2026-12-01T05:16:43.910Z", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "management"}, "regarding": "unit-2788e05f-1772-8551-8779-17ffb21a45cc"}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.911498+00
292	23413	digest-7b5ec6ab-0a51-8226-8c0d-f1076903e639	1	DigestSent	1	{"items": 1, "month": "2026-11", "mailId": "8cf31387-da32-8afb-8cdb-0b742ce332e8", "sentOn": "2026-12-01", "reports": [], "digestId": "7b5ec6ab-0a51-8226-8c0d-f1076903e639", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "management"}}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.924093+00
293	23419	mail-45fa1861-a8fb-8375-a026-c46519aa8ca2	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/>\\n<meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\"/>\\n<title>Månadsbrev till ledningen: Iris Mullsjö HVB, november 2026</title>\\n<style>\\nbody { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }\\nblockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }\\nli { margin-bottom: 1em; }\\n@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }\\n</style>\\n</head>\\n<body>\\n<h1>Månadsbrev till ledningen: Iris Mullsjö HVB, november 2026</h1>\\n<p>Hej!</p>\\n<p>Här är läget för Iris Mullsjö HVB i november 2026. Siffran inom parentes gäller oktober 2026.</p>\\n<h2>Siffror för november 2026</h2>\\n<ul>\\n<li>\\n<p><strong>Nya ärenden: 0 (0)</strong></p>\\n</li>\\n<li>\\n<p><strong>Beslut: 0 (0)</strong></p>\\n</li>\\n<li>\\n<p><strong>Klara: 0 (0)</strong></p>\\n</li>\\n<li>\\n<p><strong>Dagar till beslut, mitten av alla: — (—)</strong></p>\\n</li>\\n<li>\\n<p><strong>Besked till rådet inom 30 dagar: — (—)</strong></p>\\n</li>\\n<li>\\n<p><strong>Öppna ärenden nu: 3</strong></p>\\n</li>\\n</ul>\\n<h2>Försenade ärenden</h2>\\n<p>De här ärendena skulle vara klara.</p>\\n<ol>\\n<li>\\n<p><strong>Delmål som den boende själv formulerar</strong></p>\\n<p>Det skulle vara klart den 3 augusti 2026. Det är försenat med 120 dagar.</p>\\n<p>Ansvarig: behandlingsansvarig.</p>\\n</li>\\n<li>\\n<p><strong>En brukarinflytandepolicy skriven med brukarrådet</strong></p>\\n<p>Det skulle vara klart den 2 september 2026. Det är försenat med 90 dagar.</p>\\n<p>Ansvarig: kvalitetssamordnare.</p>\\n</li>\\n</ol>\\n<h2>Det här fick ledningen veta i november 2026</h2>\\n<p>Ledningen fick inga påpekanden i november 2026.</p>\\n<p>Siffrorna kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag. Samordnaren kan ta fram mer statistik.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nHär är läget för Iris Mullsjö HVB i november 2026. Siffran inom parentes gäller oktober 2026.\\n\\nSiffror för november 2026\\n=========================\\n\\n- Nya ärenden: 0 (0)\\n- Beslut: 0 (0)\\n- Klara: 0 (0)\\n- Dagar till beslut, mitten av alla: — (—)\\n- Besked till rådet inom 30 dagar: — (—)\\n- Öppna ärenden nu: 3\\n\\nFörsenade ärenden\\n=================\\nDe här ärendena skulle vara klara.\\n\\n1. Delmål som den boende själv formulerar\\n   Det skulle vara klart den 3 augusti 2026. Det är försenat med 120 dagar.\\n   Ansvarig: behandlingsansvarig.\\n\\n2. En brukarinflytandepolicy skriven med brukarrådet\\n   Det skulle vara klart den 2 september 2026. Det är försenat med 90 dagar.\\n   Ansvarig: kvalitetssamordnare.\\n\\nDet här fick ledningen veta i november 2026\\n===========================================\\nLedningen fick inga påpekanden i november 2026.\\n\\nSiffrorna kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag. Samordnaren kan ta fram mer statistik.\\n", "mailId": "45fa1861-a8fb-8375-a026-c46519aa8ca2", "purpose": "digest", "subject": "Månadsbrev till ledningen: Iris Mullsjö HVB, november 2026", "queuedAt": "2026-12-01T05:16:43.930Z", "recipient": {"id": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "kind": "management"}, "regarding": "unit-f6a99c5a-6952-8c0d-b497-f87d865a61bc"}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.933697+00
294	23419	digest-aa2666b5-c8f1-8ea3-b683-14856bb0f968	1	DigestSent	1	{"items": 2, "month": "2026-11", "mailId": "45fa1861-a8fb-8375-a026-c46519aa8ca2", "sentOn": "2026-12-01", "reports": [], "digestId": "aa2666b5-c8f1-8ea3-b683-14856bb0f968", "recipient": {"id": "f6a99c5a-6952-8c0d-b497-f87d865a61bc", "kind": "management"}}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.936593+00
295	23439	mail-1ab6ecb1-47a8-8c99-9c90-6686e5b5b202	1	MailQueued	1	{"html": "<!DOCTYPE html>\\n<html lang=\\"sv\\"><head><meta charset=\\"utf-8\\"/>\\n<meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\"/>\\n<title>Månadsbrev till ledningen: Vuxenstöd Lund, november 2026</title>\\n<style>\\nbody { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }\\nblockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }\\nli { margin-bottom: 1em; }\\n@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }\\n</style>\\n</head>\\n<body>\\n<h1>Månadsbrev till ledningen: Vuxenstöd Lund, november 2026</h1>\\n<p>Hej!</p>\\n<p>Här är läget för Vuxenstöd Lund i november 2026. Siffran inom parentes gäller oktober 2026.</p>\\n<h2>Siffror för november 2026</h2>\\n<ul>\\n<li>\\n<p><strong>Nya ärenden: 0 (1)</strong></p>\\n</li>\\n<li>\\n<p><strong>Beslut: 0 (0)</strong></p>\\n</li>\\n<li>\\n<p><strong>Klara: 0 (0)</strong></p>\\n</li>\\n<li>\\n<p><strong>Dagar till beslut, mitten av alla: — (—)</strong></p>\\n</li>\\n<li>\\n<p><strong>Besked till rådet inom 30 dagar: — (—)</strong></p>\\n</li>\\n<li>\\n<p><strong>Öppna ärenden nu: 6</strong></p>\\n</li>\\n</ul>\\n<h2>Försenade ärenden</h2>\\n<p>De här ärendena skulle vara klara.</p>\\n<ol>\\n<li>\\n<p><strong>Relationen: kunna byta handläggare när kemin inte stämmer</strong></p>\\n<p>Det skulle vara klart den 2 oktober 2026. Det är försenat med 60 dagar.</p>\\n<p>Ansvarig: kvalitetsutvecklare vuxenstöd.</p>\\n</li>\\n<li>\\n<p><strong>Tid att lyssna: längre samtal när det behövs</strong></p>\\n<p>Det skulle vara klart den 1 november 2026. Det är försenat med 30 dagar.</p>\\n<p>Ansvarig: enhetschef myndighet vuxenstöd.</p>\\n</li>\\n<li>\\n<p><strong>Långsiktighet: att komma tillbaka är inget misslyckande</strong></p>\\n<p>Det skulle vara klart den 11 november 2026. Det är försenat med 20 dagar.</p>\\n<p>Ansvarig: enhetschef myndighet vuxenstöd.</p>\\n</li>\\n</ol>\\n<h2>Det här fick ledningen veta i november 2026</h2>\\n<p>Ledningen fick inga påpekanden i november 2026.</p>\\n<h2>Råd som har väntat längst</h2>\\n<ol>\\n<li>\\n<p><strong>Dialogmöten vuxenstöd Lund</strong></p>\\n<p>Rådet har väntat sedan den 28 november 2025.</p>\\n<p>Det väntar på besked i 2 frågor.</p>\\n<p>3 ärenden från rådet väntar på beslut.</p>\\n<p>1 av dess förslag har inte blivit ett ärende.</p>\\n</li>\\n</ol>\\n<h2>Per kvalitetsområde</h2>\\n<ul>\\n<li>\\n<p><strong>Brukarinflytandepolicy</strong></p>\\n<p>Nya: 0 (1). Beslut: 0 (0). Klara: 0 (0).</p>\\n</li>\\n</ul>\\n<h2>Per nivå av delaktighet</h2>\\n<ul>\\n<li>\\n<p><strong>Ingen nivå satt</strong></p>\\n<p>Nya: 0 (1). Beslut: 0 (0). Klara: 0 (0).</p>\\n</li>\\n</ul>\\n<p>Siffrorna kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag. Samordnaren kan ta fram mer statistik.</p>\\n</body></html>\\n", "text": "Hej!\\n\\nHär är läget för Vuxenstöd Lund i november 2026. Siffran inom parentes gäller oktober 2026.\\n\\nSiffror för november 2026\\n=========================\\n\\n- Nya ärenden: 0 (1)\\n- Beslut: 0 (0)\\n- Klara: 0 (0)\\n- Dagar till beslut, mitten av alla: — (—)\\n- Besked till rådet inom 30 dagar: — (—)\\n- Öppna ärenden nu: 6\\n\\nFörsenade ärenden\\n=================\\nDe här ärendena skulle vara klara.\\n\\n1. Relationen: kunna byta handläggare när kemin inte stämmer\\n   Det skulle vara klart den 2 oktober 2026. Det är försenat med 60 dagar.\\n   Ansvarig: kvalitetsutvecklare vuxenstöd.\\n\\n2. Tid att lyssna: längre samtal när det behövs\\n   Det skulle vara klart den 1 november 2026. Det är försenat med 30 dagar.\\n   Ansvarig: enhetschef myndighet vuxenstöd.\\n\\n3. Långsiktighet: att komma tillbaka är inget misslyckande\\n   Det skulle vara klart den 11 november 2026. Det är försenat med 20 dagar.\\n   Ansvarig: enhetschef myndighet vuxenstöd.\\n\\nDet här fick ledningen veta i november 2026\\n===========================================\\nLedningen fick inga påpekanden i november 2026.\\n\\nRåd som har väntat längst\\n=========================\\n\\n1. Dialogmöten vuxenstöd Lund\\n   Rådet har väntat sedan den 28 november 2025.\\n   Det väntar på besked i 2 frågor.\\n   3 ärenden från rådet väntar på beslut.\\n   1 av dess förslag har inte blivit ett ärende.\\n\\nPer kvalitetsområde\\n===================\\n\\n- Brukarinflytandepolicy\\n   Nya: 0 (1). Beslut: 0 (0). Klara: 0 (0).\\n\\nPer nivå av delaktighet\\n=======================\\n\\n- Ingen nivå satt\\n   Nya: 0 (1). Beslut: 0 (0). Klara: 0 (0).\\n\\nSiffrorna kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag. Samordnaren kan ta fram mer statistik.\\n", "mailId": "1ab6ecb1-47a8-8c99-9c90-6686e5b5b202", "purpose": "digest", "subject": "Månadsbrev till ledningen: Vuxenstöd Lund, november 2026", "queuedAt": "2026-12-01T05:16:43.956Z", "recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "management"}, "regarding": "unit-87686cf7-fa6d-84ff-8701-885fa48b9dca"}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.971048+00
296	23439	digest-1a195668-3492-8b54-b877-c32fd6122973	1	DigestSent	1	{"items": 3, "month": "2026-11", "mailId": "1ab6ecb1-47a8-8c99-9c90-6686e5b5b202", "sentOn": "2026-12-01", "reports": [], "digestId": "1a195668-3492-8b54-b877-c32fd6122973", "recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "management"}}	root	\N	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.972555+00
297	23445	policies-00000000-0000-0000-0000-000000000002	2	DigestsRan	1	{"day": "2026-12-01", "late": false, "month": "2026-11", "mailed": 6, "printed": 0, "trigger": "manual", "startedAt": "2026-12-01T05:16:43.607Z", "finishedAt": "2026-12-01T05:16:43.987Z", "policiesId": "00000000-0000-0000-0000-000000000002"}	root	3c3cd0c2-6ca5-4e64-b6ed-21b8c1c8d12f	\N	\N	tredjekraft admin socket	2026-12-01 05:16:43.989837+00
\.


--
-- Data for Name: feedback_owed; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.feedback_owed (issue_id, council_id, occasion, owed_since) FROM stdin;
5dadb650-fd99-8133-84ca-25adf2777d26	bd7fbb90-e3cd-843e-b561-62a275d64f99	decision	2026-02-24
d9eabe15-5dcc-8643-80cb-8553de647414	a595841d-7c9c-833c-8ca7-58b918f04199	implementation	2026-10-12
3625a9f3-cfc1-82e3-ba23-1f022249ee94	bd7fbb90-e3cd-843e-b561-62a275d64f99	implementation	2026-09-22
\.


--
-- Data for Name: findings; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.findings (finding_id, revision_id, text, quality_area, recommendation) FROM stdin;
cf6b93d4-bba9-8f3e-8c86-244524b94dc7	395abde5-ff21-88cd-b129-186d657d34bc	Flera beskriver mötet med socialkontoret som en kall vägg: socialsekreteraren ifrågasätter i stället för att lyssna, och man känner sig som en andra klassens medborgare.	bemotande	Alla som möter brukare, från receptionen till socialsekreterarna, utbildas i bemötande. Varje möte börjar och slutar med en stund vanligt samtal.
223fea18-7bc8-82dd-94ad-b0bd3755fb0a	395abde5-ff21-88cd-b129-186d657d34bc	Brukarna vet inte hur lång tid mötet har, och vågar inte be om paus eller om att boka om.	information	Säg i början hur lång tid som är avsatt, att man har rätt till paus och kan avbryta eller boka om. Skicka en dagordning före mötet.
cb66b1b2-9ddd-8c29-8bb6-a7e3b260740a	395abde5-ff21-88cd-b129-186d657d34bc	Handlingsplanen görs av socialsekreteraren; brukaren får inte själv bedöma hur länge hon eller han behöver ekonomiskt bistånd.	mal_och_delmal	Gör handlingsplanen tillsammans: nuvarande situation, möjligheter, mål och resurser, och låt brukaren själv bedöma tidsplanen.
3c47e11b-cfcc-8a5d-82c4-dc447143069c	395abde5-ff21-88cd-b129-186d657d34bc	Det är tungt att göra en ny ansökan varje månad, och ansökan kan inte göras på internet.	stodinsatser	Inför ansökan via e-tjänst och längre beslutsperioder för den som har en stabil situation.
11ad37bd-258f-8be1-9b96-a1be1ab2770e	395abde5-ff21-88cd-b129-186d657d34bc	Det går inte att byta socialsekreterare när kemin inte stämmer.	bemotande	Inför en rutin för att byta handläggare när brukaren ber om det.
498d1710-7ba6-8ada-889f-d360024135b9	395abde5-ff21-88cd-b129-186d657d34bc	Brukarna saknar information om de andra myndigheter och verksamheter de kommer i kontakt med, som Försäkringskassan, Arbetsförmedlingen och Kronofogden.	information	Ta fram en enkel vägvisare till myndigheterna, tillsammans med brukarna.
d53767d6-cf68-8e56-a68e-3abbb96b1cf9	395abde5-ff21-88cd-b129-186d657d34bc	Socialsekreterarna har för många klienter och hinner inte lyssna; empatin slits ut.	utbildning	Färre ärenden per handläggare, och regelbunden handledning och reflektion.
\.


--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.idempotency_keys (key, stream_id, first_version, last_version, transaction_id, sequence, recorded_at) FROM stdin;
c843d64b-a824-4b1c-a47c-ff1eacfd0c75	unit-87686cf7-fa6d-84ff-8701-885fa48b9dca	1	1	14543	1	2025-10-27 07:00:00+00
b1dd431a-c2a3-454b-8e16-9fa9b7cb5a22	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	1	1	14547	2	2025-11-06 07:00:00+00
861ccf0f-2f06-45b1-8da2-36ae0ef2d7cf	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	2	2	14551	3	2025-11-16 07:00:00+00
6f1c87c6-cafe-4719-a3bd-bca0479e00b0	proposal-adf2c2ac-443f-8244-abf3-c1015d44cc29	1	1	14555	4	2025-11-16 07:01:00+00
da08481e-272a-46d3-b7ff-cb86653d2874	proposal-073de3ca-fbaf-8a8c-b219-168a489a7e07	1	1	14559	5	2025-11-16 07:02:00+00
6a9c0a75-4966-4018-b803-03310269967a	proposal-55c94e1d-d195-8ef5-8f4d-dd14c9de8faa	1	1	14565	6	2025-11-16 07:03:00+00
04a964b6-0ac8-4add-aec7-128007d16033	proposal-8840be16-70d5-8f2a-b0ba-bb20d3e3915b	1	1	14571	7	2025-11-16 07:04:00+00
203aeba6-de57-42b4-8c53-1d3d1155e26e	proposal-91aae600-5b44-85ca-8e87-353b19e05df7	1	1	14575	8	2025-11-16 07:05:00+00
2521ce0a-6e2d-4c95-a953-6fd471276553	proposal-eef1c3de-4352-8b93-bc6d-54ee0875e372	1	1	14583	9	2025-11-16 07:06:00+00
bc148a5a-58e5-4e97-9541-fde220a4f1c5	unit-2788e05f-1772-8551-8779-17ffb21a45cc	1	1	14587	10	2025-11-16 07:07:00+00
9520cf31-7858-480f-a97d-4b166fb523d9	issue-298f4636-668a-87fe-89e1-45c4078cdf41	1	1	14591	11	2025-11-20 07:00:00+00
75c92845-1975-4387-96ba-9b1d665d0ab3	issue-298f4636-668a-87fe-89e1-45c4078cdf41	2	2	14604	12	2025-11-22 07:00:00+00
adca1d36-549e-465a-9907-c61fa1bd19c7	issue-5dadb650-fd99-8133-84ca-25adf2777d26	1	1	14609	13	2025-11-24 07:00:00+00
91983869-9fe7-4d96-8070-1766914f54ad	issue-355bea95-3c41-812f-aa9b-9d680fab6308	1	1	14614	14	2025-11-25 07:00:00+00
f22bbe60-f761-4619-8ac1-223bd2de3321	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	1	1	14619	15	2025-11-26 07:00:00+00
3fcfb6ec-9f95-4be9-88b4-b2d1ecdafa89	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	1	1	14624	16	2025-11-27 07:00:00+00
68af95b2-aea9-461e-a76e-fddbf7f06c3f	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	2	2	14629	17	2025-11-27 07:01:00+00
a3fb77fa-00ee-4a56-92e7-7e3983cabf8a	issue-205c830f-87d9-8cde-96f2-c0f395451e93	1	1	14634	18	2025-11-28 07:00:00+00
61a3b988-0eef-45a8-af96-177f93fec70a	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	2	2	14639	19	2025-11-30 07:00:00+00
d46ab363-621f-449b-b443-72344d90758c	issue-5dadb650-fd99-8133-84ca-25adf2777d26	2	2	14644	20	2025-12-01 07:00:00+00
36742de3-4cb8-41e6-9b54-17c09074902c	issue-355bea95-3c41-812f-aa9b-9d680fab6308	2	2	14649	21	2025-12-06 07:00:00+00
527131df-b222-4023-b357-4786b253b1b4	issue-298f4636-668a-87fe-89e1-45c4078cdf41	3	3	14654	22	2025-12-06 07:01:00+00
1f938781-65ad-4d08-bae7-d7eea604bd45	issue-298f4636-668a-87fe-89e1-45c4078cdf41	4	4	14659	23	2025-12-06 07:02:00+00
38ab1a0b-36ce-451a-8a25-b65cd80277e0	revision-395abde5-ff21-88cd-b129-186d657d34bc	1	1	14664	24	2025-12-06 07:03:00+00
7c591d45-2c20-4ebe-a77e-067f39d9311f	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	3	3	14668	25	2025-12-16 07:00:00+00
1ad548aa-4c0c-42f1-a3b9-d1bdb66e6087	issue-355bea95-3c41-812f-aa9b-9d680fab6308	3	3	14673	26	2025-12-21 07:00:00+00
38baac96-5951-46f1-8477-a6de1d5cd738	unit-f6a99c5a-6952-8c0d-b497-f87d865a61bc	1	1	14678	27	2025-12-21 07:01:00+00
57ca873c-c46c-49ec-90c3-fd1f8603183e	issue-5dadb650-fd99-8133-84ca-25adf2777d26	3	3	14682	28	2025-12-26 07:00:00+00
f9b72839-a133-4327-b142-7437af331950	council-74074590-9efe-80fa-a4c5-80c4c7b16433	1	1	14689	29	2025-12-26 07:01:00+00
38a77bf3-580f-4e3a-ae98-56a202daadfc	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	1	1	14694	30	2025-12-31 07:00:00+00
digest:2026-11:council:74074590-9efe-80fa-a4c5-80c4c7b16433	mail-b123f1f9-4a4f-8cbc-a191-f5771a9a81a3	1	1	23385	285	2026-12-01 05:16:43.843345+00
digest:2026-11:council:bd7fbb90-e3cd-843e-b561-62a275d64f99	mail-6c27c725-1235-8010-b931-77e8fbbfa477	1	1	23397	287	2026-12-01 05:16:43.879941+00
digest:2026-11:council:a595841d-7c9c-833c-8ca7-58b918f04199	mail-39c5d617-2e91-85a4-a235-92f25f35bdc3	1	1	23400	289	2026-12-01 05:16:43.895487+00
digest:2026-11:management:2788e05f-1772-8551-8779-17ffb21a45cc	mail-8cf31387-da32-8afb-8cdb-0b742ce332e8	1	1	23413	291	2026-12-01 05:16:43.911498+00
digest:2026-11:management:f6a99c5a-6952-8c0d-b497-f87d865a61bc	mail-45fa1861-a8fb-8375-a026-c46519aa8ca2	1	1	23419	293	2026-12-01 05:16:43.933697+00
digest:2026-11:management:87686cf7-fa6d-84ff-8701-885fa48b9dca	mail-1ab6ecb1-47a8-8c99-9c90-6686e5b5b202	1	1	23439	295	2026-12-01 05:16:43.971048+00
3c3cd0c2-6ca5-4e64-b6ed-21b8c1c8d12f	policies-00000000-0000-0000-0000-000000000002	2	2	23445	297	2026-12-01 05:16:43.989837+00
3f9bc474-6520-4b70-b2c8-e1727480b69f	issue-205c830f-87d9-8cde-96f2-c0f395451e93	2	2	14698	31	2026-01-05 07:00:00+00
582fcff4-01df-4c8c-a29d-0cabfde212bc	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	3	3	14704	32	2026-01-05 07:01:00+00
69c2ea00-0ec5-4a4e-a91a-62c3415a4ece	council-74074590-9efe-80fa-a4c5-80c4c7b16433	2	2	14709	33	2026-01-05 07:02:00+00
e8e548fe-ae10-4d3f-ae82-49e63bdf29c2	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	4	4	14723	36	2026-01-10 07:02:00+00
b1182049-b7d4-4420-bf24-2a6a3d9583c6	issue-205c830f-87d9-8cde-96f2-c0f395451e93	4	4	14736	39	2026-01-15 07:01:00+00
7f2e0775-cdba-4b9c-9834-50339219e56b	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	6	6	14747	41	2026-01-17 07:00:00+00
cb67e5b6-b9aa-4730-bc5f-faef5c9d7e4b	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	8	8	14756	43	2026-01-17 07:02:00+00
c1b1207f-d6c3-46b0-a2cc-1f8136ed62db	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	10	10	14772	45	2026-01-24 07:00:00+00
bd8e2e14-1cbd-4e6e-ab89-040933b1de57	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	13	13	14790	49	2026-02-01 07:01:00+00
e6dac8f2-5f73-4e59-8820-a3cffa49125a	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	14	14	14794	50	2026-02-01 07:02:00+00
38af6d77-3677-4cfe-85ef-09027aae8bc2	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	15	15	14798	51	2026-02-01 07:03:00+00
06d843c2-1ff7-4e5d-9fa4-ae774ba07c66	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	16	16	14802	52	2026-02-01 07:04:00+00
ce8ef923-2814-4684-a680-59f59455a87b	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	17	17	14806	53	2026-02-01 07:05:00+00
f83f60e4-e854-4da3-b189-1bc1f6de4934	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	4	4	14812	54	2026-02-04 07:00:00+00
b199b285-09d8-4710-ad14-10ee325fc054	issue-298f4636-668a-87fe-89e1-45c4078cdf41	5	5	14818	55	2026-02-04 07:01:00+00
d6478472-0cfc-419c-91e3-88b94b2a2ff5	council-a595841d-7c9c-833c-8ca7-58b918f04199	2	2	14824	56	2026-02-04 07:02:00+00
e46c3b4e-4ff7-4636-aaca-2e035602d2b2	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	18	18	14829	57	2026-02-09 07:00:00+00
32fa3298-8ceb-4058-bacd-6916450f782f	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	3	3	14844	58	2026-02-14 07:00:00+00
e1a87e04-50f9-4337-a2fa-89702e4f270f	proposal-16296b06-228a-8c47-aaa1-f10b8603f2fe	1	1	14855	59	2026-02-14 07:01:00+00
16bb8735-39d5-42a7-91be-1edb6f031d4a	proposal-1ebb17ca-b432-844b-8da8-907f92ef7234	1	1	14879	61	2026-02-14 07:03:00+00
0280ffa8-72fb-414a-b28b-44f862cb98fa	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	5	5	14902	64	2026-02-14 07:06:00+00
882864ec-367b-4e5e-819a-b8ae9201e81f	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	2	2	14938	70	2026-02-14 07:12:00+00
5ea553f5-5718-4ff0-94a2-944370bbaec7	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	3	3	14943	71	2026-02-14 07:13:00+00
b2d279fa-b313-41c6-a30b-14de533640be	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	2	2	14959	73	2026-02-14 07:15:00+00
96b58b22-4578-4e28-90f7-266e705ea83e	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	3	3	14969	74	2026-02-14 07:16:00+00
c60b9859-90da-407e-9452-cf2b827dd012	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	3	3	14986	77	2026-02-14 07:19:00+00
efebaa08-10b1-47d4-bceb-bc58c5beb79a	issue-96661704-3744-88b7-9d0e-dc54682d9af8	4	4	14992	78	2026-02-16 07:00:00+00
cabb5ea0-59fd-40a2-b389-2b1342e1cd88	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	4	4	14997	79	2026-02-16 07:01:00+00
6cd0c45f-f24c-4639-9428-b24f4ffa69ab	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	6	6	15007	81	2026-02-19 07:00:00+00
11b9ff66-a3c7-408d-a80e-35892398525a	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	1	1	15017	83	2026-02-19 07:02:00+00
64e7c45c-752f-42e5-9513-073a98191021	issue-298f4636-668a-87fe-89e1-45c4078cdf41	8	8	15028	85	2026-02-19 07:04:00+00
d1bf1018-d8a0-4d52-b865-91a0e8d2700a	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	5	5	15038	87	2026-02-19 07:06:00+00
61438a57-8698-4aa9-91c8-999b97aa0dbc	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	1	1	15049	89	2026-02-20 07:00:00+00
6b0501f4-1c2d-47e2-bd02-5c5f5c8fb4e8	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	2	2	15055	90	2026-02-20 07:01:00+00
70ce416b-3494-4505-9fd6-2dbbdbe82c36	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	1	1	15062	91	2026-02-21 07:00:00+00
9f4d4ba1-01f8-4ad3-aad6-4beec1ac1ac0	issue-bb8f439e-8b37-8ee0-bebf-2f8044e65577	1	1	15068	92	2026-02-22 07:00:00+00
af7a1c61-1f18-4e98-8a79-4bed5c89ed35	issue-5dadb650-fd99-8133-84ca-25adf2777d26	4	4	15075	93	2026-02-24 07:00:00+00
749d4ba8-12ca-426a-a79c-e09a980936b1	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	2	2	14715	34	2026-01-10 07:00:00+00
4ba22216-89e8-4ce8-9095-6da4929d1a35	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	3	3	14719	35	2026-01-10 07:01:00+00
232b6433-c880-4852-a8f4-3d96a8622f61	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	5	5	14727	37	2026-01-10 07:03:00+00
0637e705-374f-403d-acac-a446370153df	issue-205c830f-87d9-8cde-96f2-c0f395451e93	3	3	14731	38	2026-01-15 07:00:00+00
6afad263-6870-4ddb-91f1-913ffab12624	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	4	4	14742	40	2026-01-15 07:02:00+00
a6c57d19-6ddb-482a-a477-25b2a9a2106c	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	7	7	14751	42	2026-01-17 07:01:00+00
cb94f6ed-f9a5-4695-8304-ea2ed56be9cb	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	9	9	14762	44	2026-01-17 07:03:00+00
76a4cc33-82b7-4118-80f3-d2d147f33bde	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	11	11	14776	46	2026-01-24 07:01:00+00
7dc07aab-5f4e-430a-8f84-4477c6749d67	council-a595841d-7c9c-833c-8ca7-58b918f04199	1	1	14781	47	2026-01-25 07:00:00+00
267c3235-e18c-4036-a337-f9701d65ecc1	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	12	12	14786	48	2026-02-01 07:00:00+00
b648c647-d521-4c67-b4b0-1cadd732cde4	proposal-d2852494-85fe-8843-a357-1c63d40415de	1	1	14874	60	2026-02-14 07:02:00+00
e59d9c70-40f7-4f69-ac54-a5bbd1c379f6	proposal-4c3b28b7-79fc-864d-be9f-641e752f76fc	1	1	14886	62	2026-02-14 07:04:00+00
b964a050-7871-4a38-8f02-08646e5d0202	proposal-9dc0b431-856c-8293-8810-d4faa6cb32b0	1	1	14893	63	2026-02-14 07:05:00+00
47e85fd8-b453-4f4a-b439-c7e7df503b6f	issue-298f4636-668a-87fe-89e1-45c4078cdf41	6	6	14913	65	2026-02-14 07:07:00+00
b60a1d2b-28df-4160-a99b-f8a44b26d8f0	issue-96661704-3744-88b7-9d0e-dc54682d9af8	1	1	14918	66	2026-02-14 07:08:00+00
4a722786-09de-4be2-938e-482c9d434943	issue-96661704-3744-88b7-9d0e-dc54682d9af8	2	2	14923	67	2026-02-14 07:09:00+00
4ad774b0-c725-4297-b504-3235a47a91f7	issue-96661704-3744-88b7-9d0e-dc54682d9af8	3	3	14928	68	2026-02-14 07:10:00+00
7aec047f-cb4c-4096-9d28-78d186f664c8	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	1	1	14933	69	2026-02-14 07:11:00+00
5ead005c-b460-455c-875e-eb9d68c266f0	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	1	1	14949	72	2026-02-14 07:14:00+00
ba08370c-3ee5-41f1-9880-0c5db1b4c0f2	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	1	1	14975	75	2026-02-14 07:17:00+00
c75a997f-c39f-4bae-a493-24b11d004e90	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	2	2	14981	76	2026-02-14 07:18:00+00
c5981546-8fed-4f97-84d3-d69d81138192	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	4	4	15002	80	2026-02-16 07:02:00+00
a2d4eed5-3cd4-4628-af82-a6ddc7a93828	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	7	7	15012	82	2026-02-19 07:01:00+00
1709daf9-5e9a-46af-a62b-45da879ce3e6	issue-298f4636-668a-87fe-89e1-45c4078cdf41	7	7	15023	84	2026-02-19 07:03:00+00
5b9badfe-3be3-4e3f-8809-e88e1ed0f8b0	issue-96661704-3744-88b7-9d0e-dc54682d9af8	5	5	15033	86	2026-02-19 07:05:00+00
18f5e7c4-e6a4-4470-858f-bf113486feeb	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	5	5	15043	88	2026-02-19 07:07:00+00
7413f416-ec53-4c4a-9a35-086a54dda0f5	certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	19	19	15110	95	2026-02-24 07:02:00+00
4a3a517f-a7d0-4339-92cc-d5ec4e65d93c	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	6	6	15128	97	2026-02-24 07:04:00+00
8b3013c2-0742-498f-b5c9-f9a5289f53ce	issue-5dadb650-fd99-8133-84ca-25adf2777d26	5	5	15139	98	2026-03-06 07:00:00+00
5104a8d1-462f-4cf9-92aa-ff4d87cb26e2	issue-5dadb650-fd99-8133-84ca-25adf2777d26	6	6	15149	99	2026-03-06 07:01:00+00
ae641f2f-1950-4b0e-9efe-1b5276986a04	council-74074590-9efe-80fa-a4c5-80c4c7b16433	3	3	15198	103	2026-03-06 07:05:00+00
653534ac-7f90-49ec-ace2-4e8d262084c5	proposal-c44d0c65-6c29-8790-83a8-1460701601f9	1	1	15216	104	2026-03-06 07:06:00+00
a0e4f1d1-e6ff-455e-954e-e630f562bf5d	issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	6	6	15228	105	2026-03-06 07:07:00+00
a4d57bfe-3c16-4b42-bb4e-2e869ac9efee	council-a595841d-7c9c-833c-8ca7-58b918f04199	3	3	15244	106	2026-03-06 07:08:00+00
666bbe4f-7add-4ad7-b26e-4e1a6af04510	issue-d9eabe15-5dcc-8643-80cb-8553de647414	1	1	15272	109	2026-03-11 07:00:00+00
6cdefee0-7b40-4bb5-aaff-c1c599f1a77e	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	5	5	15289	110	2026-03-16 07:00:00+00
09c05479-9691-4050-a96b-4b6dc9073d15	issue-355bea95-3c41-812f-aa9b-9d680fab6308	4	4	15312	111	2026-03-26 07:00:00+00
d32c1511-98b8-4fd5-8ee4-960251ac630f	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	6	6	15323	112	2026-03-26 07:01:00+00
92824fe9-0724-4418-9e04-873af22ff599	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	7	7	15353	114	2026-03-31 06:00:00+00
e9ce5d77-d8f9-44e1-8887-8f2e8c2db5aa	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	8	8	15369	115	2026-03-31 06:01:00+00
ad4c5a37-7a76-4737-b2a0-f468260087a5	issue-355bea95-3c41-812f-aa9b-9d680fab6308	5	5	15380	116	2026-04-05 06:00:00+00
bcbea8ab-8837-47ea-9f2f-320608428246	issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	4	4	15412	117	2026-04-05 06:01:00+00
ac9d4b6c-1232-457a-a01f-fd25ffc507d5	issue-355bea95-3c41-812f-aa9b-9d680fab6308	7	7	15479	121	2026-04-10 06:01:00+00
92e4a02b-4932-4720-864c-e9a17ed5521d	revision-395abde5-ff21-88cd-b129-186d657d34bc	3	3	15581	125	2026-04-16 06:00:00+00
0ef5b0ea-8fa5-44f8-8319-36844d6f707b	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	3	3	15649	132	2026-04-20 06:00:00+00
c4849b5a-91ce-4b97-b024-b736b5f38262	issue-d9eabe15-5dcc-8643-80cb-8553de647414	4	4	15665	133	2026-04-20 06:01:00+00
78acdb93-d39c-4a26-bf2c-4fe79e75c815	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	1	1	15725	135	2026-04-21 06:00:00+00
2bbacc8a-dafd-458e-b4e7-18c7d9a43ef1	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	1	1	15759	138	2026-04-22 06:01:00+00
0da89598-8afa-4a2c-a316-8275013dfe21	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	2	2	15797	139	2026-04-23 06:00:00+00
70b238cb-ec5e-43b7-bb3c-1ff425a87bdb	issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	1	1	15808	140	2026-04-23 06:01:00+00
708de96a-1d54-480f-a5bf-6f367fb80183	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	2	2	15822	141	2026-04-24 06:00:00+00
1e2fe4f1-a54e-4c9a-9643-a973dfcf732c	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	2	2	15089	94	2026-02-24 07:01:00+00
b0062b32-7a18-401d-8dd1-eea3383eca62	issue-96661704-3744-88b7-9d0e-dc54682d9af8	6	6	15118	96	2026-02-24 07:03:00+00
b58803f6-31eb-42f1-8377-0f226cb6752f	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	3	3	15162	100	2026-03-06 07:02:00+00
77593262-ca4a-4058-82f5-1e00899a337e	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	3	3	15170	101	2026-03-06 07:03:00+00
b463e4d6-b2c4-4043-b615-d4a8621d9263	issue-bb8f439e-8b37-8ee0-bebf-2f8044e65577	2	2	15182	102	2026-03-06 07:04:00+00
a8979098-408d-4fb1-8dde-d5944a0160ff	proposal-db3a61c6-3605-8c46-a02b-a21f0fa305bf	1	1	15253	107	2026-03-06 07:09:00+00
069b25e9-05f5-47ed-ae8e-6334777e0ea1	issue-96661704-3744-88b7-9d0e-dc54682d9af8	7	7	15265	108	2026-03-08 07:00:00+00
676ccdc9-f659-49cd-85d6-33444dd4e403	issue-d9eabe15-5dcc-8643-80cb-8553de647414	2	2	15342	113	2026-03-26 07:02:00+00
02a79576-1c1e-495d-804d-e596941241a2	council-a595841d-7c9c-833c-8ca7-58b918f04199	4	4	15444	118	2026-04-05 06:02:00+00
a455ae85-b223-4641-b822-41d823de24b5	issue-d9eabe15-5dcc-8643-80cb-8553de647414	3	3	15455	119	2026-04-05 06:03:00+00
38b1d32e-5454-40ae-8fb0-ce1908f34baf	issue-355bea95-3c41-812f-aa9b-9d680fab6308	6	6	15465	120	2026-04-10 06:00:00+00
9434c9e5-1fc6-4c7d-adc3-677427575f1b	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	2	2	15501	122	2026-04-12 06:00:00+00
fb7addb5-af4b-4c36-b49d-a8e551ced0ac	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	4	4	15522	123	2026-04-15 06:00:00+00
5baddceb-e89b-4654-9d8b-0c785ca68be8	revision-395abde5-ff21-88cd-b129-186d657d34bc	2	2	15565	124	2026-04-15 06:01:00+00
c3474da4-0e72-48ce-919e-0473c2c35d5b	revision-395abde5-ff21-88cd-b129-186d657d34bc	4	4	15591	126	2026-04-16 06:01:00+00
d2d7f25e-39d7-4138-9f1d-9b20f1c26f97	revision-395abde5-ff21-88cd-b129-186d657d34bc	5	5	15605	127	2026-04-16 06:02:00+00
4879da6b-8bfe-4e80-8efc-56638c589907	revision-395abde5-ff21-88cd-b129-186d657d34bc	6	6	15609	128	2026-04-16 06:03:00+00
f8529478-cfc5-4d9d-b6b6-2531e9904b88	revision-395abde5-ff21-88cd-b129-186d657d34bc	7	7	15613	129	2026-04-16 06:04:00+00
8f3c4330-8280-46b3-a4a2-16f068a0f4ed	revision-395abde5-ff21-88cd-b129-186d657d34bc	8	8	15635	130	2026-04-16 06:05:00+00
96ba8ccf-35e3-4ac3-bf7d-e81b0380161c	revision-395abde5-ff21-88cd-b129-186d657d34bc	9	9	15643	131	2026-04-16 06:06:00+00
862d9b2e-5c81-469d-b523-eba38049f842	issue-d9eabe15-5dcc-8643-80cb-8553de647414	5	5	15714	134	2026-04-20 06:02:00+00
2cede8af-5f0f-4810-9780-2c98008c4b9a	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	1	1	15734	136	2026-04-21 06:01:00+00
b1ddeac2-a7c2-4fe4-88bc-18eeb2a27e9c	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	1	1	15744	137	2026-04-22 06:00:00+00
b04df882-976d-4be7-982a-ae07997aaf50	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	3	3	15881	146	2026-04-30 06:01:00+00
77bd3275-993a-4017-82d1-e3f724133704	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	3	3	15898	147	2026-04-30 06:02:00+00
fc0ee70b-6379-4a4d-b944-aa7e6d8c73fa	council-74074590-9efe-80fa-a4c5-80c4c7b16433	4	4	15948	150	2026-05-05 06:00:00+00
b8ba8199-6ef9-4391-9fe1-36935a408b46	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	3	3	15973	152	2026-05-05 06:02:00+00
59a7cd4c-6e3d-4a84-8ff9-240bfa3bf6ad	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	4	4	15991	153	2026-05-06 06:00:00+00
92504512-7790-4e8c-a4b5-66ad9a3655b8	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	5	5	16045	157	2026-05-15 06:02:00+00
0922aabf-1b4b-4144-8b2f-93bc29db4bf9	proposal-4c3b28b7-79fc-864d-be9f-641e752f76fc	2	2	16064	158	2026-05-15 06:03:00+00
8e6d24df-b043-4c03-a636-4bef65355398	issue-bb8f439e-8b37-8ee0-bebf-2f8044e65577	3	3	16076	159	2026-05-15 06:04:00+00
699f195d-7d82-4633-8653-da2208364131	issue-d9eabe15-5dcc-8643-80cb-8553de647414	6	6	16094	160	2026-05-15 06:05:00+00
f84d48b8-0997-47a2-a109-8cab758d646f	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	2	2	16133	162	2026-05-15 06:07:00+00
b5533ac6-1259-4f05-bcc6-bcb76c351fb0	issue-d9eabe15-5dcc-8643-80cb-8553de647414	7	7	16191	166	2026-05-20 06:01:00+00
456ed584-b424-4863-9674-daa2ad681997	issue-d9eabe15-5dcc-8643-80cb-8553de647414	8	8	16210	167	2026-05-20 06:02:00+00
a47ec666-9fa9-46f5-9350-f35d70e66bb4	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	5	5	16221	168	2026-05-25 06:00:00+00
25e201b5-c49a-443d-86e8-1f61996942f9	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	7	7	16270	171	2026-05-30 06:01:00+00
7fa27f50-1251-455b-9e14-f3484697a21e	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	5	5	16285	172	2026-05-30 06:02:00+00
df0b0762-cbfa-4ea6-9a85-ee6e8afea46e:merged	issue-b286628e-4242-8655-8929-01921bfa8dd4	2	2	16302	173	2026-06-04 06:00:00+00
df0b0762-cbfa-4ea6-9a85-ee6e8afea46e:survivor	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	8	8	16302	174	2026-06-04 06:00:00+00
d237bb2d-4739-411f-81d1-5a14d27792b6	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	8	8	16312	175	2026-06-04 06:01:00+00
f5769981-df43-40aa-ae69-5b2844ff5163	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	6	6	16339	178	2026-06-04 06:04:00+00
333701eb-6672-4e94-9a97-4cf5ccb9786e	issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	7	7	16347	179	2026-06-04 06:05:00+00
e2478fc4-78e4-477f-bc26-2fb14fb9bc98	issue-298f4636-668a-87fe-89e1-45c4078cdf41	9	9	16354	180	2026-06-09 06:00:00+00
2d111867-a908-40a8-a2f4-80906d06cb87	issue-96661704-3744-88b7-9d0e-dc54682d9af8	8	8	16369	182	2026-06-24 06:01:00+00
50b0b8be-b318-4851-a3dc-8d94f3a2847e	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	6	6	16418	185	2026-07-04 06:02:00+00
ad9d9808-d62c-480b-b7f9-3ad9cb1eece3	issue-7e9692f5-e790-89cf-b294-365505cd4edc	3	3	16496	189	2026-07-04 06:06:00+00
b201d966-8297-42d2-966a-38ca14421444	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	7	7	16618	192	2026-07-24 06:00:00+00
28f83725-abba-4169-a72d-7b8cbe106b85	council-a595841d-7c9c-833c-8ca7-58b918f04199	8	8	16720	194	2026-08-03 06:00:00+00
746b4d54-03c4-4de3-b16a-065f3f00d5c2	issue-355bea95-3c41-812f-aa9b-9d680fab6308	9	9	16783	197	2026-08-13 06:02:00+00
ef409a92-722f-40b9-a261-a70860deaacf	issue-298f4636-668a-87fe-89e1-45c4078cdf41	10	10	16806	198	2026-08-13 06:03:00+00
467d4e64-512b-4ad1-b961-09d9c82bb7eb	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	7	7	16845	200	2026-08-23 06:00:00+00
fc796218-e030-4053-aa18-d951da398087	issue-7e9692f5-e790-89cf-b294-365505cd4edc	1	1	15833	142	2026-04-24 06:01:00+00
0e87e453-8992-460e-91c2-40d3abcd7397	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	5	5	15842	143	2026-04-25 06:00:00+00
2f0c35c5-6b00-4c4c-91ef-8e75eaa3a64f	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	2	2	15851	144	2026-04-25 06:01:00+00
4b0c0474-6947-4a90-8d81-86a39148d3f1	issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	7	7	15863	145	2026-04-30 06:00:00+00
3971f9a3-5c2d-4c2b-9cc3-df9ecb07bfac	issue-7e9692f5-e790-89cf-b294-365505cd4edc	2	2	15912	148	2026-04-30 06:03:00+00
6d876aa4-0649-461b-a850-52ab1272b04e	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	4	4	15933	149	2026-05-01 06:00:00+00
2421ae69-eaff-428c-a54d-1e6596194aab	council-a595841d-7c9c-833c-8ca7-58b918f04199	5	5	15958	151	2026-05-05 06:01:00+00
699e09c3-9848-4f42-bb3e-9d282c66b427	issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	4	4	16005	154	2026-05-10 06:00:00+00
664cab15-4c79-4c27-9044-755f6656a337	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	4	4	16018	155	2026-05-15 06:00:00+00
d9e8127b-8e3e-45ec-b617-db7f4f090f0f	proposal-1a095f22-b3d6-80b6-ae9e-8c83aa009039	1	1	16033	156	2026-05-15 06:01:00+00
58d8e351-76f0-43b5-a5ac-bcabd34ff541	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	4	4	16117	161	2026-05-15 06:06:00+00
d129afd4-4b0f-448f-818f-5b039f73e929	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	5	5	16156	163	2026-05-17 06:00:00+00
cf8953bb-59dd-4a51-845e-24bf278006af	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	6	6	16164	164	2026-05-17 06:01:00+00
7f90f153-1b07-4377-899d-126968aefd39	issue-b286628e-4242-8655-8929-01921bfa8dd4	1	1	16179	165	2026-05-20 06:00:00+00
0b1ceae8-a45e-4421-bc2d-14dd0ed0109a	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	3	3	16244	169	2026-05-25 06:01:00+00
ba4cad5b-1219-4836-8c02-58110ae57772	issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	6	6	16261	170	2026-05-30 06:00:00+00
e1e75e7c-157f-4b2d-9d96-af51cc7f2777	council-a595841d-7c9c-833c-8ca7-58b918f04199	6	6	16318	176	2026-06-04 06:02:00+00
b34de433-43e2-4bfa-82e3-a735e03bd7ef	issue-d9eabe15-5dcc-8643-80cb-8553de647414	9	9	16331	177	2026-06-04 06:03:00+00
1193052a-9b35-4b1e-b819-7d6230a037a8	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	4	4	16362	181	2026-06-24 06:00:00+00
a5f413fa-aed9-45c9-a206-27140ddb8604	issue-355bea95-3c41-812f-aa9b-9d680fab6308	8	8	16374	183	2026-07-04 06:00:00+00
68ba94d1-4e23-4d80-9049-ca5e404c24e5	issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	5	5	16388	184	2026-07-04 06:01:00+00
79790d3f-4ef6-446b-b8eb-5856a364cbda	council-74074590-9efe-80fa-a4c5-80c4c7b16433	5	5	16438	186	2026-07-04 06:03:00+00
9bbe0be3-97b8-48a2-861f-a990eb93e748	issue-96661704-3744-88b7-9d0e-dc54682d9af8	9	9	16462	187	2026-07-04 06:04:00+00
5b0120df-df67-401c-aaf9-f4ecb8d93c80	council-a595841d-7c9c-833c-8ca7-58b918f04199	7	7	16479	188	2026-07-04 06:05:00+00
8aac9d1d-4b63-4d7d-866a-26ea03403419	issue-7e9692f5-e790-89cf-b294-365505cd4edc	4	4	16525	190	2026-07-04 06:07:00+00
f8d9d04b-11ce-4c25-83d3-4165e1c1459b	issue-7e9692f5-e790-89cf-b294-365505cd4edc	5	5	16556	191	2026-07-04 06:08:00+00
b22dfeca-733f-4822-8f32-02f101ab55d5	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	7	7	16660	193	2026-07-24 06:01:00+00
3cec43ec-7aa3-425e-8201-d769228d0247	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	5	5	16745	195	2026-08-13 06:00:00+00
60ea4d42-8b9d-4229-9ea2-ee0769dc4846	proposal-cfa4a655-be68-81d6-a03e-31b0d678de95	1	1	16771	196	2026-08-13 06:01:00+00
2467cd7f-70e0-4120-bbe9-4246b2ad4b19	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	6	6	16825	199	2026-08-18 06:00:00+00
ddd41b2c-57c7-4e02-aca2-3ecc23e50ae6	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	4	4	16876	202	2026-08-23 06:02:00+00
a433266a-da0f-454d-adea-5e453e2add49	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	9	9	16909	204	2026-09-02 06:00:00+00
121fee85-c196-4210-bf32-20fe1d0402ff	council-74074590-9efe-80fa-a4c5-80c4c7b16433	6	6	16926	205	2026-09-02 06:01:00+00
9c1c45c2-b50f-43a1-91dc-03e61f06421a	issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	1	1	16997	209	2026-10-02 06:01:00+00
49706404-c012-445a-a61a-2982d9cfd3b0	council-a595841d-7c9c-833c-8ca7-58b918f04199	10	10	17007	210	2026-10-02 06:02:00+00
c0b696d2-5c3d-4e1a-8e44-8271a77aa8db	issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	8	8	17017	211	2026-10-02 06:03:00+00
7b6b8d41-b88e-4f1c-ba62-c63735329360	issue-d9eabe15-5dcc-8643-80cb-8553de647414	10	10	17029	212	2026-10-12 06:00:00+00
fe1ccce5-228d-49c6-80ae-4f1d61fe16a5	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	6	6	17042	213	2026-10-22 06:00:00+00
6a4947ec-e6be-45a4-95ed-775e05520d9a	proposal-cf8cef3a-bf82-87f7-9909-29726b795c20	1	1	17057	214	2026-10-22 06:01:00+00
c558cae7-e671-41b7-b862-b5ba30ddc4a1	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	10	10	17064	215	2026-10-22 06:02:00+00
8a98bc16-2f30-4760-be63-3adb0b4fc2b7	council-a595841d-7c9c-833c-8ca7-58b918f04199	11	11	17101	217	2026-11-01 07:01:00+00
7ea2ebe4-8c74-424c-b620-05290ed90dbe	issue-298f4636-668a-87fe-89e1-45c4078cdf41	11	11	16854	201	2026-08-23 06:01:00+00
27bc27fc-9cb2-4bc6-85b0-74981035f6cc	issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	5	5	16889	203	2026-08-23 06:03:00+00
9cfebad1-36ab-4888-a79d-6d817926c000	council-a595841d-7c9c-833c-8ca7-58b918f04199	9	9	16940	206	2026-09-02 06:02:00+00
8cecfa5e-d8ef-427e-83fb-f3a951a668d6	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	9	9	16945	207	2026-09-22 06:00:00+00
56c97fa3-b5f0-4b7f-958a-037e47a2d233	issue-355bea95-3c41-812f-aa9b-9d680fab6308	10	10	16973	208	2026-10-02 06:00:00+00
b740a9a4-2ae4-4081-b078-5bbd4e1e7174	council-74074590-9efe-80fa-a4c5-80c4c7b16433	7	7	17083	216	2026-11-01 07:00:00+00
9d5170da-139f-49a6-8daa-316578ac5f81	issue-2278fc23-899c-8add-bc24-7a116ba6ff26	11	11	17113	218	2026-11-16 07:00:00+00
policies:2026-11-30:coordinator:2788e05f-1772-8551-8779-17ffb21a45cc:9b06c7a1ef0b40fa	mail-a1dd4247-25f0-89ae-9375-12e024db7897	1	1	18079	239	2026-12-01 05:16:35.102914+00
policies:2026-11-30:coordinator:87686cf7-fa6d-84ff-8701-885fa48b9dca:72878eda34d62171	mail-1c10b584-1d44-8935-9ca7-746c6fdded68	1	1	18081	243	2026-12-01 05:16:35.116289+00
policies:2026-11-30:owner:avdelningschef vuxenstöd:94c5d2ea0c21b50a	mail-075fc867-641d-8947-991d-7e918dc9c6c4	1	1	18083	246	2026-12-01 05:16:35.133493+00
policies:2026-11-30:owner:behandlingsansvarig:82c3bdd84ab9ff2c	mail-9d20bbf0-084c-8162-bbba-75122a22bc69	1	1	18086	249	2026-12-01 05:16:35.146893+00
policies:2026-11-30:owner:enhetschef myndighet vuxenstöd:e6c4e4f644ad0701	mail-510338a9-ffeb-8cd1-af19-651293d96e2a	1	1	18088	253	2026-12-01 05:16:35.158029+00
policies:2026-11-30:owner:enhetschef utredningsgruppen:21c7c87a0c97f216	mail-23a3f35d-91f8-8314-a87d-c3ec6c5a0461	1	1	18090	259	2026-12-01 05:16:35.173909+00
policies:2026-11-30:owner:kvalitetssamordnare:1e7d8210fa21490a	mail-f8c90f27-76b0-8036-a229-ab717f0fc465	1	1	18095	263	2026-12-01 05:16:35.204581+00
policies:2026-11-30:owner:kvalitetsutvecklare vuxenstöd:fe98f67977cd95c	mail-ff75c1c4-9504-89d4-9c9f-8d4829fbf003	1	1	18097	268	2026-12-01 05:16:35.228901+00
policies:2026-11-30:owner:sektionschef försörjningsstöd:3ddadf4605443b50	mail-97b77585-d83a-8b2a-ae28-7eb4dfe30367	1	1	18102	272	2026-12-01 05:16:35.249806+00
policies:2026-11-30:owner:utvecklingssekreterare vuxenstöd:3f915d1098d84239	mail-f3ecb881-d431-8915-afb7-16cf98916712	1	1	18104	278	2026-12-01 05:16:35.270981+00
policies:2026-11-30:owner:verksamhetschef:13f0aeaa17d8773d	mail-a0e8d243-dd12-89c3-bf72-fc3e8dafa29c	1	1	18106	281	2026-12-01 05:16:35.282957+00
eff6d7ec-1681-4bf6-9dfa-b1109501b2fc	policies-00000000-0000-0000-0000-000000000002	1	1	18108	284	2026-12-01 05:16:35.292791+00
\.


--
-- Data for Name: issue_sources; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.issue_sources (source_id, source_kind, issue_id, origin_id, first_issue_id, linked_on) FROM stdin;
eef1c3de-4352-8b93-bc6d-54ee0875e372	proposal	298f4636-668a-87fe-89e1-45c4078cdf41	bd7fbb90-e3cd-843e-b561-62a275d64f99	298f4636-668a-87fe-89e1-45c4078cdf41	2025-11-20
073de3ca-fbaf-8a8c-b219-168a489a7e07	proposal	5dadb650-fd99-8133-84ca-25adf2777d26	bd7fbb90-e3cd-843e-b561-62a275d64f99	5dadb650-fd99-8133-84ca-25adf2777d26	2025-11-24
8840be16-70d5-8f2a-b0ba-bb20d3e3915b	proposal	355bea95-3c41-812f-aa9b-9d680fab6308	bd7fbb90-e3cd-843e-b561-62a275d64f99	355bea95-3c41-812f-aa9b-9d680fab6308	2025-11-25
adf2c2ac-443f-8244-abf3-c1015d44cc29	proposal	2278fc23-899c-8add-bc24-7a116ba6ff26	bd7fbb90-e3cd-843e-b561-62a275d64f99	2278fc23-899c-8add-bc24-7a116ba6ff26	2025-11-26
91aae600-5b44-85ca-8e87-353b19e05df7	proposal	3625a9f3-cfc1-82e3-ba23-1f022249ee94	bd7fbb90-e3cd-843e-b561-62a275d64f99	3625a9f3-cfc1-82e3-ba23-1f022249ee94	2025-11-27
55c94e1d-d195-8ef5-8f4d-dd14c9de8faa	proposal	205c830f-87d9-8cde-96f2-c0f395451e93	bd7fbb90-e3cd-843e-b561-62a275d64f99	205c830f-87d9-8cde-96f2-c0f395451e93	2025-11-28
9bbcb2b6-03ce-8a4a-a33a-56c3f9e55a6f	actionItem	96661704-3744-88b7-9d0e-dc54682d9af8	f0fb7e32-b7d3-8476-9631-1bda631dd453	96661704-3744-88b7-9d0e-dc54682d9af8	2026-02-14
fdf2e492-5bef-84a4-85b6-a37720529299	actionItem	00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	f0fb7e32-b7d3-8476-9631-1bda631dd453	00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	2026-02-14
ceb8b601-f4a0-82da-a24a-3b514d872c09	actionItem	0546ca3d-3f51-82c1-b917-bed3c32b131c	f0fb7e32-b7d3-8476-9631-1bda631dd453	0546ca3d-3f51-82c1-b917-bed3c32b131c	2026-02-14
3987732c-67e4-8376-adde-b6fc9e4d1aed	actionItem	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	f0fb7e32-b7d3-8476-9631-1bda631dd453	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	2026-02-14
16296b06-228a-8c47-aaa1-f10b8603f2fe	proposal	a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	bd7fbb90-e3cd-843e-b561-62a275d64f99	a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	2026-02-19
d2852494-85fe-8843-a357-1c63d40415de	proposal	300f9ca3-c65a-8a0a-80ac-ab40710cf685	bd7fbb90-e3cd-843e-b561-62a275d64f99	300f9ca3-c65a-8a0a-80ac-ab40710cf685	2026-02-20
1ebb17ca-b432-844b-8da8-907f92ef7234	proposal	e10f5e69-de19-8ca0-89f9-4547be4924b1	bd7fbb90-e3cd-843e-b561-62a275d64f99	e10f5e69-de19-8ca0-89f9-4547be4924b1	2026-02-21
4c3b28b7-79fc-864d-be9f-641e752f76fc	proposal	bb8f439e-8b37-8ee0-bebf-2f8044e65577	bd7fbb90-e3cd-843e-b561-62a275d64f99	bb8f439e-8b37-8ee0-bebf-2f8044e65577	2026-02-22
c44d0c65-6c29-8790-83a8-1460701601f9	proposal	96661704-3744-88b7-9d0e-dc54682d9af8	74074590-9efe-80fa-a4c5-80c4c7b16433	96661704-3744-88b7-9d0e-dc54682d9af8	2026-03-08
db3a61c6-3605-8c46-a02b-a21f0fa305bf	proposal	d9eabe15-5dcc-8643-80cb-8553de647414	a595841d-7c9c-833c-8ca7-58b918f04199	d9eabe15-5dcc-8643-80cb-8553de647414	2026-03-11
498d1710-7ba6-8ada-889f-d360024135b9	finding	d9eabe15-5dcc-8643-80cb-8553de647414	395abde5-ff21-88cd-b129-186d657d34bc	d9eabe15-5dcc-8643-80cb-8553de647414	2026-04-20
cf6b93d4-bba9-8f3e-8c86-244524b94dc7	finding	57ec358e-14bf-88e8-92b3-d24fdae35a5d	395abde5-ff21-88cd-b129-186d657d34bc	57ec358e-14bf-88e8-92b3-d24fdae35a5d	2026-04-21
223fea18-7bc8-82dd-94ad-b0bd3755fb0a	finding	af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	395abde5-ff21-88cd-b129-186d657d34bc	af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	2026-04-21
cb66b1b2-9ddd-8c29-8bb6-a7e3b260740a	finding	c8718f45-f004-8b9c-b27a-b50c6a11e10b	395abde5-ff21-88cd-b129-186d657d34bc	c8718f45-f004-8b9c-b27a-b50c6a11e10b	2026-04-22
3c47e11b-cfcc-8a5d-82c4-dc447143069c	finding	b4fb8f1a-5298-8f0e-8049-c60b7382c987	395abde5-ff21-88cd-b129-186d657d34bc	b4fb8f1a-5298-8f0e-8049-c60b7382c987	2026-04-22
11ad37bd-258f-8be1-9b96-a1be1ab2770e	finding	edbc98e3-6424-87e4-a36f-37fa4b03a477	395abde5-ff21-88cd-b129-186d657d34bc	edbc98e3-6424-87e4-a36f-37fa4b03a477	2026-04-23
d53767d6-cf68-8e56-a68e-3abbb96b1cf9	finding	7e9692f5-e790-89cf-b294-365505cd4edc	395abde5-ff21-88cd-b129-186d657d34bc	7e9692f5-e790-89cf-b294-365505cd4edc	2026-04-24
1a095f22-b3d6-80b6-ae9e-8c83aa009039	proposal	2278fc23-899c-8add-bc24-7a116ba6ff26	bd7fbb90-e3cd-843e-b561-62a275d64f99	b286628e-4242-8655-8929-01921bfa8dd4	2026-05-20
cfa4a655-be68-81d6-a03e-31b0d678de95	proposal	300f9ca3-c65a-8a0a-80ac-ab40710cf685	bd7fbb90-e3cd-843e-b561-62a275d64f99	300f9ca3-c65a-8a0a-80ac-ab40710cf685	2026-08-18
9dc0b431-856c-8293-8810-d4faa6cb32b0	proposal	ae5d80fc-84b0-8df4-be5f-81c429c8f969	bd7fbb90-e3cd-843e-b561-62a275d64f99	ae5d80fc-84b0-8df4-be5f-81c429c8f969	2026-10-02
\.


--
-- Data for Name: issue_status; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.issue_status (issue_id, unit_id, title, status, outcome, motivation, decided_by, decided_on, owner, due_date, registered_on, quality_area, participation_level, participation_reason, source_kinds, sources, councils, feedback_owed, feedback_owed_count, feedback_owed_since, merged_into, first_decided_on, implemented_on, first_feedback_on, carried_out_on, implementation_summary, verified_on, verification_note, withdrawn_on, withdrawn_reason, last_event_at, last_event_on, stream_version) FROM stdin;
355bea95-3c41-812f-aa9b-9d680fab6308	87686cf7-fa6d-84ff-8701-885fa48b9dca	Behandlingstid efter behov och öppenvård på hemmaplan	verified	partially_accepted	Behandlingens längd bestäms efter behovet i varje ärende, inte efter en fast gräns på tre månader. Vi kan inte öka pengarna till placeringar i år, men öppenvården startar kvällsgrupper så att fler kan bo kvar hemma under behandlingen.	Socialnämndens arbetsutskott	2026-03-26	enhetschef öppenvården vuxenstöd	2026-07-04	2025-11-25	stodinsatser	\N	\N	{proposal}	[{"id": "8840be16-70d5-8f2a-b0ba-bb20d3e3915b", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	2026-03-26	2026-07-04	2026-04-05	2026-07-04	Öppenvården har kvällsgrupper två kvällar i veckan, och riktlinjen om högst tre månaders behandling är borttagen.	2026-10-02	Elva personer har gått i kvällsgrupperna; ingen av dem har behövt placeras på behandlingshem.	\N	\N	2026-10-02 06:00:00+00	2026-10-02	10
5dadb650-fd99-8133-84ca-25adf2777d26	87686cf7-fa6d-84ff-8701-885fa48b9dca	Tid att lyssna: längre samtal när det behövs	in_progress	accepted	Handläggarna får boka ett längre samtal när brukaren ber om det, och mottagningen har öppet för samtal utan tidsbokning en eftermiddag i veckan.	Ledningsgruppen vuxenstöd	2026-02-24	enhetschef myndighet vuxenstöd	2026-11-01	2025-11-24	bemotande	\N	\N	{proposal}	[{"id": "073de3ca-fbaf-8a8c-b219-168a489a7e07", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[{"occasion": "decision", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "owedSince": "2026-02-24"}]	1	2026-02-24	\N	2026-02-24	\N	\N	\N	\N	\N	\N	\N	\N	2026-03-06 07:01:00+00	2026-03-06	9
a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	87686cf7-fa6d-84ff-8701-885fa48b9dca	Boendet: en trygg bostad utan krav på drogfrihet	decided	rejected	Kommunen kan inte ge alla ett eget förstahandskontrakt utan krav, eftersom bostäderna ägs av bostadsbolagen och kommunen bara kan hyra ut i andra hand. Vi fortsätter med Bostad först för några personer varje år, men vi kan inte göra det för alla.	Socialnämndens arbetsutskott	2026-05-10	avdelningschef vuxenstöd	\N	2026-02-19	stodinsatser	\N	\N	{proposal}	[{"id": "16296b06-228a-8c47-aaa1-f10b8603f2fe", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	2026-05-10	\N	2026-05-15	\N	\N	\N	\N	\N	\N	2026-05-15 06:02:00+00	2026-05-15	5
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	f6a99c5a-6952-8c0d-b497-f87d865a61bc	Delmål som den boende själv formulerar	in_progress	accepted	Åtgärden ingår i handlingsplanen som ledningen har antagit. Delmålen formuleras av den boende själv, med stöd av kontaktpersonen.	Ledningsgruppen Iris Mullsjö	2026-02-19	behandlingsansvarig	2026-08-03	2026-02-14	mal_och_delmal	\N	\N	{actionItem}	[{"id": "fdf2e492-5bef-84a4-85b6-a37720529299", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}]	{}	[]	0	\N	\N	2026-02-19	\N	\N	\N	\N	\N	\N	\N	\N	2026-03-06 07:07:00+00	2026-03-06	8
96661704-3744-88b7-9d0e-dc54682d9af8	f6a99c5a-6952-8c0d-b497-f87d865a61bc	Skriftlig information om behandlingen på lätt svenska	implemented	accepted	Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarrådet är med och skriver texterna, så att de blir begripliga för de boende.	Ledningsgruppen Iris Mullsjö	2026-02-19	behandlingsansvarig	2026-07-04	2026-02-14	information	\N	\N	{actionItem,proposal}	[{"id": "9bbcb2b6-03ce-8a4a-a33a-56c3f9e55a6f", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}, {"id": "c44d0c65-6c29-8790-83a8-1460701601f9", "kind": "proposal", "councilId": "74074590-9efe-80fa-a4c5-80c4c7b16433"}]	{74074590-9efe-80fa-a4c5-80c4c7b16433}	[]	0	\N	\N	2026-02-19	2026-06-24	\N	2026-06-24	En broschyr på lätt svenska, arabiska och dari finns nu, och reglerna gås igenom muntligt vid varje inskrivning.	\N	\N	\N	\N	2026-07-04 06:04:00+00	2026-07-04	10
e10f5e69-de19-8ca0-89f9-4547be4924b1	87686cf7-fa6d-84ff-8701-885fa48b9dca	Långsiktighet: att komma tillbaka är inget misslyckande	in_progress	accepted	Vi tar bort målet att den som blivit drogfri inte ska komma tillbaka till oss. Att be om hjälp igen räknas inte som ett misslyckande. Alla som avslutar en insats erbjuds uppföljning efter sex och tolv månader.	Ledningsgruppen vuxenstöd	2026-06-24	enhetschef myndighet vuxenstöd	2026-11-11	2026-02-21	uppfoljning	\N	\N	{proposal}	[{"id": "1ebb17ca-b432-844b-8da8-907f92ef7234", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	2026-06-24	\N	2026-07-24	\N	\N	\N	\N	\N	\N	2026-07-24 06:00:00+00	2026-07-24	9
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	f6a99c5a-6952-8c0d-b497-f87d865a61bc	En brukarinflytandepolicy skriven med brukarrådet	in_preparation	\N	\N	\N	\N	kvalitetssamordnare	2026-09-02	2026-02-14	brukarinflytandepolicy	\N	\N	{actionItem}	[{"id": "3987732c-67e4-8376-adde-b6fc9e4d1aed", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}]	{}	[]	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-04-05 06:01:00+00	2026-04-05	7
205c830f-87d9-8cde-96f2-c0f395451e93	87686cf7-fa6d-84ff-8701-885fa48b9dca	Relationen: kunna byta handläggare när kemin inte stämmer	in_preparation	\N	\N	\N	\N	kvalitetsutvecklare vuxenstöd	2026-10-02	2025-11-28	bemotande	\N	\N	{proposal}	[{"id": "55c94e1d-d195-8ef5-8f4d-dd14c9de8faa", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-01-15 07:01:00+00	2026-01-15	7
3625a9f3-cfc1-82e3-ba23-1f022249ee94	87686cf7-fa6d-84ff-8701-885fa48b9dca	Delaktighet: planen skrivs tillsammans med brukaren	implemented	accepted	Genomförandeplanen skrivs tillsammans med brukaren, med brukarens egna ord, och brukaren får alltid en egen kopia.	Ledningsgruppen vuxenstöd	2026-03-16	utvecklingssekreterare vuxenstöd	2026-09-02	2025-11-27	mal_och_delmal	4	Två från dialogmötet är med i arbetsgruppen som tar fram den nya mallen för genomförandeplaner.	{proposal}	[{"id": "91aae600-5b44-85ca-8e87-353b19e05df7", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[{"occasion": "implementation", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "owedSince": "2026-09-22"}]	1	2026-09-22	\N	2026-03-16	2026-09-22	2026-03-26	2026-09-22	Den nya mallen används av alla handläggare i vuxenstöd; brukaren skriver under planen och får en egen kopia.	\N	\N	\N	\N	2026-09-22 06:00:00+00	2026-09-22	11
bb8f439e-8b37-8ee0-bebf-2f8044e65577	87686cf7-fa6d-84ff-8701-885fa48b9dca	Behoven ska styra: terapiform efter behov	withdrawn	\N	\N	\N	\N	enhetschef öppenvården vuxenstöd	\N	2026-02-22	stodinsatser	\N	\N	{proposal}	[{"id": "4c3b28b7-79fc-864d-be9f-641e752f76fc", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-05-15	Dialogmötet drog tillbaka förslaget: terapiformer hör till regionens psykiatri, och rådet tar upp frågan där.	2026-05-15 06:04:00+00	2026-05-15	3
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	2788e05f-1772-8551-8779-17ffb21a45cc	Förutsägbara möten: tid, paus och dagordning	verified	accepted	Kallelsen till varje möte talar om hur lång tid som är avsatt och vad som ska tas upp, och att man har rätt till paus och kan avbryta eller boka om. Det kan vi göra direkt.	Ledningsgruppen försörjningsstöd	2026-05-15	enhetschef utredningsgruppen	2026-08-03	2026-04-21	information	\N	\N	{finding}	[{"id": "223fea18-7bc8-82dd-94ad-b0bd3755fb0a", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}]	{}	[]	0	\N	\N	2026-05-15	2026-07-24	\N	2026-07-24	Alla socialsekreterare använder en ny mall för kallelser med tid, dagordning och rätt till paus.	2026-10-02	Frukostmötet bekräftar att kallelserna nu har tid och dagordning.	\N	\N	2026-10-02 06:03:00+00	2026-10-02	8
edbc98e3-6424-87e4-a36f-37fa4b03a477	2788e05f-1772-8551-8779-17ffb21a45cc	Kunna byta socialsekreterare när kemin inte stämmer	registered	\N	\N	\N	\N	\N	\N	2026-04-23	bemotande	\N	\N	{finding}	[{"id": "11ad37bd-258f-8be1-9b96-a1be1ab2770e", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}]	{}	[]	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-04-23 06:01:00+00	2026-04-23	4
ae5d80fc-84b0-8df4-be5f-81c429c8f969	87686cf7-fa6d-84ff-8701-885fa48b9dca	Ta vara på erfarenheter: anställ personer med egen erfarenhet	registered	\N	\N	\N	\N	\N	\N	2026-10-02	brukarinflytandepolicy	\N	\N	{proposal}	[{"id": "9dc0b431-856c-8293-8810-d4faa6cb32b0", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-10-02 06:01:00+00	2026-10-02	3
300f9ca3-c65a-8a0a-80ac-ab40710cf685	87686cf7-fa6d-84ff-8701-885fa48b9dca	Lättillgänglig hjälp: en öppen plats där alla är välkomna	reopened	\N	\N	\N	\N	avdelningschef vuxenstöd	2027-01-15	2026-02-20	stodinsatser	\N	\N	{proposal}	[{"id": "d2852494-85fe-8843-a357-1c63d40415de", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, {"id": "cfa4a655-be68-81d6-a03e-31b0d678de95", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	2026-04-15	\N	2026-04-25	\N	\N	\N	\N	\N	\N	2026-08-23 06:00:00+00	2026-08-23	9
57ec358e-14bf-88e8-92b3-d24fdae35a5d	2788e05f-1772-8551-8779-17ffb21a45cc	Bemötande: ingen ska mötas av en kall vägg	in_progress	accepted	All personal som möter brukare, från receptionen till socialsekreterarna, går en utbildning i bemötande. Varje möte ska börja och sluta med en stund vanligt samtal.	Ledningsgruppen försörjningsstöd	2026-05-25	sektionschef försörjningsstöd	2026-11-21	2026-04-21	bemotande	3	Fokusgruppens beskrivningar ligger till grund för utbildningen, men brukarna är inte med och beslutar.	{finding}	[{"id": "cf6b93d4-bba9-8f3e-8c86-244524b94dc7", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}]	{}	[]	0	\N	\N	2026-05-25	\N	\N	\N	\N	\N	\N	\N	\N	2026-05-30 06:01:00+00	2026-05-30	9
7e9692f5-e790-89cf-b294-365505cd4edc	2788e05f-1772-8551-8779-17ffb21a45cc	Färre ärenden per socialsekreterare och tid för reflektion	in_preparation	\N	\N	\N	\N	sektionschef försörjningsstöd	2026-12-21	2026-04-24	utbildning	1	Brukarna har sagt sitt i fokusgruppen; frågan om resurser avgörs av nämnden i budgeten.	{finding}	[{"id": "d53767d6-cf68-8e56-a68e-3abbb96b1cf9", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}]	{}	[]	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-07-04 06:08:00+00	2026-07-04	7
b4fb8f1a-5298-8f0e-8049-c60b7382c987	2788e05f-1772-8551-8779-17ffb21a45cc	Ansökan via e-tjänst och färre månadsansökningar	decided	partially_accepted	Ansökan via e-tjänst införs, så att ingen behöver komma till kontoret bara för att lämna papper. En ny ansökan behövs fortfarande varje månad, eftersom behovet ska prövas för varje period, men den som har en stabil situation kan få beslut för tre månader i taget.	Ledningsgruppen försörjningsstöd	2026-08-23	sektionschef försörjningsstöd	2027-03-01	2026-04-22	stodinsatser	\N	\N	{finding}	[{"id": "3c47e11b-cfcc-8a5d-82c4-dc447143069c", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}]	{}	[]	0	\N	\N	2026-08-23	\N	\N	\N	\N	\N	\N	\N	\N	2026-08-23 06:03:00+00	2026-08-23	6
b286628e-4242-8655-8929-01921bfa8dd4	87686cf7-fa6d-84ff-8701-885fa48b9dca	Samma handläggare hela vägen	merged	\N	\N	\N	\N	\N	\N	2026-05-20	stodinsatser	\N	\N	{proposal}	[{"id": "1a095f22-b3d6-80b6-ae9e-8c83aa009039", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	2278fc23-899c-8add-bc24-7a116ba6ff26	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-06-04 06:00:00+00	2026-06-04	2
0546ca3d-3f51-82c1-b917-bed3c32b131c	f6a99c5a-6952-8c0d-b497-f87d865a61bc	Utbildning i brukarinflytande för all personal	verified	accepted	Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarkraft håller utbildningen två gånger, så att all personal kan vara med.	Ledningsgruppen Iris Mullsjö	2026-02-19	verksamhetschef	2026-05-15	2026-02-14	utbildning	\N	\N	{actionItem}	[{"id": "ceb8b601-f4a0-82da-a24a-3b514d872c09", "kind": "actionItem", "certificationId": "f0fb7e32-b7d3-8476-9631-1bda631dd453"}]	{}	[]	0	\N	\N	2026-02-19	2026-04-30	\N	2026-04-30	Hela personalgruppen har gått Brukarkrafts utbildning i brukarinflytande.	2026-06-04	Uppföljningen på personalmötet visar att alla har gått utbildningen; nyanställda går den nästa gång den ges.	\N	\N	2026-06-04 06:01:00+00	2026-06-04	8
c8718f45-f004-8b9c-b27a-b50c6a11e10b	2788e05f-1772-8551-8779-17ffb21a45cc	Handlingsplanen görs tillsammans med brukaren	in_progress	accepted	Handlingsplanen görs tillsammans: nuvarande situation, möjligheter, mål och resurser, och vad båda parter kan göra. Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd.	Ledningsgruppen försörjningsstöd	2026-05-30	enhetschef utredningsgruppen	2027-01-15	2026-04-22	mal_och_delmal	4	Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd, och tidsplanen bestäms tillsammans.	{finding}	[{"id": "cb66b1b2-9ddd-8c29-8bb6-a7e3b260740a", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}]	{}	[]	0	\N	\N	2026-05-30	\N	\N	\N	\N	\N	\N	\N	\N	2026-06-04 06:05:00+00	2026-06-04	8
d9eabe15-5dcc-8643-80cb-8553de647414	2788e05f-1772-8551-8779-17ffb21a45cc	Vägvisare till de andra myndigheterna	implemented	accepted	Vi gör en enkel vägvisare till myndigheterna tillsammans med frukostmötet. Både frukostmötet och brukarrevisionen tar upp samma sak, och det kostar lite att rätta till.	Ledningsgruppen försörjningsstöd	2026-05-15	enhetschef utredningsgruppen	2026-10-02	2026-03-11	information	5	Deltagarna på frukostmötet skriver vägvisaren tillsammans med personalen och bestämmer vad den ska innehålla.	{finding,proposal}	[{"id": "db3a61c6-3605-8c46-a02b-a21f0fa305bf", "kind": "proposal", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199"}, {"id": "498d1710-7ba6-8ada-889f-d360024135b9", "kind": "finding", "revisionId": "395abde5-ff21-88cd-b129-186d657d34bc"}]	{a595841d-7c9c-833c-8ca7-58b918f04199}	[{"occasion": "implementation", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "owedSince": "2026-10-12"}]	1	2026-10-12	\N	2026-05-15	2026-10-12	2026-06-04	2026-10-12	Vägvisaren finns i väntrummet och på webben, på svenska och fyra andra språk.	\N	\N	\N	\N	2026-10-12 06:00:00+00	2026-10-12	12
298f4636-668a-87fe-89e1-45c4078cdf41	87686cf7-fa6d-84ff-8701-885fa48b9dca	Umgänge med barn på stödboendet	verified	partially_accepted	Barn får besöka sin förälder på stödboendet dagtid, i ett eget besöksrum som personalen ordnar. Övernattning går inte, eftersom andra boende kan vara påverkade av alkohol eller droger och barnens trygghet måste gå först.	Socialnämndens arbetsutskott	2026-02-04	enhetschef stödboendet vuxenstöd	2026-06-04	2025-11-20	stodinsatser	3	Dialogmötets synpunkter vägs in i utredningen; beslutet fattas av socialnämndens arbetsutskott.	{proposal}	[{"id": "eef1c3de-4352-8b93-bc6d-54ee0875e372", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	2026-02-04	2026-06-09	2026-02-14	2026-06-09	Besöksrummet på stödboendet är inrett och kan bokas alla dagar klockan 10–18.	2026-08-23	Tolv besök de första tre månaderna. De boende är nöjda men vill kunna boka besök på helger; det tas upp på nästa dialogmöte.	\N	\N	2026-08-23 06:01:00+00	2026-08-23	11
2278fc23-899c-8add-bc24-7a116ba6ff26	87686cf7-fa6d-84ff-8701-885fa48b9dca	Kontinuitet: färre byten av handläggare	verified	partially_accepted	Vi kan inte lova samma handläggare hela tiden, eftersom personal slutar och byter tjänst. Men varje brukare får en fast kontaktperson och en ersättare som känner till ärendet, och vid byte träffar den gamla och den nya handläggaren brukaren tillsammans.	Ledningsgruppen vuxenstöd	2026-02-04	enhetschef myndighet vuxenstöd	2026-08-03	2025-11-26	stodinsatser	\N	\N	{proposal}	[{"id": "adf2c2ac-443f-8244-abf3-c1015d44cc29", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}, {"id": "1a095f22-b3d6-80b6-ae9e-8c83aa009039", "kind": "proposal", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99"}]	{bd7fbb90-e3cd-843e-b561-62a275d64f99}	[]	0	\N	\N	2026-02-04	2026-09-02	2026-02-14	2026-09-02	Alla brukare i vuxenstöd har nu en fast kontaktperson och en ersättare. Vid byte av handläggare hålls ett gemensamt överlämningsmöte med brukaren.	2026-11-16	Uppföljningen med dialogmötet visar att överlämningsmötena hålls: två av tre som har bytt handläggare har haft ett sådant möte.	\N	\N	2026-11-16 07:00:00+00	2026-11-16	11
\.


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.outbox (mail_id, recipient_kind, recipient_id, purpose, subject, regarding, state, attempts, last_error, next_attempt_at, queued_at, delivered_at, stream_version) FROM stdin;
a1dd4247-25f0-89ae-9375-12e024db7897	coordinator	2788e05f-1772-8551-8779-17ffb21a45cc	reminder	Ett ärende väntar på dig	issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	pending	0	\N	2026-12-01 05:16:35.1+00	2026-12-01 05:16:35.1+00	\N	1
1c10b584-1d44-8935-9ca7-746c6fdded68	coordinator	87686cf7-fa6d-84ff-8701-885fa48b9dca	reminder	Ett ärende väntar på dig	issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	pending	0	\N	2026-12-01 05:16:35.109+00	2026-12-01 05:16:35.109+00	\N	1
075fc867-641d-8947-991d-7e918dc9c6c4	owner	avdelningschef vuxenstöd	reminder	Ett ärende väntar på dig	issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	pending	0	\N	2026-12-01 05:16:35.13+00	2026-12-01 05:16:35.13+00	\N	1
9d20bbf0-084c-8162-bbba-75122a22bc69	owner	behandlingsansvarig	reminder	Två ärenden väntar på dig	\N	pending	0	\N	2026-12-01 05:16:35.142+00	2026-12-01 05:16:35.142+00	\N	1
510338a9-ffeb-8cd1-af19-651293d96e2a	owner	enhetschef myndighet vuxenstöd	reminder	Två ärenden väntar på dig	\N	pending	0	\N	2026-12-01 05:16:35.155+00	2026-12-01 05:16:35.155+00	\N	1
23a3f35d-91f8-8314-a87d-c3ec6c5a0461	owner	enhetschef utredningsgruppen	reminder	Två ärenden väntar på dig	\N	pending	0	\N	2026-12-01 05:16:35.168+00	2026-12-01 05:16:35.168+00	\N	1
f8c90f27-76b0-8036-a229-ab717f0fc465	owner	kvalitetssamordnare	reminder	Två saker väntar på dig	\N	pending	0	\N	2026-12-01 05:16:35.198+00	2026-12-01 05:16:35.198+00	\N	1
ff75c1c4-9504-89d4-9c9f-8d4829fbf003	owner	kvalitetsutvecklare vuxenstöd	reminder	Ett ärende väntar på dig	issue-205c830f-87d9-8cde-96f2-c0f395451e93	pending	0	\N	2026-12-01 05:16:35.227+00	2026-12-01 05:16:35.227+00	\N	1
97b77585-d83a-8b2a-ae28-7eb4dfe30367	owner	sektionschef försörjningsstöd	reminder	Tre ärenden väntar på dig	\N	pending	0	\N	2026-12-01 05:16:35.244+00	2026-12-01 05:16:35.244+00	\N	1
f3ecb881-d431-8915-afb7-16cf98916712	owner	utvecklingssekreterare vuxenstöd	reminder	Ett ärende väntar på dig	issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	pending	0	\N	2026-12-01 05:16:35.267+00	2026-12-01 05:16:35.267+00	\N	1
a0e8d243-dd12-89c3-bf72-fc3e8dafa29c	owner	verksamhetschef	reminder	Två åtgärder väntar på dig	\N	pending	0	\N	2026-12-01 05:16:35.282+00	2026-12-01 05:16:35.282+00	\N	1
b123f1f9-4a4f-8cbc-a191-f5771a9a81a3	council	74074590-9efe-80fa-a4c5-80c4c7b16433	digest	Vad hände med era förslag i november 2026?	council-74074590-9efe-80fa-a4c5-80c4c7b16433	pending	0	\N	2026-12-01 05:16:43.837+00	2026-12-01 05:16:43.837+00	\N	1
6c27c725-1235-8010-b931-77e8fbbfa477	council	bd7fbb90-e3cd-843e-b561-62a275d64f99	digest	Vad hände med era förslag i november 2026?	council-bd7fbb90-e3cd-843e-b561-62a275d64f99	pending	0	\N	2026-12-01 05:16:43.874+00	2026-12-01 05:16:43.874+00	\N	1
39c5d617-2e91-85a4-a235-92f25f35bdc3	council	a595841d-7c9c-833c-8ca7-58b918f04199	digest	Vad hände med era förslag i november 2026?	council-a595841d-7c9c-833c-8ca7-58b918f04199	pending	0	\N	2026-12-01 05:16:43.894+00	2026-12-01 05:16:43.894+00	\N	1
8cf31387-da32-8afb-8cdb-0b742ce332e8	management	2788e05f-1772-8551-8779-17ffb21a45cc	digest	Månadsbrev till ledningen: Försörjningsstöd Biskopsgården, november 2026	unit-2788e05f-1772-8551-8779-17ffb21a45cc	pending	0	\N	2026-12-01 05:16:43.91+00	2026-12-01 05:16:43.91+00	\N	1
45fa1861-a8fb-8375-a026-c46519aa8ca2	management	f6a99c5a-6952-8c0d-b497-f87d865a61bc	digest	Månadsbrev till ledningen: Iris Mullsjö HVB, november 2026	unit-f6a99c5a-6952-8c0d-b497-f87d865a61bc	pending	0	\N	2026-12-01 05:16:43.93+00	2026-12-01 05:16:43.93+00	\N	1
1ab6ecb1-47a8-8c99-9c90-6686e5b5b202	management	87686cf7-fa6d-84ff-8701-885fa48b9dca	digest	Månadsbrev till ledningen: Vuxenstöd Lund, november 2026	unit-87686cf7-fa6d-84ff-8701-885fa48b9dca	pending	0	\N	2026-12-01 05:16:43.956+00	2026-12-01 05:16:43.956+00	\N	1
\.


--
-- Data for Name: policy_effects; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.policy_effects (stream_id, stream_version, subject_kind, subject_id, issue_id, certification_id, kind, policy, occasion, since, recipient_kind, recipient_id, mail_id, sent_on, late_since, record) FROM stdin;
issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	2	issue	edbc98e3-6424-87e4-a36f-37fa4b03a477	edbc98e3-6424-87e4-a36f-37fa4b03a477	\N	reminder	no_owner	no_owner:2026-04-23	2026-04-23	coordinator	2788e05f-1772-8551-8779-17ffb21a45cc	a1dd4247-25f0-89ae-9375-12e024db7897	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-04-23", "mailId": "a1dd4247-25f0-89ae-9375-12e024db7897", "policy": "no_owner", "occasion": "no_owner:2026-04-23", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "remindedBefore": []}
issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	3	issue	edbc98e3-6424-87e4-a36f-37fa4b03a477	edbc98e3-6424-87e4-a36f-37fa4b03a477	\N	reminder	no_decision	no_decision:2026-04-23	2026-04-23	coordinator	2788e05f-1772-8551-8779-17ffb21a45cc	a1dd4247-25f0-89ae-9375-12e024db7897	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-04-23", "mailId": "a1dd4247-25f0-89ae-9375-12e024db7897", "policy": "no_decision", "occasion": "no_decision:2026-04-23", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "remindedBefore": []}
issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	4	issue	edbc98e3-6424-87e4-a36f-37fa4b03a477	edbc98e3-6424-87e4-a36f-37fa4b03a477	\N	reminder	stale	stale:2026-04-23	2026-04-23	coordinator	2788e05f-1772-8551-8779-17ffb21a45cc	a1dd4247-25f0-89ae-9375-12e024db7897	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-04-23", "mailId": "a1dd4247-25f0-89ae-9375-12e024db7897", "policy": "stale", "occasion": "stale:2026-04-23", "recipient": {"id": "2788e05f-1772-8551-8779-17ffb21a45cc", "kind": "coordinator"}, "remindedBefore": []}
issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	2	issue	ae5d80fc-84b0-8df4-be5f-81c429c8f969	ae5d80fc-84b0-8df4-be5f-81c429c8f969	\N	reminder	no_owner	no_owner:2026-10-02	2026-10-02	coordinator	87686cf7-fa6d-84ff-8701-885fa48b9dca	1c10b584-1d44-8935-9ca7-746c6fdded68	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "1c10b584-1d44-8935-9ca7-746c6fdded68", "policy": "no_owner", "occasion": "no_owner:2026-10-02", "recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "coordinator"}, "remindedBefore": []}
issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	3	issue	ae5d80fc-84b0-8df4-be5f-81c429c8f969	ae5d80fc-84b0-8df4-be5f-81c429c8f969	\N	reminder	stale	stale:2026-10-02	2026-10-02	coordinator	87686cf7-fa6d-84ff-8701-885fa48b9dca	1c10b584-1d44-8935-9ca7-746c6fdded68	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "1c10b584-1d44-8935-9ca7-746c6fdded68", "policy": "stale", "occasion": "stale:2026-10-02", "recipient": {"id": "87686cf7-fa6d-84ff-8701-885fa48b9dca", "kind": "coordinator"}, "remindedBefore": []}
issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	8	issue	300f9ca3-c65a-8a0a-80ac-ab40710cf685	300f9ca3-c65a-8a0a-80ac-ab40710cf685	\N	reminder	no_decision	no_decision:2026-02-20	2026-02-20	owner	avdelningschef vuxenstöd	075fc867-641d-8947-991d-7e918dc9c6c4	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-02-20", "mailId": "075fc867-641d-8947-991d-7e918dc9c6c4", "policy": "no_decision", "occasion": "no_decision:2026-02-20", "recipient": {"id": "avdelningschef vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	9	issue	300f9ca3-c65a-8a0a-80ac-ab40710cf685	300f9ca3-c65a-8a0a-80ac-ab40710cf685	\N	reminder	stale	stale:2026-08-23	2026-08-23	owner	avdelningschef vuxenstöd	075fc867-641d-8947-991d-7e918dc9c6c4	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-08-23", "mailId": "075fc867-641d-8947-991d-7e918dc9c6c4", "policy": "stale", "occasion": "stale:2026-08-23", "recipient": {"id": "avdelningschef vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	7	issue	00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	\N	reminder	overdue	overdue:2026-08-03	2026-08-03	owner	behandlingsansvarig	9d20bbf0-084c-8162-bbba-75122a22bc69	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-08-03", "mailId": "9d20bbf0-084c-8162-bbba-75122a22bc69", "policy": "overdue", "occasion": "overdue:2026-08-03", "recipient": {"id": "behandlingsansvarig", "kind": "owner"}, "remindedBefore": []}
issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	8	issue	00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	\N	reminder	stale	stale:2026-03-06	2026-03-06	owner	behandlingsansvarig	9d20bbf0-084c-8162-bbba-75122a22bc69	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-03-06", "mailId": "9d20bbf0-084c-8162-bbba-75122a22bc69", "policy": "stale", "occasion": "stale:2026-03-06", "recipient": {"id": "behandlingsansvarig", "kind": "owner"}, "remindedBefore": []}
issue-96661704-3744-88b7-9d0e-dc54682d9af8	10	issue	96661704-3744-88b7-9d0e-dc54682d9af8	96661704-3744-88b7-9d0e-dc54682d9af8	\N	reminder	stale	stale:2026-07-04	2026-07-04	owner	behandlingsansvarig	9d20bbf0-084c-8162-bbba-75122a22bc69	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-07-04", "mailId": "9d20bbf0-084c-8162-bbba-75122a22bc69", "policy": "stale", "occasion": "stale:2026-07-04", "recipient": {"id": "behandlingsansvarig", "kind": "owner"}, "remindedBefore": []}
issue-5dadb650-fd99-8133-84ca-25adf2777d26	7	issue	5dadb650-fd99-8133-84ca-25adf2777d26	5dadb650-fd99-8133-84ca-25adf2777d26	\N	reminder	overdue	overdue:2026-11-01	2026-11-01	owner	enhetschef myndighet vuxenstöd	510338a9-ffeb-8cd1-af19-651293d96e2a	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-11-01", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "overdue", "occasion": "overdue:2026-11-01", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-5dadb650-fd99-8133-84ca-25adf2777d26	8	issue	5dadb650-fd99-8133-84ca-25adf2777d26	5dadb650-fd99-8133-84ca-25adf2777d26	\N	reminder	feedback_owed	feedback_owed:bd7fbb90-e3cd-843e-b561-62a275d64f99:decision:2026-02-24	2026-02-24	owner	enhetschef myndighet vuxenstöd	510338a9-ffeb-8cd1-af19-651293d96e2a	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-02-24", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "feedback_owed", "occasion": "feedback_owed:bd7fbb90-e3cd-843e-b561-62a275d64f99:decision:2026-02-24", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-5dadb650-fd99-8133-84ca-25adf2777d26	9	issue	5dadb650-fd99-8133-84ca-25adf2777d26	5dadb650-fd99-8133-84ca-25adf2777d26	\N	reminder	stale	stale:2026-03-06	2026-03-06	owner	enhetschef myndighet vuxenstöd	510338a9-ffeb-8cd1-af19-651293d96e2a	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-03-06", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "stale", "occasion": "stale:2026-03-06", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	8	issue	e10f5e69-de19-8ca0-89f9-4547be4924b1	e10f5e69-de19-8ca0-89f9-4547be4924b1	\N	reminder	overdue	overdue:2026-11-11	2026-11-11	owner	enhetschef myndighet vuxenstöd	510338a9-ffeb-8cd1-af19-651293d96e2a	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-11-11", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "overdue", "occasion": "overdue:2026-11-11", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	9	issue	e10f5e69-de19-8ca0-89f9-4547be4924b1	e10f5e69-de19-8ca0-89f9-4547be4924b1	\N	reminder	stale	stale:2026-07-24	2026-07-24	owner	enhetschef myndighet vuxenstöd	510338a9-ffeb-8cd1-af19-651293d96e2a	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-07-24", "mailId": "510338a9-ffeb-8cd1-af19-651293d96e2a", "policy": "stale", "occasion": "stale:2026-07-24", "recipient": {"id": "enhetschef myndighet vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	8	issue	c8718f45-f004-8b9c-b27a-b50c6a11e10b	c8718f45-f004-8b9c-b27a-b50c6a11e10b	\N	reminder	stale	stale:2026-06-04	2026-06-04	owner	enhetschef utredningsgruppen	23a3f35d-91f8-8314-a87d-c3ec6c5a0461	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-06-04", "mailId": "23a3f35d-91f8-8314-a87d-c3ec6c5a0461", "policy": "stale", "occasion": "stale:2026-06-04", "recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}, "remindedBefore": []}
issue-d9eabe15-5dcc-8643-80cb-8553de647414	11	issue	d9eabe15-5dcc-8643-80cb-8553de647414	d9eabe15-5dcc-8643-80cb-8553de647414	\N	reminder	feedback_owed	feedback_owed:a595841d-7c9c-833c-8ca7-58b918f04199:implementation:2026-10-12	2026-10-12	owner	enhetschef utredningsgruppen	23a3f35d-91f8-8314-a87d-c3ec6c5a0461	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-10-12", "mailId": "23a3f35d-91f8-8314-a87d-c3ec6c5a0461", "policy": "feedback_owed", "occasion": "feedback_owed:a595841d-7c9c-833c-8ca7-58b918f04199:implementation:2026-10-12", "councilId": "a595841d-7c9c-833c-8ca7-58b918f04199", "recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}, "remindedBefore": []}
issue-d9eabe15-5dcc-8643-80cb-8553de647414	12	issue	d9eabe15-5dcc-8643-80cb-8553de647414	d9eabe15-5dcc-8643-80cb-8553de647414	\N	reminder	stale	stale:2026-10-12	2026-10-12	owner	enhetschef utredningsgruppen	23a3f35d-91f8-8314-a87d-c3ec6c5a0461	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-10-12", "mailId": "23a3f35d-91f8-8314-a87d-c3ec6c5a0461", "policy": "stale", "occasion": "stale:2026-10-12", "recipient": {"id": "enhetschef utredningsgruppen", "kind": "owner"}, "remindedBefore": []}
certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	20	action_item	0fe6e5c1-2853-8964-9148-8c356c4a6c59	\N	f0fb7e32-b7d3-8476-9631-1bda631dd453	reminder	action_item_due	action_item_due:2026-10-02	2026-10-02	owner	kvalitetssamordnare	f8c90f27-76b0-8036-a229-ab717f0fc465	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "action_item_due", "occasion": "action_item_due:2026-10-02", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "actionItemId": "0fe6e5c1-2853-8964-9148-8c356c4a6c59", "remindedBefore": []}
issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	5	issue	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	\N	reminder	no_decision	no_decision:2026-02-14	2026-02-14	owner	kvalitetssamordnare	f8c90f27-76b0-8036-a229-ab717f0fc465	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-02-14", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "no_decision", "occasion": "no_decision:2026-02-14", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "remindedBefore": []}
issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	6	issue	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	\N	reminder	overdue	overdue:2026-09-02	2026-09-02	owner	kvalitetssamordnare	f8c90f27-76b0-8036-a229-ab717f0fc465	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-09-02", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "overdue", "occasion": "overdue:2026-09-02", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "remindedBefore": []}
issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	7	issue	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	\N	reminder	stale	stale:2026-04-05	2026-04-05	owner	kvalitetssamordnare	f8c90f27-76b0-8036-a229-ab717f0fc465	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-04-05", "mailId": "f8c90f27-76b0-8036-a229-ab717f0fc465", "policy": "stale", "occasion": "stale:2026-04-05", "recipient": {"id": "kvalitetssamordnare", "kind": "owner"}, "remindedBefore": []}
issue-205c830f-87d9-8cde-96f2-c0f395451e93	5	issue	205c830f-87d9-8cde-96f2-c0f395451e93	205c830f-87d9-8cde-96f2-c0f395451e93	\N	reminder	no_decision	no_decision:2025-11-28	2025-11-28	owner	kvalitetsutvecklare vuxenstöd	ff75c1c4-9504-89d4-9c9f-8d4829fbf003	2026-11-30	\N	{"on": "2026-11-30", "since": "2025-11-28", "mailId": "ff75c1c4-9504-89d4-9c9f-8d4829fbf003", "policy": "no_decision", "occasion": "no_decision:2025-11-28", "recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-205c830f-87d9-8cde-96f2-c0f395451e93	6	issue	205c830f-87d9-8cde-96f2-c0f395451e93	205c830f-87d9-8cde-96f2-c0f395451e93	\N	reminder	overdue	overdue:2026-10-02	2026-10-02	owner	kvalitetsutvecklare vuxenstöd	ff75c1c4-9504-89d4-9c9f-8d4829fbf003	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-10-02", "mailId": "ff75c1c4-9504-89d4-9c9f-8d4829fbf003", "policy": "overdue", "occasion": "overdue:2026-10-02", "recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-205c830f-87d9-8cde-96f2-c0f395451e93	7	issue	205c830f-87d9-8cde-96f2-c0f395451e93	205c830f-87d9-8cde-96f2-c0f395451e93	\N	reminder	stale	stale:2026-01-15	2026-01-15	owner	kvalitetsutvecklare vuxenstöd	ff75c1c4-9504-89d4-9c9f-8d4829fbf003	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-01-15", "mailId": "ff75c1c4-9504-89d4-9c9f-8d4829fbf003", "policy": "stale", "occasion": "stale:2026-01-15", "recipient": {"id": "kvalitetsutvecklare vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	8	issue	57ec358e-14bf-88e8-92b3-d24fdae35a5d	57ec358e-14bf-88e8-92b3-d24fdae35a5d	\N	reminder	overdue	overdue:2026-11-21	2026-11-21	owner	sektionschef försörjningsstöd	97b77585-d83a-8b2a-ae28-7eb4dfe30367	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-11-21", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "overdue", "occasion": "overdue:2026-11-21", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}
issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	9	issue	57ec358e-14bf-88e8-92b3-d24fdae35a5d	57ec358e-14bf-88e8-92b3-d24fdae35a5d	\N	reminder	stale	stale:2026-05-30	2026-05-30	owner	sektionschef försörjningsstöd	97b77585-d83a-8b2a-ae28-7eb4dfe30367	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-05-30", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "stale", "occasion": "stale:2026-05-30", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}
issue-7e9692f5-e790-89cf-b294-365505cd4edc	6	issue	7e9692f5-e790-89cf-b294-365505cd4edc	7e9692f5-e790-89cf-b294-365505cd4edc	\N	reminder	no_decision	no_decision:2026-04-24	2026-04-24	owner	sektionschef försörjningsstöd	97b77585-d83a-8b2a-ae28-7eb4dfe30367	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-04-24", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "no_decision", "occasion": "no_decision:2026-04-24", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}
issue-7e9692f5-e790-89cf-b294-365505cd4edc	7	issue	7e9692f5-e790-89cf-b294-365505cd4edc	7e9692f5-e790-89cf-b294-365505cd4edc	\N	reminder	stale	stale:2026-07-04	2026-07-04	owner	sektionschef försörjningsstöd	97b77585-d83a-8b2a-ae28-7eb4dfe30367	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-07-04", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "stale", "occasion": "stale:2026-07-04", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}
issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	6	issue	b4fb8f1a-5298-8f0e-8049-c60b7382c987	b4fb8f1a-5298-8f0e-8049-c60b7382c987	\N	reminder	stale	stale:2026-08-23	2026-08-23	owner	sektionschef försörjningsstöd	97b77585-d83a-8b2a-ae28-7eb4dfe30367	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-08-23", "mailId": "97b77585-d83a-8b2a-ae28-7eb4dfe30367", "policy": "stale", "occasion": "stale:2026-08-23", "recipient": {"id": "sektionschef försörjningsstöd", "kind": "owner"}, "remindedBefore": []}
issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	10	issue	3625a9f3-cfc1-82e3-ba23-1f022249ee94	3625a9f3-cfc1-82e3-ba23-1f022249ee94	\N	reminder	feedback_owed	feedback_owed:bd7fbb90-e3cd-843e-b561-62a275d64f99:implementation:2026-09-22	2026-09-22	owner	utvecklingssekreterare vuxenstöd	f3ecb881-d431-8915-afb7-16cf98916712	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-09-22", "mailId": "f3ecb881-d431-8915-afb7-16cf98916712", "policy": "feedback_owed", "occasion": "feedback_owed:bd7fbb90-e3cd-843e-b561-62a275d64f99:implementation:2026-09-22", "councilId": "bd7fbb90-e3cd-843e-b561-62a275d64f99", "recipient": {"id": "utvecklingssekreterare vuxenstöd", "kind": "owner"}, "remindedBefore": []}
issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	11	issue	3625a9f3-cfc1-82e3-ba23-1f022249ee94	3625a9f3-cfc1-82e3-ba23-1f022249ee94	\N	reminder	stale	stale:2026-09-22	2026-09-22	owner	utvecklingssekreterare vuxenstöd	f3ecb881-d431-8915-afb7-16cf98916712	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-09-22", "mailId": "f3ecb881-d431-8915-afb7-16cf98916712", "policy": "stale", "occasion": "stale:2026-09-22", "recipient": {"id": "utvecklingssekreterare vuxenstöd", "kind": "owner"}, "remindedBefore": []}
certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	21	action_item	3987732c-67e4-8376-adde-b6fc9e4d1aed	\N	f0fb7e32-b7d3-8476-9631-1bda631dd453	reminder	action_item_due	action_item_due:2026-09-02	2026-09-02	owner	verksamhetschef	a0e8d243-dd12-89c3-bf72-fc3e8dafa29c	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-09-02", "mailId": "a0e8d243-dd12-89c3-bf72-fc3e8dafa29c", "policy": "action_item_due", "occasion": "action_item_due:2026-09-02", "recipient": {"id": "verksamhetschef", "kind": "owner"}, "actionItemId": "3987732c-67e4-8376-adde-b6fc9e4d1aed", "remindedBefore": []}
certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	22	action_item	fdf2e492-5bef-84a4-85b6-a37720529299	\N	f0fb7e32-b7d3-8476-9631-1bda631dd453	reminder	action_item_due	action_item_due:2026-08-03	2026-08-03	owner	verksamhetschef	a0e8d243-dd12-89c3-bf72-fc3e8dafa29c	2026-11-30	\N	{"on": "2026-11-30", "since": "2026-08-03", "mailId": "a0e8d243-dd12-89c3-bf72-fc3e8dafa29c", "policy": "action_item_due", "occasion": "action_item_due:2026-08-03", "recipient": {"id": "verksamhetschef", "kind": "owner"}, "actionItemId": "fdf2e492-5bef-84a4-85b6-a37720529299", "remindedBefore": []}
\.


--
-- Data for Name: projection_checkpoints; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.projection_checkpoints (name, version, transaction_id, sequence, rebuilt_at, updated_at) FROM stdin;
catalog	1	23445	297	2026-12-01 05:16:15.64287+00	2026-12-01 05:16:44.068349+00
issues	2	23445	297	2026-12-01 05:16:15.699993+00	2026-12-01 05:16:44.068349+00
timeline	1	23445	297	2026-12-01 05:16:15.720353+00	2026-12-01 05:16:44.068349+00
outbox	1	23445	297	2026-12-01 05:16:15.724998+00	2026-12-01 05:16:44.068349+00
policy_effects	1	23445	297	2026-12-01 05:16:15.731617+00	2026-12-01 05:16:44.068349+00
digests	1	23445	297	2026-12-01 05:16:15.739117+00	2026-12-01 05:16:44.068349+00
\.


--
-- Data for Name: proposals; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.proposals (proposal_id, council_id, meeting_id, text, quality_area, pseudonym, put_forward_on, withdrawn_reason) FROM stdin;
adf2c2ac-443f-8244-abf3-c1015d44cc29	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f39b4-8d30-8872-b96c-8979fbc6af09	Kontinuitet: färre byten av handläggare. I dag kan tio olika personer från olika enheter vara inblandade i ett och samma ärende, och man får berätta allt från början varje gång.	stodinsatser	\N	2025-11-16	\N
073de3ca-fbaf-8a8c-b219-168a489a7e07	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f39b4-8d30-8872-b96c-8979fbc6af09	Tid att lyssna: handläggaren behöver ha tid för ett längre samtal när man behöver prata av sig, och kunna ställa om när det planerade samtalet inte går att genomföra.	bemotande	Deltagare A	2025-11-16	\N
55c94e1d-d195-8ef5-8f4d-dd14c9de8faa	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f39b4-8d30-8872-b96c-8979fbc6af09	Relationen är viktig: personalen ska våga göra det lilla extra för att hitta ett sätt att mötas, och man ska kunna byta handläggare när kemin inte stämmer.	bemotande	\N	2025-11-16	\N
8840be16-70d5-8f2a-b0ba-bb20d3e3915b	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f39b4-8d30-8872-b96c-8979fbc6af09	Individuella lösningar: behandlingens längd ska styras av behovet, inte av en fast gräns på tre månader, och öppenvård på hemmaplan ska finnas för den som har barn.	stodinsatser	Deltagare A	2025-11-16	\N
91aae600-5b44-85ca-8e87-353b19e05df7	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f39b4-8d30-8872-b96c-8979fbc6af09	Delaktighet: att själv få vara aktiv i de beslut som tas om en själv.	mal_och_delmal	\N	2025-11-16	\N
eef1c3de-4352-8b93-bc6d-54ee0875e372	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f39b4-8d30-8872-b96c-8979fbc6af09	Umgänge med barn på stödboendet: den som bor på kommunens stödboende ska kunna träffa sina barn där.	stodinsatser	\N	2025-11-16	\N
16296b06-228a-8c47-aaa1-f10b8603f2fe	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f38b4-8d30-86bf-b96c-8679fbc6a9f0	Boendet är viktigt: en trygg bostad ska inte vara en belöning för att ha blivit drogfri. Alla behöver en trygg bas.	stodinsatser	\N	2026-02-14	\N
d2852494-85fe-8843-a357-1c63d40415de	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f38b4-8d30-86bf-b96c-8679fbc6a9f0	Lättillgänglig hjälp: det ska vara lätt att säga ”nu behöver jag hjälp”. Det behövs en plats där alla är välkomna, så att man inte sitter ensam hemma.	stodinsatser	Deltagare B	2026-02-14	\N
1ebb17ca-b432-844b-8da8-907f92ef7234	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f38b4-8d30-86bf-b96c-8679fbc6a9f0	Långsiktighet: den som har druckit i tjugo år behöver stöd under lång tid. Att komma tillbaka och be om hjälp igen ska inte räknas som ett misslyckande.	uppfoljning	Deltagare B	2026-02-14	\N
9dc0b431-856c-8293-8810-d4faa6cb32b0	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f38b4-8d30-86bf-b96c-8679fbc6a9f0	Ta vara på erfarenheter: lär av brukarnas erfarenheter, till exempel genom att anställa personer med egen erfarenhet.	brukarinflytandepolicy	\N	2026-02-14	\N
c44d0c65-6c29-8790-83a8-1460701601f9	74074590-9efe-80fa-a4c5-80c4c7b16433	2a863096-28c7-8631-bc4a-6389fe2bbaf6	Informationen om behandlingen behöver finnas på fler språk än svenska, och husets regler ska förklaras muntligt vid inskrivningen.	information	\N	2026-03-06	\N
db3a61c6-3605-8c46-a02b-a21f0fa305bf	a595841d-7c9c-833c-8ca7-58b918f04199	83660b72-06d3-8c01-9b3c-3aa28c2b3650	Mer information om de andra myndigheterna man kommer i kontakt med, som Försäkringskassan, Arbetsförmedlingen och Kronofogden. Det som personalen tycker är självklart är inte självklart för oss.	information	\N	2026-03-06	\N
1a095f22-b3d6-80b6-ae9e-8c83aa009039	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f37b4-8d30-850c-b96c-8779fbc6aba3	Samma handläggare hela vägen: när handläggaren slutar försvinner kontakten. Den nya handläggaren borde träffa en tillsammans med den gamla.	stodinsatser	\N	2026-05-15	\N
4c3b28b7-79fc-864d-be9f-641e752f76fc	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f38b4-8d30-86bf-b96c-8679fbc6a9f0	Behoven ska styra: det är inte de metoder som finns som ska avgöra vilken hjälp man får, till exempel om man behöver psykodynamisk terapi i stället för KBT.	stodinsatser	Deltagare A	2026-02-14	Dialogmötet tar i stället upp frågan om terapiformer direkt med Region Skånes psykiatri, som ansvarar för behandlingen.
cfa4a655-be68-81d6-a03e-31b0d678de95	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f36b4-8d30-8359-b96c-8c79fbc6b422	En öppen träffpunkt på kvällar och helger, där alla är välkomna utan att behöva boka tid.	stodinsatser	Deltagare B	2026-08-13	\N
cf8cef3a-bf82-87f7-9909-29726b795c20	bd7fbb90-e3cd-843e-b561-62a275d64f99	c48f35b4-8d30-81a6-b96c-8d79fbc6b5d5	Bjud in cheferna och ledningen till dialogmötena, så att de hör brukarnas berättelser direkt.	brukarinflytandepolicy	Deltagare A	2026-10-22	\N
\.


--
-- Data for Name: revisions; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.revisions (revision_id, unit_id, period_start, period_end, auditor_count, published_on, title) FROM stdin;
395abde5-ff21-88cd-b129-186d657d34bc	2788e05f-1772-8551-8779-17ffb21a45cc	2025-12-16	2026-03-16	3	2026-04-15	Brukarnas röster om försörjningsstöd – fokusgrupper i Biskopsgården
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.schema_migrations (component, version, description, applied_at) FROM stdin;
eventstore	1	events, streams, idempotency keys and the append function	2026-12-01 05:16:15.546895+00
eventstore	2	a log horizon that only the store's own appenders can hold back	2026-12-01 05:16:15.546895+00
contacts	1	contact directory	2026-12-01 05:16:15.628453+00
projections	1	projection checkpoints	2026-12-01 05:16:15.636633+00
\.


--
-- Data for Name: streams; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.streams (stream_id, version) FROM stdin;
unit-87686cf7-fa6d-84ff-8701-885fa48b9dca	1
issue-0546ca3d-3f51-82c1-b917-bed3c32b131c	8
proposal-adf2c2ac-443f-8244-abf3-c1015d44cc29	1
proposal-073de3ca-fbaf-8a8c-b219-168a489a7e07	1
proposal-55c94e1d-d195-8ef5-8f4d-dd14c9de8faa	1
proposal-8840be16-70d5-8f2a-b0ba-bb20d3e3915b	1
proposal-91aae600-5b44-85ca-8e87-353b19e05df7	1
proposal-eef1c3de-4352-8b93-bc6d-54ee0875e372	1
unit-2788e05f-1772-8551-8779-17ffb21a45cc	1
council-74074590-9efe-80fa-a4c5-80c4c7b16433	7
council-a595841d-7c9c-833c-8ca7-58b918f04199	11
issue-f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	7
issue-2278fc23-899c-8add-bc24-7a116ba6ff26	11
revision-395abde5-ff21-88cd-b129-186d657d34bc	9
unit-f6a99c5a-6952-8c0d-b497-f87d865a61bc	1
mail-ff75c1c4-9504-89d4-9c9f-8d4829fbf003	1
issue-205c830f-87d9-8cde-96f2-c0f395451e93	7
mail-97b77585-d83a-8b2a-ae28-7eb4dfe30367	1
issue-57ec358e-14bf-88e8-92b3-d24fdae35a5d	9
issue-7e9692f5-e790-89cf-b294-365505cd4edc	7
issue-b4fb8f1a-5298-8f0e-8049-c60b7382c987	6
mail-f3ecb881-d431-8915-afb7-16cf98916712	1
proposal-c44d0c65-6c29-8790-83a8-1460701601f9	1
issue-3625a9f3-cfc1-82e3-ba23-1f022249ee94	11
proposal-db3a61c6-3605-8c46-a02b-a21f0fa305bf	1
mail-a0e8d243-dd12-89c3-bf72-fc3e8dafa29c	1
certification-f0fb7e32-b7d3-8476-9631-1bda631dd453	22
mail-b123f1f9-4a4f-8cbc-a191-f5771a9a81a3	1
digest-11a6a19d-d7e1-86dc-be8e-c71e0dca9985	1
mail-6c27c725-1235-8010-b931-77e8fbbfa477	1
digest-b78c7292-6ee1-8921-b6c0-1804011af0c0	1
proposal-16296b06-228a-8c47-aaa1-f10b8603f2fe	1
proposal-d2852494-85fe-8843-a357-1c63d40415de	1
proposal-1ebb17ca-b432-844b-8da8-907f92ef7234	1
proposal-9dc0b431-856c-8293-8810-d4faa6cb32b0	1
mail-39c5d617-2e91-85a4-a235-92f25f35bdc3	1
digest-39c2634b-9a6e-821e-884f-c7d901302113	1
mail-8cf31387-da32-8afb-8cdb-0b742ce332e8	1
digest-7b5ec6ab-0a51-8226-8c0d-f1076903e639	1
mail-45fa1861-a8fb-8375-a026-c46519aa8ca2	1
digest-aa2666b5-c8f1-8ea3-b683-14856bb0f968	1
mail-1ab6ecb1-47a8-8c99-9c90-6686e5b5b202	1
contacts-00000000-0000-0000-0000-000000000001	20
mail-a1dd4247-25f0-89ae-9375-12e024db7897	1
proposal-1a095f22-b3d6-80b6-ae9e-8c83aa009039	1
issue-a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	5
proposal-4c3b28b7-79fc-864d-be9f-641e752f76fc	2
issue-bb8f439e-8b37-8ee0-bebf-2f8044e65577	3
proposal-cfa4a655-be68-81d6-a03e-31b0d678de95	1
issue-edbc98e3-6424-87e4-a36f-37fa4b03a477	4
mail-1c10b584-1d44-8935-9ca7-746c6fdded68	1
issue-ae5d80fc-84b0-8df4-be5f-81c429c8f969	3
mail-075fc867-641d-8947-991d-7e918dc9c6c4	1
issue-300f9ca3-c65a-8a0a-80ac-ab40710cf685	9
mail-9d20bbf0-084c-8162-bbba-75122a22bc69	1
issue-00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	8
digest-1a195668-3492-8b54-b877-c32fd6122973	1
issue-298f4636-668a-87fe-89e1-45c4078cdf41	11
issue-96661704-3744-88b7-9d0e-dc54682d9af8	10
mail-510338a9-ffeb-8cd1-af19-651293d96e2a	1
policies-00000000-0000-0000-0000-000000000002	2
issue-5dadb650-fd99-8133-84ca-25adf2777d26	9
issue-e10f5e69-de19-8ca0-89f9-4547be4924b1	9
mail-23a3f35d-91f8-8314-a87d-c3ec6c5a0461	1
issue-c8718f45-f004-8b9c-b27a-b50c6a11e10b	8
issue-b286628e-4242-8655-8929-01921bfa8dd4	2
issue-d9eabe15-5dcc-8643-80cb-8553de647414	12
issue-355bea95-3c41-812f-aa9b-9d680fab6308	10
issue-af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	8
council-bd7fbb90-e3cd-843e-b561-62a275d64f99	6
proposal-cf8cef3a-bf82-87f7-9909-29726b795c20	1
mail-f8c90f27-76b0-8036-a229-ab717f0fc465	1
\.


--
-- Data for Name: timeline; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.timeline (issue_id, stream_version, transaction_id, sequence, occurred_on, recorded_at, actor, event_type, text) FROM stdin;
298f4636-668a-87fe-89e1-45c4078cdf41	1	14591	11	2025-11-20	2025-11-20 07:00:00+00	root	IssueOpened	Ärendet ”Umgänge med barn på stödboendet” registrerades utifrån ett förslag från brukarrådet.
298f4636-668a-87fe-89e1-45c4078cdf41	2	14604	12	2025-11-22	2025-11-22 07:00:00+00	root	IssueOwnerAssigned	enhetschef stödboendet vuxenstöd blev ansvarig för ärendet.
5dadb650-fd99-8133-84ca-25adf2777d26	1	14609	13	2025-11-24	2025-11-24 07:00:00+00	root	IssueOpened	Ärendet ”Tid att lyssna: längre samtal när det behövs” registrerades utifrån ett förslag från brukarrådet.
355bea95-3c41-812f-aa9b-9d680fab6308	1	14614	14	2025-11-25	2025-11-25 07:00:00+00	root	IssueOpened	Ärendet ”Behandlingstid efter behov och öppenvård på hemmaplan” registrerades utifrån ett förslag från brukarrådet.
2278fc23-899c-8add-bc24-7a116ba6ff26	1	14619	15	2025-11-26	2025-11-26 07:00:00+00	root	IssueOpened	Ärendet ”Kontinuitet: färre byten av handläggare” registrerades utifrån ett förslag från brukarrådet.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	1	14624	16	2025-11-27	2025-11-27 07:00:00+00	root	IssueOpened	Ärendet ”Delaktighet: planen skrivs tillsammans med brukaren” registrerades utifrån ett förslag från brukarrådet.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	2	14629	17	2025-11-27	2025-11-27 07:01:00+00	root	IssueOwnerAssigned	utvecklingssekreterare vuxenstöd blev ansvarig för ärendet.
205c830f-87d9-8cde-96f2-c0f395451e93	1	14634	18	2025-11-28	2025-11-28 07:00:00+00	root	IssueOpened	Ärendet ”Relationen: kunna byta handläggare när kemin inte stämmer” registrerades utifrån ett förslag från brukarrådet.
2278fc23-899c-8add-bc24-7a116ba6ff26	2	14639	19	2025-11-30	2025-11-30 07:00:00+00	root	IssueOwnerAssigned	enhetschef myndighet vuxenstöd blev ansvarig för ärendet.
5dadb650-fd99-8133-84ca-25adf2777d26	2	14644	20	2025-12-01	2025-12-01 07:00:00+00	root	IssueOwnerAssigned	enhetschef myndighet vuxenstöd blev ansvarig för ärendet.
355bea95-3c41-812f-aa9b-9d680fab6308	2	14649	21	2025-12-06	2025-12-06 07:00:00+00	root	IssueOwnerAssigned	enhetschef öppenvården vuxenstöd blev ansvarig för ärendet.
298f4636-668a-87fe-89e1-45c4078cdf41	3	14654	22	2025-12-06	2025-12-06 07:01:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
298f4636-668a-87fe-89e1-45c4078cdf41	4	14659	23	2025-12-06	2025-12-06 07:02:00+00	root	ParticipationLevelSet	Delaktighetsnivån sattes till 3 (brukarnas åsikter tas till vara). Skäl: Dialogmötets synpunkter vägs in i utredningen; beslutet fattas av socialnämndens arbetsutskott.
2278fc23-899c-8add-bc24-7a116ba6ff26	3	14668	25	2025-12-16	2025-12-16 07:00:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
355bea95-3c41-812f-aa9b-9d680fab6308	3	14673	26	2025-12-21	2025-12-21 07:00:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
5dadb650-fd99-8133-84ca-25adf2777d26	3	14682	28	2025-12-26	2025-12-26 07:00:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
205c830f-87d9-8cde-96f2-c0f395451e93	2	14698	31	2026-01-05	2026-01-05 07:00:00+00	root	IssueOwnerAssigned	kvalitetsutvecklare vuxenstöd blev ansvarig för ärendet.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	3	14704	32	2026-01-05	2026-01-05 07:01:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
205c830f-87d9-8cde-96f2-c0f395451e93	3	14731	38	2026-01-15	2026-01-15 07:00:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
205c830f-87d9-8cde-96f2-c0f395451e93	4	14736	39	2026-01-15	2026-01-15 07:01:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-10-02.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	4	14742	40	2026-01-15	2026-01-15 07:02:00+00	root	ParticipationLevelSet	Delaktighetsnivån sattes till 4 (brukarna är med i besluten). Skäl: Två från dialogmötet är med i arbetsgruppen som tar fram den nya mallen för genomförandeplaner.
2278fc23-899c-8add-bc24-7a116ba6ff26	4	14812	54	2026-02-04	2026-02-04 07:00:00+00	root	IssueDecided	Ledningsgruppen vuxenstöd beslutade delvis bifall. Motivering: Vi kan inte lova samma handläggare hela tiden, eftersom personal slutar och byter tjänst. Men varje brukare får en fast kontaktperson och en ersättare som känner till ärendet, och vid byte träffar den gamla och den nya handläggaren brukaren tillsammans.
298f4636-668a-87fe-89e1-45c4078cdf41	5	14818	55	2026-02-04	2026-02-04 07:01:00+00	root	IssueDecided	Socialnämndens arbetsutskott beslutade delvis bifall. Motivering: Barn får besöka sin förälder på stödboendet dagtid, i ett eget besöksrum som personalen ordnar. Övernattning går inte, eftersom andra boende kan vara påverkade av alkohol eller droger och barnens trygghet måste gå först.
2278fc23-899c-8add-bc24-7a116ba6ff26	5	14902	64	2026-02-14	2026-02-14 07:06:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet vid ett möte.
298f4636-668a-87fe-89e1-45c4078cdf41	6	14913	65	2026-02-14	2026-02-14 07:07:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet vid ett möte.
96661704-3744-88b7-9d0e-dc54682d9af8	1	14918	66	2026-02-14	2026-02-14 07:08:00+00	root	IssueOpened	Ärendet ”Skriftlig information om behandlingen på lätt svenska” registrerades utifrån en åtgärd i handlingsplanen.
96661704-3744-88b7-9d0e-dc54682d9af8	2	14923	67	2026-02-14	2026-02-14 07:09:00+00	root	IssueOwnerAssigned	behandlingsansvarig blev ansvarig för ärendet.
96661704-3744-88b7-9d0e-dc54682d9af8	3	14928	68	2026-02-14	2026-02-14 07:10:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-07-04.
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	1	14933	69	2026-02-14	2026-02-14 07:11:00+00	root	IssueOpened	Ärendet ”Delmål som den boende själv formulerar” registrerades utifrån en åtgärd i handlingsplanen.
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	2	14938	70	2026-02-14	2026-02-14 07:12:00+00	root	IssueOwnerAssigned	behandlingsansvarig blev ansvarig för ärendet.
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	3	14943	71	2026-02-14	2026-02-14 07:13:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-08-03.
0546ca3d-3f51-82c1-b917-bed3c32b131c	1	14949	72	2026-02-14	2026-02-14 07:14:00+00	root	IssueOpened	Ärendet ”Utbildning i brukarinflytande för all personal” registrerades utifrån en åtgärd i handlingsplanen.
0546ca3d-3f51-82c1-b917-bed3c32b131c	2	14959	73	2026-02-14	2026-02-14 07:15:00+00	root	IssueOwnerAssigned	verksamhetschef blev ansvarig för ärendet.
0546ca3d-3f51-82c1-b917-bed3c32b131c	3	14969	74	2026-02-14	2026-02-14 07:16:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-05-15.
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	1	14975	75	2026-02-14	2026-02-14 07:17:00+00	root	IssueOpened	Ärendet ”En brukarinflytandepolicy skriven med brukarrådet” registrerades utifrån en åtgärd i handlingsplanen.
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	2	14981	76	2026-02-14	2026-02-14 07:18:00+00	root	IssueOwnerAssigned	kvalitetssamordnare blev ansvarig för ärendet.
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	3	14986	77	2026-02-14	2026-02-14 07:19:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-09-02.
96661704-3744-88b7-9d0e-dc54682d9af8	4	14992	78	2026-02-16	2026-02-16 07:00:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	4	14997	79	2026-02-16	2026-02-16 07:01:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
0546ca3d-3f51-82c1-b917-bed3c32b131c	4	15002	80	2026-02-16	2026-02-16 07:02:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
2278fc23-899c-8add-bc24-7a116ba6ff26	6	15007	81	2026-02-19	2026-02-19 07:00:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
2278fc23-899c-8add-bc24-7a116ba6ff26	7	15012	82	2026-02-19	2026-02-19 07:01:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-08-03.
a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	1	15017	83	2026-02-19	2026-02-19 07:02:00+00	root	IssueOpened	Ärendet ”Boendet: en trygg bostad utan krav på drogfrihet” registrerades utifrån ett förslag från brukarrådet.
298f4636-668a-87fe-89e1-45c4078cdf41	8	15028	85	2026-02-19	2026-02-19 07:04:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-06-04.
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	5	15038	87	2026-02-19	2026-02-19 07:06:00+00	root	IssueDecided	Ledningsgruppen Iris Mullsjö beslutade bifall. Motivering: Åtgärden ingår i handlingsplanen som ledningen har antagit. Delmålen formuleras av den boende själv, med stöd av kontaktpersonen.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	1	15049	89	2026-02-20	2026-02-20 07:00:00+00	root	IssueOpened	Ärendet ”Lättillgänglig hjälp: en öppen plats där alla är välkomna” registrerades utifrån ett förslag från brukarrådet.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	2	15055	90	2026-02-20	2026-02-20 07:01:00+00	root	IssueOwnerAssigned	avdelningschef vuxenstöd blev ansvarig för ärendet.
bb8f439e-8b37-8ee0-bebf-2f8044e65577	1	15068	92	2026-02-22	2026-02-22 07:00:00+00	root	IssueOpened	Ärendet ”Behoven ska styra: terapiform efter behov” registrerades utifrån ett förslag från brukarrådet.
5dadb650-fd99-8133-84ca-25adf2777d26	4	15075	93	2026-02-24	2026-02-24 07:00:00+00	root	IssueDecided	Ledningsgruppen vuxenstöd beslutade bifall. Motivering: Handläggarna får boka ett längre samtal när brukaren ber om det, och mottagningen har öppet för samtal utan tidsbokning en eftermiddag i veckan.
a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	3	15162	100	2026-03-06	2026-03-06 07:02:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	3	15170	101	2026-03-06	2026-03-06 07:03:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	6	15228	105	2026-03-06	2026-03-06 07:07:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
96661704-3744-88b7-9d0e-dc54682d9af8	7	15265	108	2026-03-08	2026-03-08 07:00:00+00	root	IssueSourceLinked	Ett förslag från brukarrådet kopplades till ärendet.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	6	15323	112	2026-03-26	2026-03-26 07:01:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet i ett brev.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	7	15353	114	2026-03-31	2026-03-31 06:00:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	8	15369	115	2026-03-31	2026-03-31 06:01:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-09-02.
355bea95-3c41-812f-aa9b-9d680fab6308	5	15380	116	2026-04-05	2026-04-05 06:00:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet i ett brev.
d9eabe15-5dcc-8643-80cb-8553de647414	3	15455	119	2026-04-05	2026-04-05 06:03:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
355bea95-3c41-812f-aa9b-9d680fab6308	6	15465	120	2026-04-10	2026-04-10 06:00:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
e10f5e69-de19-8ca0-89f9-4547be4924b1	2	15501	122	2026-04-12	2026-04-12 06:00:00+00	root	IssueOwnerAssigned	enhetschef myndighet vuxenstöd blev ansvarig för ärendet.
e10f5e69-de19-8ca0-89f9-4547be4924b1	3	15649	132	2026-04-20	2026-04-20 06:00:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
d9eabe15-5dcc-8643-80cb-8553de647414	4	15665	133	2026-04-20	2026-04-20 06:01:00+00	root	IssueSourceLinked	En iakttagelse i en brukarrevision kopplades till ärendet.
d9eabe15-5dcc-8643-80cb-8553de647414	5	15714	134	2026-04-20	2026-04-20 06:02:00+00	root	ParticipationLevelSet	Delaktighetsnivån sattes till 5 (brukarna delar makt och ansvar). Skäl: Deltagarna på frukostmötet skriver vägvisaren tillsammans med personalen och bestämmer vad den ska innehålla.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	1	15725	135	2026-04-21	2026-04-21 06:00:00+00	root	IssueOpened	Ärendet ”Bemötande: ingen ska mötas av en kall vägg” registrerades utifrån en iakttagelse i en brukarrevision.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	1	15734	136	2026-04-21	2026-04-21 06:01:00+00	root	IssueOpened	Ärendet ”Förutsägbara möten: tid, paus och dagordning” registrerades utifrån en iakttagelse i en brukarrevision.
b4fb8f1a-5298-8f0e-8049-c60b7382c987	1	15759	138	2026-04-22	2026-04-22 06:01:00+00	root	IssueOpened	Ärendet ”Ansökan via e-tjänst och färre månadsansökningar” registrerades utifrån en iakttagelse i en brukarrevision.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	2	15797	139	2026-04-23	2026-04-23 06:00:00+00	root	IssueOwnerAssigned	enhetschef utredningsgruppen blev ansvarig för ärendet.
edbc98e3-6424-87e4-a36f-37fa4b03a477	1	15808	140	2026-04-23	2026-04-23 06:01:00+00	root	IssueOpened	Ärendet ”Kunna byta socialsekreterare när kemin inte stämmer” registrerades utifrån en iakttagelse i en brukarrevision.
7e9692f5-e790-89cf-b294-365505cd4edc	1	15833	142	2026-04-24	2026-04-24 06:01:00+00	root	IssueOpened	Ärendet ”Färre ärenden per socialsekreterare och tid för reflektion” registrerades utifrån en iakttagelse i en brukarrevision.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	3	15881	146	2026-04-30	2026-04-30 06:01:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	3	15898	147	2026-04-30	2026-04-30 06:02:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	4	16005	154	2026-05-10	2026-05-10 06:00:00+00	root	IssueDecided	Socialnämndens arbetsutskott beslutade avslag. Motivering: Kommunen kan inte ge alla ett eget förstahandskontrakt utan krav, eftersom bostäderna ägs av bostadsbolagen och kommunen bara kan hyra ut i andra hand. Vi fortsätter med Bostad först för några personer varje år, men vi kan inte göra det för alla.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	4	16117	161	2026-05-15	2026-05-15 06:06:00+00	root	IssueDecided	Ledningsgruppen försörjningsstöd beslutade bifall. Motivering: Kallelsen till varje möte talar om hur lång tid som är avsatt och vad som ska tas upp, och att man har rätt till paus och kan avbryta eller boka om. Det kan vi göra direkt.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	5	16156	163	2026-05-17	2026-05-17 06:00:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	6	16164	164	2026-05-17	2026-05-17 06:01:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-08-03.
d9eabe15-5dcc-8643-80cb-8553de647414	7	16191	166	2026-05-20	2026-05-20 06:01:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
d9eabe15-5dcc-8643-80cb-8553de647414	8	16210	167	2026-05-20	2026-05-20 06:02:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-10-02.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	6	16261	170	2026-05-30	2026-05-30 06:00:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
b286628e-4242-8655-8929-01921bfa8dd4	2	16302	173	2026-06-04	2026-06-04 06:00:00+00	root	IssueMerged	Ärendet slogs ihop med ärende 2278fc23, där arbetet fortsätter.
2278fc23-899c-8add-bc24-7a116ba6ff26	8	16302	174	2026-06-04	2026-06-04 06:00:00+00	root	IssueAbsorbed	Ärende b286628e slogs ihop med detta ärende; dess källor och återkoppling flyttades hit.
0546ca3d-3f51-82c1-b917-bed3c32b131c	8	16312	175	2026-06-04	2026-06-04 06:01:00+00	root	IssueVerified	Uppföljningen är gjord. Uppföljningen på personalmötet visar att alla har gått utbildningen; nyanställda går den nästa gång den ges.
d9eabe15-5dcc-8643-80cb-8553de647414	9	16331	177	2026-06-04	2026-06-04 06:03:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet vid ett möte.
298f4636-668a-87fe-89e1-45c4078cdf41	7	15023	84	2026-02-19	2026-02-19 07:03:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
96661704-3744-88b7-9d0e-dc54682d9af8	5	15033	86	2026-02-19	2026-02-19 07:05:00+00	root	IssueDecided	Ledningsgruppen Iris Mullsjö beslutade bifall. Motivering: Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarrådet är med och skriver texterna, så att de blir begripliga för de boende.
0546ca3d-3f51-82c1-b917-bed3c32b131c	5	15043	88	2026-02-19	2026-02-19 07:07:00+00	root	IssueDecided	Ledningsgruppen Iris Mullsjö beslutade bifall. Motivering: Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarkraft håller utbildningen två gånger, så att all personal kan vara med.
e10f5e69-de19-8ca0-89f9-4547be4924b1	1	15062	91	2026-02-21	2026-02-21 07:00:00+00	root	IssueOpened	Ärendet ”Långsiktighet: att komma tillbaka är inget misslyckande” registrerades utifrån ett förslag från brukarrådet.
a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	2	15089	94	2026-02-24	2026-02-24 07:01:00+00	root	IssueOwnerAssigned	avdelningschef vuxenstöd blev ansvarig för ärendet.
96661704-3744-88b7-9d0e-dc54682d9af8	6	15118	96	2026-02-24	2026-02-24 07:03:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
0546ca3d-3f51-82c1-b917-bed3c32b131c	6	15128	97	2026-02-24	2026-02-24 07:04:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
5dadb650-fd99-8133-84ca-25adf2777d26	5	15139	98	2026-03-06	2026-03-06 07:00:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
5dadb650-fd99-8133-84ca-25adf2777d26	6	15149	99	2026-03-06	2026-03-06 07:01:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-11-01.
bb8f439e-8b37-8ee0-bebf-2f8044e65577	2	15182	102	2026-03-06	2026-03-06 07:04:00+00	root	IssueOwnerAssigned	enhetschef öppenvården vuxenstöd blev ansvarig för ärendet.
d9eabe15-5dcc-8643-80cb-8553de647414	1	15272	109	2026-03-11	2026-03-11 07:00:00+00	root	IssueOpened	Ärendet ”Vägvisare till de andra myndigheterna” registrerades utifrån ett förslag från brukarrådet.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	5	15289	110	2026-03-16	2026-03-16 07:00:00+00	root	IssueDecided	Ledningsgruppen vuxenstöd beslutade bifall. Motivering: Genomförandeplanen skrivs tillsammans med brukaren, med brukarens egna ord, och brukaren får alltid en egen kopia.
355bea95-3c41-812f-aa9b-9d680fab6308	4	15312	111	2026-03-26	2026-03-26 07:00:00+00	root	IssueDecided	Socialnämndens arbetsutskott beslutade delvis bifall. Motivering: Behandlingens längd bestäms efter behovet i varje ärende, inte efter en fast gräns på tre månader. Vi kan inte öka pengarna till placeringar i år, men öppenvården startar kvällsgrupper så att fler kan bo kvar hemma under behandlingen.
d9eabe15-5dcc-8643-80cb-8553de647414	2	15342	113	2026-03-26	2026-03-26 07:02:00+00	root	IssueOwnerAssigned	enhetschef utredningsgruppen blev ansvarig för ärendet.
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	4	15412	117	2026-04-05	2026-04-05 06:01:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
355bea95-3c41-812f-aa9b-9d680fab6308	7	15479	121	2026-04-10	2026-04-10 06:01:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-07-04.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	4	15522	123	2026-04-15	2026-04-15 06:00:00+00	root	IssueDecided	Ledningsgruppen vuxenstöd beslutade avslag. Motivering: Det finns inga pengar i år till en egen träffpunkt med personal. Vi hänvisar till föreningarnas öppna verksamheter och tar upp frågan igen i nästa budget.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	1	15744	137	2026-04-22	2026-04-22 06:00:00+00	root	IssueOpened	Ärendet ”Handlingsplanen görs tillsammans med brukaren” registrerades utifrån en iakttagelse i en brukarrevision.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	2	15822	141	2026-04-24	2026-04-24 06:00:00+00	root	IssueOwnerAssigned	enhetschef utredningsgruppen blev ansvarig för ärendet.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	5	15842	143	2026-04-25	2026-04-25 06:00:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet i ett brev.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	2	15851	144	2026-04-25	2026-04-25 06:01:00+00	root	IssueOwnerAssigned	sektionschef försörjningsstöd blev ansvarig för ärendet.
0546ca3d-3f51-82c1-b917-bed3c32b131c	7	15863	145	2026-04-30	2026-04-30 06:00:00+00	root	IssueImplemented	Beslutet är genomfört. Hela personalgruppen har gått Brukarkrafts utbildning i brukarinflytande.
7e9692f5-e790-89cf-b294-365505cd4edc	2	15912	148	2026-04-30	2026-04-30 06:03:00+00	root	IssueOwnerAssigned	sektionschef försörjningsstöd blev ansvarig för ärendet.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	4	15933	149	2026-05-01	2026-05-01 06:00:00+00	root	ParticipationLevelSet	Delaktighetsnivån sattes till 3 (brukarnas åsikter tas till vara). Skäl: Fokusgruppens beskrivningar ligger till grund för utbildningen, men brukarna är inte med och beslutar.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	3	15973	152	2026-05-05	2026-05-05 06:02:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	4	15991	153	2026-05-06	2026-05-06 06:00:00+00	root	ParticipationLevelSet	Delaktighetsnivån sattes till 4 (brukarna är med i besluten). Skäl: Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd, och tidsplanen bestäms tillsammans.
a55dfd13-a3b6-81e2-9ad5-3d0c60c4bc45	5	16045	157	2026-05-15	2026-05-15 06:02:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet vid ett möte.
bb8f439e-8b37-8ee0-bebf-2f8044e65577	3	16076	159	2026-05-15	2026-05-15 06:04:00+00	root	IssueWithdrawn	Ärendet drogs tillbaka. Skäl: Dialogmötet drog tillbaka förslaget: terapiformer hör till regionens psykiatri, och rådet tar upp frågan där.
d9eabe15-5dcc-8643-80cb-8553de647414	6	16094	160	2026-05-15	2026-05-15 06:05:00+00	root	IssueDecided	Ledningsgruppen försörjningsstöd beslutade bifall. Motivering: Vi gör en enkel vägvisare till myndigheterna tillsammans med frukostmötet. Både frukostmötet och brukarrevisionen tar upp samma sak, och det kostar lite att rätta till.
b4fb8f1a-5298-8f0e-8049-c60b7382c987	2	16133	162	2026-05-15	2026-05-15 06:07:00+00	root	IssueOwnerAssigned	sektionschef försörjningsstöd blev ansvarig för ärendet.
b286628e-4242-8655-8929-01921bfa8dd4	1	16179	165	2026-05-20	2026-05-20 06:00:00+00	root	IssueOpened	Ärendet ”Samma handläggare hela vägen” registrerades utifrån ett förslag från brukarrådet.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	5	16221	168	2026-05-25	2026-05-25 06:00:00+00	root	IssueDecided	Ledningsgruppen försörjningsstöd beslutade bifall. Motivering: All personal som möter brukare, från receptionen till socialsekreterarna, går en utbildning i bemötande. Varje möte ska börja och sluta med en stund vanligt samtal.
b4fb8f1a-5298-8f0e-8049-c60b7382c987	3	16244	169	2026-05-25	2026-05-25 06:01:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	7	16270	171	2026-05-30	2026-05-30 06:01:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-11-21.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	5	16285	172	2026-05-30	2026-05-30 06:02:00+00	root	IssueDecided	Ledningsgruppen försörjningsstöd beslutade bifall. Motivering: Handlingsplanen görs tillsammans: nuvarande situation, möjligheter, mål och resurser, och vad båda parter kan göra. Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	6	16339	178	2026-06-04	2026-06-04 06:04:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	7	16347	179	2026-06-04	2026-06-04 06:05:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2027-01-15.
298f4636-668a-87fe-89e1-45c4078cdf41	9	16354	180	2026-06-09	2026-06-09 06:00:00+00	root	IssueImplemented	Beslutet är genomfört. Besöksrummet på stödboendet är inrett och kan bokas alla dagar klockan 10–18.
96661704-3744-88b7-9d0e-dc54682d9af8	8	16369	182	2026-06-24	2026-06-24 06:01:00+00	root	IssueImplemented	Beslutet är genomfört. En broschyr på lätt svenska, arabiska och dari finns nu, och reglerna gås igenom muntligt vid varje inskrivning.
e10f5e69-de19-8ca0-89f9-4547be4924b1	6	16418	185	2026-07-04	2026-07-04 06:02:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-11-11.
7e9692f5-e790-89cf-b294-365505cd4edc	3	16496	189	2026-07-04	2026-07-04 06:06:00+00	root	IssuePreparationStarted	Beredningen av ärendet började.
e10f5e69-de19-8ca0-89f9-4547be4924b1	7	16618	192	2026-07-24	2026-07-24 06:00:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om beslutet i månadsbrevet.
298f4636-668a-87fe-89e1-45c4078cdf41	10	16806	198	2026-08-13	2026-08-13 06:03:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om genomförandet vid ett möte.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	6	16825	199	2026-08-18	2026-08-18 06:00:00+00	root	IssueReopened	Ärendet öppnades igen efter ett förslag från brukarrådet. Skäl: Dialogmötet tar upp samma behov igen: en öppen plats där alla är välkomna, också kvällar och helger. Frågan prövas på nytt inför den nya budgeten.
b4fb8f1a-5298-8f0e-8049-c60b7382c987	5	16889	203	2026-08-23	2026-08-23 06:03:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2027-03-01.
355bea95-3c41-812f-aa9b-9d680fab6308	10	16973	208	2026-10-02	2026-10-02 06:00:00+00	root	IssueVerified	Uppföljningen är gjord. Elva personer har gått i kvällsgrupperna; ingen av dem har behövt placeras på behandlingshem.
ae5d80fc-84b0-8df4-be5f-81c429c8f969	1	16997	209	2026-10-02	2026-10-02 06:01:00+00	root	IssueOpened	Ärendet ”Ta vara på erfarenheter: anställ personer med egen erfarenhet” registrerades utifrån ett förslag från brukarrådet.
d9eabe15-5dcc-8643-80cb-8553de647414	10	17029	212	2026-10-12	2026-10-12 06:00:00+00	root	IssueImplemented	Beslutet är genomfört. Vägvisaren finns i väntrummet och på webben, på svenska och fyra andra språk.
2278fc23-899c-8add-bc24-7a116ba6ff26	10	17064	215	2026-10-22	2026-10-22 06:02:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om genomförandet vid ett möte.
2278fc23-899c-8add-bc24-7a116ba6ff26	11	17113	218	2026-11-16	2026-11-16 07:00:00+00	root	IssueVerified	Uppföljningen är gjord. Uppföljningen med dialogmötet visar att överlämningsmötena hålls: två av tre som har bytt handläggare har haft ett sådant möte.
e10f5e69-de19-8ca0-89f9-4547be4924b1	4	16362	181	2026-06-24	2026-06-24 06:00:00+00	root	IssueDecided	Ledningsgruppen vuxenstöd beslutade bifall. Motivering: Vi tar bort målet att den som blivit drogfri inte ska komma tillbaka till oss. Att be om hjälp igen räknas inte som ett misslyckande. Alla som avslutar en insats erbjuds uppföljning efter sex och tolv månader.
355bea95-3c41-812f-aa9b-9d680fab6308	8	16374	183	2026-07-04	2026-07-04 06:00:00+00	root	IssueImplemented	Beslutet är genomfört. Öppenvården har kvällsgrupper två kvällar i veckan, och riktlinjen om högst tre månaders behandling är borttagen.
e10f5e69-de19-8ca0-89f9-4547be4924b1	5	16388	184	2026-07-04	2026-07-04 06:01:00+00	root	IssueWorkStarted	Arbetet med att genomföra beslutet började.
96661704-3744-88b7-9d0e-dc54682d9af8	9	16462	187	2026-07-04	2026-07-04 06:04:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om genomförandet vid ett möte.
7e9692f5-e790-89cf-b294-365505cd4edc	4	16525	190	2026-07-04	2026-07-04 06:07:00+00	root	ParticipationLevelSet	Delaktighetsnivån sattes till 1 (brukarna blir lyssnade på). Skäl: Brukarna har sagt sitt i fokusgruppen; frågan om resurser avgörs av nämnden i budgeten.
7e9692f5-e790-89cf-b294-365505cd4edc	5	16556	191	2026-07-04	2026-07-04 06:08:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2026-12-21.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	7	16660	193	2026-07-24	2026-07-24 06:01:00+00	root	IssueImplemented	Beslutet är genomfört. Alla socialsekreterare använder en ny mall för kallelser med tid, dagordning och rätt till paus.
355bea95-3c41-812f-aa9b-9d680fab6308	9	16783	197	2026-08-13	2026-08-13 06:02:00+00	root	FeedbackGiven	Brukarrådet fick återkoppling om genomförandet vid ett möte.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	7	16845	200	2026-08-23	2026-08-23 06:00:00+00	root	IssueDueDateSet	Ärendet ska vara klart senast 2027-01-15.
298f4636-668a-87fe-89e1-45c4078cdf41	11	16854	201	2026-08-23	2026-08-23 06:01:00+00	root	IssueVerified	Uppföljningen är gjord. Tolv besök de första tre månaderna. De boende är nöjda men vill kunna boka besök på helger; det tas upp på nästa dialogmöte.
b4fb8f1a-5298-8f0e-8049-c60b7382c987	4	16876	202	2026-08-23	2026-08-23 06:02:00+00	root	IssueDecided	Ledningsgruppen försörjningsstöd beslutade delvis bifall. Motivering: Ansökan via e-tjänst införs, så att ingen behöver komma till kontoret bara för att lämna papper. En ny ansökan behövs fortfarande varje månad, eftersom behovet ska prövas för varje period, men den som har en stabil situation kan få beslut för tre månader i taget.
2278fc23-899c-8add-bc24-7a116ba6ff26	9	16909	204	2026-09-02	2026-09-02 06:00:00+00	root	IssueImplemented	Beslutet är genomfört. Alla brukare i vuxenstöd har nu en fast kontaktperson och en ersättare. Vid byte av handläggare hålls ett gemensamt överlämningsmöte med brukaren.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	9	16945	207	2026-09-22	2026-09-22 06:00:00+00	root	IssueImplemented	Beslutet är genomfört. Den nya mallen används av alla handläggare i vuxenstöd; brukaren skriver under planen och får en egen kopia.
af0f30cc-6cc3-85d0-9744-ba4bdf0b301b	8	17017	211	2026-10-02	2026-10-02 06:03:00+00	root	IssueVerified	Uppföljningen är gjord. Frukostmötet bekräftar att kallelserna nu har tid och dagordning.
edbc98e3-6424-87e4-a36f-37fa4b03a477	2	18079	240	2026-11-30	2026-12-01 05:16:35.106538+00	scheduler	IssueReminderSent	Samordnaren fick en påminnelse: ärendet saknade ansvarig sedan 2026-04-23.
edbc98e3-6424-87e4-a36f-37fa4b03a477	3	18079	241	2026-11-30	2026-12-01 05:16:35.106538+00	scheduler	IssueReminderSent	Samordnaren fick en påminnelse: ärendet saknade beslut sedan 2026-04-23.
edbc98e3-6424-87e4-a36f-37fa4b03a477	4	18079	242	2026-11-30	2026-12-01 05:16:35.106538+00	scheduler	IssueReminderSent	Samordnaren fick en påminnelse: inget hade hänt i ärendet sedan 2026-04-23.
ae5d80fc-84b0-8df4-be5f-81c429c8f969	2	18081	244	2026-11-30	2026-12-01 05:16:35.11855+00	scheduler	IssueReminderSent	Samordnaren fick en påminnelse: ärendet saknade ansvarig sedan 2026-10-02.
ae5d80fc-84b0-8df4-be5f-81c429c8f969	3	18081	245	2026-11-30	2026-12-01 05:16:35.11855+00	scheduler	IssueReminderSent	Samordnaren fick en påminnelse: inget hade hänt i ärendet sedan 2026-10-02.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	8	18083	247	2026-11-30	2026-12-01 05:16:35.136401+00	scheduler	IssueReminderSent	avdelningschef vuxenstöd fick en påminnelse: ärendet saknade beslut sedan 2026-02-20.
300f9ca3-c65a-8a0a-80ac-ab40710cf685	9	18083	248	2026-11-30	2026-12-01 05:16:35.136401+00	scheduler	IssueReminderSent	avdelningschef vuxenstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-08-23.
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	7	18086	250	2026-11-30	2026-12-01 05:16:35.148214+00	scheduler	IssueReminderSent	behandlingsansvarig fick en påminnelse: ärendet var försenat (det skulle ha varit klart 2026-08-03).
00b1c27d-4d19-8da1-a5b5-b4ac99f2e9f6	8	18086	251	2026-11-30	2026-12-01 05:16:35.148214+00	scheduler	IssueReminderSent	behandlingsansvarig fick en påminnelse: inget hade hänt i ärendet sedan 2026-03-06.
96661704-3744-88b7-9d0e-dc54682d9af8	10	18086	252	2026-11-30	2026-12-01 05:16:35.149145+00	scheduler	IssueReminderSent	behandlingsansvarig fick en påminnelse: inget hade hänt i ärendet sedan 2026-07-04.
5dadb650-fd99-8133-84ca-25adf2777d26	7	18088	254	2026-11-30	2026-12-01 05:16:35.162789+00	scheduler	IssueReminderSent	enhetschef myndighet vuxenstöd fick en påminnelse: ärendet var försenat (det skulle ha varit klart 2026-11-01).
5dadb650-fd99-8133-84ca-25adf2777d26	8	18088	255	2026-11-30	2026-12-01 05:16:35.162789+00	scheduler	IssueReminderSent	enhetschef myndighet vuxenstöd fick en påminnelse: brukarrådet hade väntat på återkoppling sedan 2026-02-24.
5dadb650-fd99-8133-84ca-25adf2777d26	9	18088	256	2026-11-30	2026-12-01 05:16:35.162789+00	scheduler	IssueReminderSent	enhetschef myndighet vuxenstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-03-06.
e10f5e69-de19-8ca0-89f9-4547be4924b1	8	18088	257	2026-11-30	2026-12-01 05:16:35.163882+00	scheduler	IssueReminderSent	enhetschef myndighet vuxenstöd fick en påminnelse: ärendet var försenat (det skulle ha varit klart 2026-11-11).
e10f5e69-de19-8ca0-89f9-4547be4924b1	9	18088	258	2026-11-30	2026-12-01 05:16:35.163882+00	scheduler	IssueReminderSent	enhetschef myndighet vuxenstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-07-24.
c8718f45-f004-8b9c-b27a-b50c6a11e10b	8	18090	260	2026-11-30	2026-12-01 05:16:35.175337+00	scheduler	IssueReminderSent	enhetschef utredningsgruppen fick en påminnelse: inget hade hänt i ärendet sedan 2026-06-04.
d9eabe15-5dcc-8643-80cb-8553de647414	11	18090	261	2026-11-30	2026-12-01 05:16:35.177109+00	scheduler	IssueReminderSent	enhetschef utredningsgruppen fick en påminnelse: brukarrådet hade väntat på återkoppling sedan 2026-10-12.
d9eabe15-5dcc-8643-80cb-8553de647414	12	18090	262	2026-11-30	2026-12-01 05:16:35.177109+00	scheduler	IssueReminderSent	enhetschef utredningsgruppen fick en påminnelse: inget hade hänt i ärendet sedan 2026-10-12.
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	5	18095	265	2026-11-30	2026-12-01 05:16:35.222327+00	scheduler	IssueReminderSent	kvalitetssamordnare fick en påminnelse: ärendet saknade beslut sedan 2026-02-14.
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	6	18095	266	2026-11-30	2026-12-01 05:16:35.222327+00	scheduler	IssueReminderSent	kvalitetssamordnare fick en påminnelse: ärendet var försenat (det skulle ha varit klart 2026-09-02).
f793fa5b-7c2b-8d55-b74d-0c7ac59f9078	7	18095	267	2026-11-30	2026-12-01 05:16:35.222327+00	scheduler	IssueReminderSent	kvalitetssamordnare fick en påminnelse: inget hade hänt i ärendet sedan 2026-04-05.
205c830f-87d9-8cde-96f2-c0f395451e93	5	18097	269	2026-11-30	2026-12-01 05:16:35.230201+00	scheduler	IssueReminderSent	kvalitetsutvecklare vuxenstöd fick en påminnelse: ärendet saknade beslut sedan 2025-11-28.
205c830f-87d9-8cde-96f2-c0f395451e93	6	18097	270	2026-11-30	2026-12-01 05:16:35.230201+00	scheduler	IssueReminderSent	kvalitetsutvecklare vuxenstöd fick en påminnelse: ärendet var försenat (det skulle ha varit klart 2026-10-02).
205c830f-87d9-8cde-96f2-c0f395451e93	7	18097	271	2026-11-30	2026-12-01 05:16:35.230201+00	scheduler	IssueReminderSent	kvalitetsutvecklare vuxenstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-01-15.
57ec358e-14bf-88e8-92b3-d24fdae35a5d	8	18102	273	2026-11-30	2026-12-01 05:16:35.251548+00	scheduler	IssueReminderSent	sektionschef försörjningsstöd fick en påminnelse: ärendet var försenat (det skulle ha varit klart 2026-11-21).
57ec358e-14bf-88e8-92b3-d24fdae35a5d	9	18102	274	2026-11-30	2026-12-01 05:16:35.251548+00	scheduler	IssueReminderSent	sektionschef försörjningsstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-05-30.
7e9692f5-e790-89cf-b294-365505cd4edc	6	18102	275	2026-11-30	2026-12-01 05:16:35.260144+00	scheduler	IssueReminderSent	sektionschef försörjningsstöd fick en påminnelse: ärendet saknade beslut sedan 2026-04-24.
7e9692f5-e790-89cf-b294-365505cd4edc	7	18102	276	2026-11-30	2026-12-01 05:16:35.260144+00	scheduler	IssueReminderSent	sektionschef försörjningsstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-07-04.
b4fb8f1a-5298-8f0e-8049-c60b7382c987	6	18102	277	2026-11-30	2026-12-01 05:16:35.263713+00	scheduler	IssueReminderSent	sektionschef försörjningsstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-08-23.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	10	18104	279	2026-11-30	2026-12-01 05:16:35.273436+00	scheduler	IssueReminderSent	utvecklingssekreterare vuxenstöd fick en påminnelse: brukarrådet hade väntat på återkoppling sedan 2026-09-22.
3625a9f3-cfc1-82e3-ba23-1f022249ee94	11	18104	280	2026-11-30	2026-12-01 05:16:35.273436+00	scheduler	IssueReminderSent	utvecklingssekreterare vuxenstöd fick en påminnelse: inget hade hänt i ärendet sedan 2026-09-22.
\.


--
-- Data for Name: units; Type: TABLE DATA; Schema: tredjekraft; Owner: -
--

COPY tredjekraft.units (unit_id, name) FROM stdin;
87686cf7-fa6d-84ff-8701-885fa48b9dca	Vuxenstöd Lund
2788e05f-1772-8551-8779-17ffb21a45cc	Försörjningsstöd Biskopsgården
f6a99c5a-6952-8c0d-b497-f87d865a61bc	Iris Mullsjö HVB
\.


--
-- Name: events_sequence_seq; Type: SEQUENCE SET; Schema: tredjekraft; Owner: -
--

SELECT pg_catalog.setval('tredjekraft.events_sequence_seq', 297, true);


--
-- Name: action_items action_items_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.action_items
    ADD CONSTRAINT action_items_pkey PRIMARY KEY (action_item_id);


--
-- Name: certification_areas certification_areas_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.certification_areas
    ADD CONSTRAINT certification_areas_pkey PRIMARY KEY (certification_id, area);


--
-- Name: certifications certifications_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.certifications
    ADD CONSTRAINT certifications_pkey PRIMARY KEY (certification_id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (kind, key);


--
-- Name: council_meetings council_meetings_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.council_meetings
    ADD CONSTRAINT council_meetings_pkey PRIMARY KEY (meeting_id);


--
-- Name: councils councils_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.councils
    ADD CONSTRAINT councils_pkey PRIMARY KEY (council_id);


--
-- Name: digests digests_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.digests
    ADD CONSTRAINT digests_pkey PRIMARY KEY (digest_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (sequence);


--
-- Name: events events_stream_version_key; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.events
    ADD CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version);


--
-- Name: feedback_owed feedback_owed_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.feedback_owed
    ADD CONSTRAINT feedback_owed_pkey PRIMARY KEY (issue_id, council_id, occasion);


--
-- Name: findings findings_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.findings
    ADD CONSTRAINT findings_pkey PRIMARY KEY (finding_id);


--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (key);


--
-- Name: issue_sources issue_sources_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.issue_sources
    ADD CONSTRAINT issue_sources_pkey PRIMARY KEY (source_id);


--
-- Name: issue_status issue_status_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.issue_status
    ADD CONSTRAINT issue_status_pkey PRIMARY KEY (issue_id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (mail_id);


--
-- Name: policy_effects policy_effects_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.policy_effects
    ADD CONSTRAINT policy_effects_pkey PRIMARY KEY (stream_id, stream_version);


--
-- Name: projection_checkpoints projection_checkpoints_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.projection_checkpoints
    ADD CONSTRAINT projection_checkpoints_pkey PRIMARY KEY (name);


--
-- Name: proposals proposals_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.proposals
    ADD CONSTRAINT proposals_pkey PRIMARY KEY (proposal_id);


--
-- Name: revisions revisions_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.revisions
    ADD CONSTRAINT revisions_pkey PRIMARY KEY (revision_id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (component, version);


--
-- Name: streams streams_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.streams
    ADD CONSTRAINT streams_pkey PRIMARY KEY (stream_id);


--
-- Name: timeline timeline_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.timeline
    ADD CONSTRAINT timeline_pkey PRIMARY KEY (issue_id, stream_version);


--
-- Name: units units_pkey; Type: CONSTRAINT; Schema: tredjekraft; Owner: -
--

ALTER TABLE ONLY tredjekraft.units
    ADD CONSTRAINT units_pkey PRIMARY KEY (unit_id);


--
-- Name: action_items_certification_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX action_items_certification_id_idx ON tredjekraft.action_items USING btree (certification_id);


--
-- Name: action_items_due_date_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX action_items_due_date_idx ON tredjekraft.action_items USING btree (due_date);


--
-- Name: certifications_unit_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX certifications_unit_id_idx ON tredjekraft.certifications USING btree (unit_id);


--
-- Name: council_meetings_council_id_held_on_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX council_meetings_council_id_held_on_idx ON tredjekraft.council_meetings USING btree (council_id, held_on);


--
-- Name: councils_unit_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX councils_unit_id_idx ON tredjekraft.councils USING btree (unit_id);


--
-- Name: digests_digest_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX digests_digest_id_idx ON tredjekraft.digests USING btree (digest_id) WHERE ((delivered_on IS NOT NULL) AND (feedback_recorded_on IS NULL));


--
-- Name: digests_mail_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX digests_mail_id_idx ON tredjekraft.digests USING btree (mail_id);


--
-- Name: digests_month_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX digests_month_idx ON tredjekraft.digests USING btree (month);


--
-- Name: events_log_order; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX events_log_order ON tredjekraft.events USING btree (transaction_id, sequence);


--
-- Name: feedback_owed_council_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX feedback_owed_council_id_idx ON tredjekraft.feedback_owed USING btree (council_id);


--
-- Name: feedback_owed_owed_since_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX feedback_owed_owed_since_idx ON tredjekraft.feedback_owed USING btree (owed_since);


--
-- Name: findings_revision_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX findings_revision_id_idx ON tredjekraft.findings USING btree (revision_id);


--
-- Name: issue_sources_issue_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_sources_issue_id_idx ON tredjekraft.issue_sources USING btree (issue_id);


--
-- Name: issue_sources_origin_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_sources_origin_id_idx ON tredjekraft.issue_sources USING btree (origin_id);


--
-- Name: issue_status_councils_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_councils_idx ON tredjekraft.issue_status USING gin (councils);


--
-- Name: issue_status_due_date_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_due_date_idx ON tredjekraft.issue_status USING btree (due_date) WHERE (due_date IS NOT NULL);


--
-- Name: issue_status_last_event_at_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_last_event_at_idx ON tredjekraft.issue_status USING btree (last_event_at);


--
-- Name: issue_status_owner_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_owner_idx ON tredjekraft.issue_status USING btree (owner);


--
-- Name: issue_status_source_kinds_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_source_kinds_idx ON tredjekraft.issue_status USING gin (source_kinds);


--
-- Name: issue_status_status_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_status_idx ON tredjekraft.issue_status USING btree (status);


--
-- Name: issue_status_unit_id_registered_on_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_unit_id_registered_on_idx ON tredjekraft.issue_status USING btree (unit_id, registered_on);


--
-- Name: issue_status_unit_id_status_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX issue_status_unit_id_status_idx ON tredjekraft.issue_status USING btree (unit_id, status);


--
-- Name: outbox_next_attempt_at_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX outbox_next_attempt_at_idx ON tredjekraft.outbox USING btree (next_attempt_at) WHERE (next_attempt_at IS NOT NULL);


--
-- Name: outbox_state_queued_at_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX outbox_state_queued_at_idx ON tredjekraft.outbox USING btree (state, queued_at);


--
-- Name: policy_effects_certification_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX policy_effects_certification_id_idx ON tredjekraft.policy_effects USING btree (certification_id);


--
-- Name: policy_effects_issue_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX policy_effects_issue_id_idx ON tredjekraft.policy_effects USING btree (issue_id);


--
-- Name: policy_effects_kind_sent_on_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX policy_effects_kind_sent_on_idx ON tredjekraft.policy_effects USING btree (kind, sent_on);


--
-- Name: proposals_council_id_idx; Type: INDEX; Schema: tredjekraft; Owner: -
--

CREATE INDEX proposals_council_id_idx ON tredjekraft.proposals USING btree (council_id);


--
-- Name: events events_only_through_append_events; Type: TRIGGER; Schema: tredjekraft; Owner: -
--

CREATE TRIGGER events_only_through_append_events BEFORE INSERT ON tredjekraft.events FOR EACH STATEMENT EXECUTE FUNCTION tredjekraft.refuse_direct_event_writes();


--
-- PostgreSQL database dump complete
--

\unrestrict gNY3Cie0DrJLwcKKLqcjUJmpVH8yQmswgZlbZkQNdm0xLNOwVrGzcQcq4IJGLom

