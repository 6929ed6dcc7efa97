#!/usr/bin/env node
// `npx sitevisit <command>`: runs the TypeScript CLI (cli/main.ts) through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
