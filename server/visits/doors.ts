/** A visit's doors: closed until a speaker opens them (once; opening again changes nothing). */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';

export async function openDoorsInDb(db: Kysely<Database>, visitId: string, now: Date): Promise<void> {
  await db.updateTable('visits').set({ doors_opened_at: now.getTime() }).where('id', '=', visitId).where('doors_opened_at', 'is', null).execute();
}
