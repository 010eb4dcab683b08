import { describe, expect, it } from 'vitest';
import { checkBundleFileShape, checkBundleText, MAX_BUNDLE_BYTES } from './bundle-file.ts';

describe('choosing a bundle file', () => {
  it('takes a .json file of up to 32 MiB', () => {
    expect(checkBundleFileShape({ name: 'export.JSON', size: MAX_BUNDLE_BYTES })).toBeNull();
    expect(checkBundleFileShape({ name: 'export.json', size: MAX_BUNDLE_BYTES + 1 })).toBe(
      'This file is 32.0 MiB; the most that can be imported at once is 32 MiB',
    );
    expect(checkBundleFileShape({ name: 'export.xml', size: 100 })).toBe('Choose a .json file');
    expect(checkBundleFileShape({ name: 'export.json', size: 0 })).toBe('This file is empty');
    expect(checkBundleFileShape(null)).toBe('Choose a file to import');
  });

  it('catches a file that holds no FHIR Bundle before uploading it', () => {
    expect(checkBundleText('{"resourceType":"Bundle","type":"transaction","entry":[]}')).toBeNull();
    expect(checkBundleText('{"resourceType":"Patient"}')).toBe(
      'This file holds no FHIR Bundle (its resourceType is not "Bundle")',
    );
    expect(checkBundleText('{"resourceType":')).toBe('This file is not valid JSON');
    expect(checkBundleText('[]')).toBe('This file holds no FHIR Bundle (its resourceType is not "Bundle")');
  });
});
