// @ts-check
/* Reading Chromium's LevelDB table files for scripts/wtr-profile-plugin.mjs: no parser is a dependency here, and the format is small. */
/** A varint at `pos`: [value, next position]. */
function varint(/** @type {Buffer} */ bytes, /** @type {number} */ pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[pos++];
    if (byte === undefined) throw new Error('varint past the end');
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, pos];
    shift += 7;
  }
}

/** Snappy's raw format, as LevelDB compresses its table blocks. */
function unsnappy(/** @type {Buffer} */ input) {
  let [length, pos] = varint(input, 0);
  const out = Buffer.alloc(length);
  let at = 0;
  while (pos < input.length) {
    const tag = input[pos++];
    const kind = tag & 3;
    if (kind === 0) {
      let len = tag >>> 2;
      if (len >= 60) {
        const extra = len - 59;
        len = input.readUIntLE(pos, extra);
        pos += extra;
      }
      len += 1;
      input.copy(out, at, pos, pos + len);
      pos += len;
      at += len;
      continue;
    }
    let len;
    let offset;
    if (kind === 1) {
      len = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | input[pos++];
    } else if (kind === 2) {
      len = (tag >>> 2) + 1;
      offset = input.readUInt16LE(pos);
      pos += 2;
    } else {
      len = (tag >>> 2) + 1;
      offset = input.readUInt32LE(pos);
      pos += 4;
    }
    for (let i = 0; i < len; i++, at++) out[at] = out[at - offset];
  }
  return out;
}

/** The block at a handle, uncompressed (its trailer's first byte says how it is stored). */
function block(
  /** @type {Buffer} */ table,
  /** @type {number} */ offset,
  /** @type {number} */ size,
) {
  const raw = table.subarray(offset, offset + size);
  return table[offset + size] === 1 ? unsnappy(raw) : raw;
}

/**
 * Every block of a LevelDB table file (`.ldb`/`.sst`), uncompressed and joined: Chromium's
 * IndexedDB compacts its journal into these, and Snappy can cut a repeated string into a
 * back-reference that a byte search would miss.
 */
export function leveldbTableText(/** @type {Buffer} */ table) {
  const footer = table.subarray(table.length - 48);
  let [, pos] = varint(footer, 0); // metaindex offset
  [, pos] = varint(footer, pos); // metaindex size
  const [indexOffset, next] = varint(footer, pos);
  const [indexSize] = varint(footer, next);
  const index = block(table, indexOffset, indexSize);
  const restarts = index.readUInt32LE(index.length - 4);
  const end = index.length - 4 - restarts * 4;
  const parts = [];
  let at = 0;
  while (at < end) {
    let shared;
    let unshared;
    let valueLength;
    [shared, at] = varint(index, at);
    [unshared, at] = varint(index, at);
    [valueLength, at] = varint(index, at);
    void shared;
    at += unshared;
    const [offset, p] = varint(index, at);
    const [size] = varint(index, p);
    parts.push(block(table, offset, size));
    at += valueLength;
  }
  return Buffer.concat(parts);
}
