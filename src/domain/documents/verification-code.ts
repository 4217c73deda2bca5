/**
 * Public verification codes of issued documents: 12 characters of Crockford base32 (60 random bits,
 * no I, L, O or U), printed as XXXX-XXXX-XXXX beside the QR code. Reading one back forgives what
 * people and OCR get wrong: case, hyphens and spaces, O for 0, I or L for 1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 12;

/** A code from at least 8 random bytes (the caller supplies them: the domain does no I/O). */
export function verificationCodeFrom(random: Uint8Array): string {
  if (random.length < 8) throw new Error('Cần ít nhất 8 byte ngẫu nhiên');
  let bits = 0n;
  for (const b of random.subarray(0, 8)) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out;
}

/** The canonical code for what someone typed or scanned, or null when it cannot be one. */
export function normaliseVerificationCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s\-–.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== VERIFICATION_CODE_LENGTH) return null;
  for (const c of s) if (!ALPHABET.includes(c)) return null;
  return s;
}

export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}
