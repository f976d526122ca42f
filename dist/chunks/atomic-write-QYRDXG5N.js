import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  WriteConflict,
  WriteRefused,
  checkWritable,
  openFileAtomic,
  removeLeftovers,
  writeFileAtomic
} from "./chunk-LLK3OUGP.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-SA2IJZVG.js";
export {
  WriteConflict,
  WriteRefused,
  checkWritable,
  openFileAtomic,
  removeLeftovers,
  writeFileAtomic
};
