import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName, sniff } from '../../src/domain/files';

describe('file sniffing and names', () => {
  it('never throws and never accepts random bytes that lack a known signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = sniff(bytes);
        if (r.ok) {
          const head = Array.from(bytes.slice(0, 4));
          const known = [[0x25, 0x50, 0x44, 0x46], [0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a], [0x50, 0x4b, 0x03, 0x04]];
          expect(known.some((sig) => sig.every((x, i) => head[i] === x))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('strips paths and control characters from names', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = safeFileName(s);
        // eslint-disable-next-line no-control-regex -- asserting control characters are gone
        expect(n).not.toMatch(/[\\/\u0000-\u001f"]/);
        expect(n.length).toBeGreaterThan(0);
        expect(n.length).toBeLessThanOrEqual(200);
      }),
    );
    expect(safeFileName('..\\..\\windows\\Tờ khai.docx')).toBe('Tờ khai.docx');
    expect(safeFileName('../')).toBe('tep-tin');
  });
});
