import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverRoot } from './paths.ts';

/** The product version: the repository's root package.json. */
export const productVersion: string = (
  JSON.parse(readFileSync(join(serverRoot, '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;
