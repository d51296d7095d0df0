/** CSV files from Chinese Excel/WPS are often GB18030 (GBK), not UTF-8: decode whichever fits. */

export function decodeText(bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, what 另存为 CSV produces.
    return new TextDecoder('gb18030').decode(body);
  }
}
