import { z } from 'zod';

// Zod compiles fast object validators with `new Function`, which the Content-Security-Policy forbids
// (no 'unsafe-eval'); even its probe for that is reported as a CSP violation. Zod decides when a schema
// is created, so this module must be evaluated before any schema module: main.tsx imports it first.
z.config({ jitless: true });
