// Shift_JIS (Windows-31J) bytes, as Excel's 「CSV (コンマ区切り)」 saves them. Node can decode Shift_JIS but not encode
// it, so the table is built once by decoding every sequence, as the WHATWG encoder chooses: the lowest sequence of
// each character, skipping the NEC-selected IBM extension rows ED and EE (their characters have IBM codes, FA–FC).

let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const built = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if ((lead > 0x9f && lead < 0xe0) || lead === 0xed || lead === 0xee) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      let char: string;
      try {
        char = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if ([...char].length === 1 && !built.has(char)) built.set(char, [lead, trail]);
    }
  }
  for (let b = 0xa1; b <= 0xdf; b++) built.set(decoder.decode(Uint8Array.of(b)), [b]);
  return built;
}

export function encodeShiftJis(text: string): Buffer {
  table ??= build();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const encoded = table.get(char);
    if (!encoded) throw new Error(`「${char}」 has no Shift_JIS encoding`);
    bytes.push(...encoded);
  }
  return Buffer.from(bytes);
}
