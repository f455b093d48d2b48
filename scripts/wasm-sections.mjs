// Reading and writing the parts of a wasm binary that
// scripts/shorten-imports.mjs rewrites and scripts/wasm-owners.mjs measures.

/**
 * The sections of the wasm module `bytes`, in order: each one's id and the
 * offsets where it starts (at its id), where its body starts and where it
 * ends. Throws if `bytes` is not a wasm module.
 */
export function* sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    yield { id, header: at, start, end: start + size };
    at = start + size;
  }
}

/** Reads an unsigned LEB128 at `offset`: [value, next offset]. */
export function readLeb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, offset];
  }
}

/** Reads a name (its UTF-8 length, then its bytes) at `offset`: [name, next offset]. */
export function readName(bytes, offset) {
  const [length, start] = readLeb(bytes, offset);
  return [Buffer.from(bytes.buffer, bytes.byteOffset + start, length).toString("utf8"), start + length];
}

/** `value` as an unsigned LEB128. */
export function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A section as the binary format writes it: its id, its body's length, its body. */
export const encodeSection = (id, body) => Buffer.concat([Buffer.from([id]), leb(body.length), body]);

/** A name as the binary format writes it (see `readName`). */
export const encodeName = (name) => {
  const bytes = Buffer.from(name, "utf8");
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** Skips one import description (after its kind byte); returns the next offset. */
export function skipImportDesc(bytes, kind, offset) {
  const skipLimits = (at) => {
    const flags = bytes[at++];
    [, at] = readLeb(bytes, at);
    if (flags & 1) [, at] = readLeb(bytes, at);
    return at;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(bytes, offset)[1];
    case 1: // table: reference type, limits
      return skipLimits(offset + 1);
    case 2: // memory: limits
      return skipLimits(offset);
    case 3: // global: value type, mutability
      return offset + 2;
    case 4: // tag: attribute, type index
      return readLeb(bytes, offset + 1)[1];
    default:
      throw new Error(`unknown import kind ${kind}`);
  }
}

/** The wasm features rustc's wasm32 target enables, as wasm-opt flags. */
export const WASM_FEATURES = [
  "bulk-memory",
  "nontrapping-float-to-int",
  "sign-ext",
  "mutable-globals",
  "reference-types",
  "multivalue",
].map((feature) => `--enable-${feature}`);

/** An export section's `body` with each export renamed to `rename(name)`: { body }. */
export function rewriteExports(body, rename) {
  let [count, at] = readLeb(body, 0);
  const parts = [leb(count)];
  for (let i = 0; i < count; i++) {
    let name;
    [name, at] = readName(body, at);
    const descStart = at;
    [, at] = readLeb(body, at + 1); // kind, then index
    parts.push(encodeName(rename(name)), body.subarray(descStart, at));
  }
  if (at !== body.length) throw new Error("the export section has bytes after its last export");
  return { body: Buffer.concat(parts) };
}
