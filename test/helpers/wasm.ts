// Broken policies for fault tests: a compiled policy whose evaluation traps, made by rewriting the real
// policy.wasm so that the functions it exports for evaluation start with `unreachable`. Loading still works
// (the module validates and its other exports run), so the trap happens where it would hurt: mid-judgement.

function readU32(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++]!;
    value |= (b & 0x7f) << shift;
    if (!(b & 0x80)) return { value: value >>> 0, next: at };
    shift += 7;
  }
}

function u32(value: number): number[] {
  const out: number[] = [];
  do {
    let b = value & 0x7f;
    value >>>= 7;
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return out;
}

function name(bytes: Uint8Array, at: number): { value: string; next: number } {
  const len = readU32(bytes, at);
  return { value: new TextDecoder().decode(bytes.subarray(len.next, len.next + len.value)), next: len.next + len.value };
}

/** `wasm` with `unreachable` as the first instruction of each exported function named in `exports`. */
export function trapOnExports(wasm: Uint8Array, exports: string[]): Uint8Array {
  const sections: { id: number; body: Uint8Array }[] = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at]!;
    const size = readU32(wasm, at + 1);
    sections.push({ id, body: wasm.subarray(size.next, size.next + size.value) });
    at = size.next + size.value;
  }
  // Function indices count imported functions first.
  let imported = 0;
  const importSection = sections.find((s) => s.id === 2);
  if (importSection) {
    const b = importSection.body;
    let p = readU32(b, 0);
    const count = p.value;
    let q = p.next;
    for (let i = 0; i < count; i++) {
      q = name(b, q).next;
      q = name(b, q).next;
      const kind = b[q++]!;
      if (kind === 0) {
        imported++;
        q = readU32(b, q).next;
      } else if (kind === 1) {
        q++; // reftype
        const flags = b[q++]!;
        q = readU32(b, q).next;
        if (flags & 1) q = readU32(b, q).next;
      } else if (kind === 2) {
        const flags = b[q++]!;
        q = readU32(b, q).next;
        if (flags & 1) q = readU32(b, q).next;
      } else if (kind === 3) {
        q += 2; // valtype, mutability
      } else {
        throw new Error(`unknown import kind ${kind}`);
      }
      p = { value: 0, next: q };
    }
  }
  const targets = new Set<number>();
  const exportSection = sections.find((s) => s.id === 7)!;
  {
    const b = exportSection.body;
    const count = readU32(b, 0);
    let q = count.next;
    for (let i = 0; i < count.value; i++) {
      const n = name(b, q);
      const kind = b[n.next]!;
      const index = readU32(b, n.next + 1);
      if (kind === 0 && exports.includes(n.value)) targets.add(index.value - imported);
      q = index.next;
    }
  }
  if (targets.size !== exports.length) throw new Error(`not every export was found: ${exports.join(", ")}`);
  const code = sections.find((s) => s.id === 10)!;
  const b = code.body;
  const count = readU32(b, 0);
  let q = count.next;
  const bodies: Uint8Array[] = [Uint8Array.from(u32(count.value))];
  for (let i = 0; i < count.value; i++) {
    const size = readU32(b, q);
    const body = b.subarray(size.next, size.next + size.value);
    q = size.next + size.value;
    if (!targets.has(i)) {
      bodies.push(Uint8Array.from(u32(body.length)), body);
      continue;
    }
    // Locals come first (a vector of (count, type)); the instructions after them get `unreachable` (0x00) in front.
    const locals = readU32(body, 0);
    let l = locals.next;
    for (let k = 0; k < locals.value; k++) l = readU32(body, l).next + 1;
    const patched = Buffer.concat([body.subarray(0, l), Uint8Array.of(0x00), body.subarray(l)]);
    bodies.push(Uint8Array.from(u32(patched.length)), patched);
  }
  code.body = Buffer.concat(bodies);
  const out: Uint8Array[] = [wasm.subarray(0, 8)];
  for (const s of sections) out.push(Uint8Array.of(s.id, ...u32(s.body.length)), s.body);
  return Buffer.concat(out);
}
