/** How each accepted logo format begins: PNG's whole eight-byte signature, JPEG's start-of-image marker. */
const IMAGE_SIGNATURES: ReadonlyArray<
  [contentType: 'image/png' | 'image/jpeg', signature: readonly number[]]
> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** How many of a file's first bytes `imageTypeOf` needs. */
export const IMAGE_SIGNATURE_BYTES = Math.max(...IMAGE_SIGNATURES.map(([, signature]) => signature.length));

/**
 * The image type a file's first bytes begin, whatever its name or declared type say, or null when they begin
 * neither. One check for the form (before sending) and the mock API (on receipt), so both refuse the same files.
 */
export function imageTypeOf(head: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const match = IMAGE_SIGNATURES.find(([, signature]) => signature.every((byte, i) => head[i] === byte));
  return match ? match[0] : null;
}
