/**
 * The tables of the visits database, as Kysely sees them: one description for
 * both engines (SQLite embedded, PostgreSQL with DATABASE_URL). Only types
 * both store alike: text, integers, and times as `bigint` milliseconds since
 * 1970 (UTC), which both drivers hand back as numbers (open.ts tells pg to).
 */
import type { Insertable, Selectable } from 'kysely';

/** Milliseconds since 1970-01-01 UTC. */
type Millis = number;

export interface VisitsTable {
  /** Random UUID: the organizer's handle (`/visits/<id>`). */
  id: string;
  /** Short public code (`/v/<code>`), unique. */
  code: string;
  title: string;
  /** JSON array of tour ids, in visiting order. */
  tours: string;
  starts_at: Millis;
  ends_at: Millis;
  /** IANA zone the organizer scheduled in (shown beside the guest's own). */
  time_zone: string;
  duration_minutes: number;
  capacity: number;
  /** JSON array of language codes offered to guests. */
  languages: string;
  meeting_url: string | null;
  registration_deadline: Millis | null;
  /** The live session that runs the visit, once the live part has opened one. */
  live_code: string | null;
  /** When a speaker opened the doors (guests held in the lobby enter), or null: closed. */
  doors_opened_at: Millis | null;
  /** When the visit was closed (a speaker's End visit, or by itself at its end plus the overrun grace), or null: not yet. */
  ended_at: Millis | null;
  /** Minutes it may run past its end before it closes by itself (0–240), or null: the site's VISIT_OVERRUN_MINUTES. */
  overrun_minutes: number | null;
  /** The origin the visit's links were made for (PUBLIC_URL or the organizer's Host): e-mails sent later use it. */
  origin: string;
  created_at: Millis;
}

export interface VisitSpeakersTable {
  id: string;
  visit_id: string;
  /** Order in which speakers were given. */
  position: number;
  name: string;
  organisation: string | null;
  /** For a multi-site visit: the tour this speaker presents. */
  tour: string | null;
  /** SHA-256 of the presenter secret (the secret itself is only ever in the link). */
  key_hash: string;
}

export type RegistrationStatus = 'confirmed' | 'waiting';

export interface RegistrationsTable {
  id: string;
  /** Order of registration within the visit (1, 2, …): the waiting list moves up in this order. */
  seq: number;
  visit_id: string;
  /** Lower-cased: one registration per address and visit. */
  email: string;
  name: string;
  organisation: string | null;
  language: string;
  status: RegistrationStatus;
  /** SHA-256 of the guest's personal link secret. */
  key_hash: string;
  consented_at: Millis;
  created_at: Millis;
  /** Set when the reminder e-mail was claimed for sending (at most one per registration). */
  reminded_at: Millis | null;
  /** Set when the follow-up e-mail was claimed for sending (at most one per registration). */
  followed_up_at: Millis | null;
}

export interface AttendanceTable {
  id: string;
  registration_id: string;
  joined_at: Millis;
  left_at: Millis | null;
}

export type QuestionStatus = 'open' | 'answered' | 'hidden';

export interface VisitQuestionsTable {
  id: string;
  visit_id: string;
  /** The guest who asked; null once their registration is deleted (the question stays, without them). */
  registration_id: string | null;
  text: string;
  tour: string;
  scene: string;
  /** JSON of the shared `View`. */
  view: string;
  card: string | null;
  status: QuestionStatus;
  votes: number;
  asked_at: Millis;
}

/** One row per vote: the key (question, registration) makes a second vote a conflict. */
export interface VisitQuestionVotesTable {
  question_id: string;
  registration_id: string;
}

export interface VisitHandsTable {
  visit_id: string;
  registration_id: string;
  raised_at: Millis;
}

export interface VisitPollsTable {
  id: string;
  visit_id: string;
  question: string;
  /** JSON array of the option texts. */
  options: string;
  opened_at: Millis;
  closed_at: Millis | null;
}

export interface VisitPollVotesTable {
  poll_id: string;
  registration_id: string;
  choice: number;
}

export interface Database {
  visits: VisitsTable;
  visit_speakers: VisitSpeakersTable;
  registrations: RegistrationsTable;
  attendance: AttendanceTable;
  visit_questions: VisitQuestionsTable;
  visit_question_votes: VisitQuestionVotesTable;
  visit_hands: VisitHandsTable;
  visit_polls: VisitPollsTable;
  visit_poll_votes: VisitPollVotesTable;
}

export type VisitRow = Selectable<VisitsTable>;
export type NewVisitRow = Insertable<VisitsTable>;
export type RegistrationRow = Selectable<RegistrationsTable>;
export type SpeakerRow = Selectable<VisitSpeakersTable>;
