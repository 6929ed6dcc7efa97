/**
 * The schema's history, applied in order by Kysely's Migrator at start-up
 * under a lock, so processes starting together apply each step once (PostgreSQL:
 * Kysely's own; SQLite: open.ts runs the Migrator inside BEGIN IMMEDIATE).
 * Only DDL both engines read alike: text, integer, bigint, checks, foreign
 * keys. Never edit a migration that has shipped: add the next one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const visits001: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('visits')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('tours', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'bigint', (c) => c.notNull())
      .addColumn('ends_at', 'bigint', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity > 0`))
      .addColumn('languages', 'text', (c) => c.notNull())
      .addColumn('meeting_url', 'text')
      .addColumn('registration_deadline', 'bigint')
      .addColumn('live_code', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('visits_starts_at').on('visits').column('starts_at').execute();

    await db.schema
      .createTable('visit_speakers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text')
      .addColumn('tour', 'text')
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .execute();
    await db.schema.createIndex('visit_speakers_visit').on('visit_speakers').column('visit_id').execute();

    await db.schema
      .createTable('registrations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('confirmed', 'waiting')`))
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('consented_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('reminded_at', 'bigint')
      .addUniqueConstraint('registrations_visit_email', ['visit_id', 'email'])
      .addUniqueConstraint('registrations_visit_seq', ['visit_id', 'seq'])
      .execute();
    await db.schema.createIndex('registrations_email').on('registrations').column('email').execute();

    await db.schema
      .createTable('attendance')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
      .addColumn('joined_at', 'bigint', (c) => c.notNull())
      .addColumn('left_at', 'bigint')
      .execute();
    await db.schema.createIndex('attendance_registration').on('attendance').column('registration_id').execute();
  },
};

/** The live part of a visit: doors, follow-up mark, questions and their votes, hands, polls and their votes. */
const visitLive002: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('visits').addColumn('doors_opened_at', 'bigint').execute();
    await db.schema.alterTable('registrations').addColumn('followed_up_at', 'bigint').execute();
    // Every handshake to a live session asks whether it runs a visit.
    await db.schema.createIndex('visits_live_code').on('visits').column('live_code').execute();

    await db.schema
      .createTable('visit_questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
      .addColumn('registration_id', 'text', (c) => c.references('registrations.id').onDelete('set null'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('tour', 'text', (c) => c.notNull())
      .addColumn('scene', 'text', (c) => c.notNull())
      .addColumn('view', 'text', (c) => c.notNull())
      .addColumn('card', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'answered', 'hidden')`))
      .addColumn('votes', 'integer', (c) => c.notNull().check(sql`votes >= 0`))
      .addColumn('asked_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('visit_questions_visit').on('visit_questions').column('visit_id').execute();
    await db.schema.createIndex('visit_questions_registration').on('visit_questions').column('registration_id').execute();

    await db.schema
      .createTable('visit_question_votes')
      .addColumn('question_id', 'text', (c) => c.notNull().references('visit_questions.id').onDelete('cascade'))
      .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('visit_question_votes_key', ['question_id', 'registration_id'])
      .execute();
    await db.schema.createIndex('visit_question_votes_registration').on('visit_question_votes').column('registration_id').execute();

    await db.schema
      .createTable('visit_hands')
      .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
      .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
      .addColumn('raised_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('visit_hands_key', ['visit_id', 'registration_id'])
      .execute();

    await db.schema
      .createTable('visit_polls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('options', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'bigint', (c) => c.notNull())
      .addColumn('closed_at', 'bigint')
      .execute();
    await db.schema.createIndex('visit_polls_visit').on('visit_polls').column('visit_id').execute();

    await db.schema
      .createTable('visit_poll_votes')
      .addColumn('poll_id', 'text', (c) => c.notNull().references('visit_polls.id').onDelete('cascade'))
      .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
      .addColumn('choice', 'integer', (c) => c.notNull().check(sql`choice >= 0`))
      .addPrimaryKeyConstraint('visit_poll_votes_key', ['poll_id', 'registration_id'])
      .execute();
    await db.schema.createIndex('visit_poll_votes_registration').on('visit_poll_votes').column('registration_id').execute();
  },
};

/**
 * When a visit was closed (End visit, or by itself at its end plus the overrun grace). Visits whose end had
 * passed when this step ran are marked closed then, so the closing timers leave the history alone.
 */
const visitEnded003: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('visits').addColumn('ended_at', 'bigint').execute();
    await sql`update visits set ended_at = ends_at where ends_at <= ${Date.now()}`.execute(db);
    // The closing timers look for visits not closed yet, by their end.
    await db.schema.createIndex('visits_open_by_end').on('visits').columns(['ended_at', 'ends_at']).execute();
  },
};

/**
 * A visit's own overrun grace in minutes (0–240), chosen when it was scheduled; null (every visit scheduled
 * before this step, and those scheduled without one) follows the site's VISIT_OVERRUN_MINUTES.
 */
const visitOverrun004: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('visits')
      .addColumn('overrun_minutes', 'integer', (c) => c.check(sql`overrun_minutes between 0 and 240`))
      .execute();
  },
};

/** Every migration by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  '001_visits': visits001,
  '002_visit_live': visitLive002,
  '003_visit_ended': visitEnded003,
  '004_visit_overrun': visitOverrun004,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
