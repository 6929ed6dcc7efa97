/** Writes public/tour.schema.json from the zod schema, so editors complete and check tour files. */
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { Tour } from '../src/tour/schema';

const out = process.argv[2] ?? 'public/tour.schema.json';
const schema = {
  ...z.toJSONSchema(Tour, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://sitevisit.example/tour.schema.json',
  title: 'sitevisit tour',
  description: 'A sitevisit tour manifest (generated from src/tour/schema.ts; do not edit by hand).',
};
writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${out}`);
