import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  WriteConflict,
  WriteRefused,
  checkWritable,
  removeLeftovers,
  writeFileAtomic
} from "./chunk-FXI7BCZW.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-SA2IJZVG.js";
export {
  WriteConflict,
  WriteRefused,
  checkWritable,
  removeLeftovers,
  writeFileAtomic
};
