import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/cli/io.ts
function batchedWriter(stream) {
  let batch = "";
  return {
    add(text) {
      batch += text;
      if (batch.length < 65536) return void 0;
      const flushed = stream.write(batch);
      batch = "";
      return flushed === false && stream.once ? new Promise((resume) => stream.once("drain", resume)) : void 0;
    },
    flush() {
      if (batch !== "") stream.write(batch);
      batch = "";
    }
  };
}
async function writeAll(stream, chunks) {
  const out = batchedWriter(stream);
  for (const chunk of chunks) await out.add(chunk);
  out.flush();
}
function isoDate(d) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export {
  batchedWriter,
  writeAll,
  isoDate
};
