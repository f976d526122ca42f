import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3VKN5XRU.js";

// src/io/files/atomic-write.ts
import { accessSync, closeSync, constants, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
var WriteRefused = class extends UsageError {
};
var WriteConflict = class extends Error {
};
var LEFTOVER = /^\..+\.kam-(\d+)-[0-9a-f]{8}\.tmp$|^\..+\.kam-lock$/;
var STALE_LOCK_MS = 6e4;
function alive(pid) {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function lockIsStale(lock) {
  try {
    const pid = Number(readFileSync(lock, "utf8").trim());
    if (pid === process.pid) return false;
    return !alive(pid) || Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false;
  }
}
function removeLeftovers(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = LEFTOVER.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const stale = m[1] !== void 0 ? Number(m[1]) !== process.pid && !alive(Number(m[1])) : lockIsStale(path);
    if (stale) rmSync(path, { force: true });
  }
}
function acquireLock(lock, shown) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, "wx", 384);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      if (attempt === 0 && lockIsStale(lock)) rmSync(lock, { force: true });
    }
  }
  throw new WriteConflict(`${shown} is being written by another kam right now; nothing was written. Run the command again once it has finished.`);
}
function unchanged(path, expected) {
  let current;
  try {
    current = readFileSync(path);
  } catch (e) {
    if (e.code === "ENOENT") return expected === null;
    throw e;
  }
  return expected !== null && current.equals(expected);
}
function modeFor(path, shown) {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new WriteRefused(`${shown} is a symbolic link; write to its target instead`);
    if (stat.isDirectory()) throw new WriteRefused(`${shown} is a folder; give the name of a file to write`);
    if (!stat.isFile()) throw new WriteRefused(`${shown} is not a regular file (a device, a pipe or a socket); give the name of a file to write`);
    return stat.mode & 4095;
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    if (e.code !== "ENOENT") throw cannotWrite(e, shown);
    return 420;
  }
}
function checkWritable(path, shown = path) {
  modeFor(path, shown);
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw cannotWrite(e, shown);
  }
}
function writeFileAtomic(path, content, options = {}) {
  const file = openFileAtomic(path, options);
  try {
    file.write(content);
  } catch (e) {
    file.abort();
    throw e;
  }
  file.commit();
}
function openFileAtomic(path, options = {}) {
  const shown = options.shown ?? path;
  const mode = modeFor(path, shown);
  const dir = dirname(path);
  removeLeftovers(dir);
  const temp = join(dir, `.${basename(path)}.kam-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd;
  let done = false;
  const abort = () => {
    if (done) return;
    done = true;
    if (fd !== void 0) closeSync(fd);
    fd = void 0;
    rmSync(temp, { force: true });
  };
  const failed = (e) => {
    abort();
    return cannotWrite(e, shown);
  };
  try {
    fd = openSync(temp, "wx", mode);
  } catch (e) {
    throw failed(e);
  }
  return {
    write(chunk) {
      if (fd === void 0) throw new Error(`${shown}: write after commit or abort`);
      try {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (e) {
        throw failed(e);
      }
      return true;
    },
    commit() {
      if (fd === void 0) throw new Error(`${shown}: commit after commit or abort`);
      try {
        fsyncSync(fd);
        closeSync(fd);
        fd = void 0;
        if (options.expect === void 0) {
          modeFor(path, shown);
          renameSync(temp, path);
          done = true;
          return;
        }
        const release = acquireLock(join(dir, `.${basename(path)}.kam-lock`), shown);
        try {
          if (!unchanged(path, options.expect)) {
            throw new WriteConflict(options.expect === null ? `${shown} was created by someone else while kam was working; nothing was written. Run the command again.` : `${shown} changed since kam read it (another kam, or an editor); nothing was written. Run the command again to start from the file as it is now.`);
          }
          renameSync(temp, path);
          done = true;
        } finally {
          release();
        }
      } catch (e) {
        throw failed(e);
      }
    },
    abort
  };
}
function cannotWrite(e, shown) {
  const code = e.code;
  if (e instanceof WriteRefused || e instanceof WriteConflict || typeof code !== "string") return e;
  const why = { ENOENT: "no such folder", EACCES: "permission denied", EPERM: "permission denied", EROFS: "read-only file system", ENOSPC: "no space left on the device", EISDIR: "it is a folder", ENOTDIR: "a part of the path is not a folder", ENAMETOOLONG: "the name is too long" }[code];
  return new WriteRefused(`cannot write ${shown} (${why ? `${why}, ` : ""}${code})`);
}

export {
  WriteRefused,
  WriteConflict,
  removeLeftovers,
  checkWritable,
  writeFileAtomic,
  openFileAtomic
};
