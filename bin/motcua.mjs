#!/usr/bin/env node
// Entry point of `npx motcua`: runs the TypeScript sources through tsx (see docs/adr/0004).
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli.ts');
