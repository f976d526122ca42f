import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  openFileAtomic
} from "./chunk-LLK3OUGP.js";

// src/cli/io.ts
var BATCH_BYTES = 65536;
function batchedWriter(stream) {
  let buffer = Buffer.allocUnsafe(BATCH_BYTES);
  let used = 0;
  const drained = (flushed) => flushed === false && stream.once ? new Promise((resume) => stream.once("drain", resume)) : void 0;
  const writeBatch = () => {
    if (used === 0) return true;
    const flushed = stream.write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(BATCH_BYTES);
    used = 0;
    return flushed;
  };
  return {
    add(text) {
      if (used + text.length * 3 <= BATCH_BYTES) {
        used += buffer.write(text, used);
        return void 0;
      }
      const bytes = Buffer.byteLength(text);
      if (used + bytes <= BATCH_BYTES) {
        used += buffer.write(text, used);
        return used < BATCH_BYTES ? void 0 : drained(writeBatch());
      }
      const flushed = writeBatch();
      if (bytes >= BATCH_BYTES) return drained(stream.write(text) === false || flushed === false ? false : true);
      used = buffer.write(text, 0);
      return drained(flushed);
    },
    flush() {
      writeBatch();
    }
  };
}
async function writeAll(stream, ...lists) {
  const out = batchedWriter(stream);
  for (const chunks of lists) for (const chunk of chunks) await out.add(chunk);
  out.flush();
}
async function writeFileChunks(path, chunks, shown) {
  const file = openFileAtomic(path, { shown });
  try {
    await writeAll(file, chunks);
    file.commit();
  } finally {
    file.abort();
  }
}
function isoDate(d) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export {
  batchedWriter,
  writeAll,
  writeFileChunks,
  isoDate
};
