import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
} from "./chunk-3MD37SGK.js";
import "./chunk-JMEENXHA.js";
import "./chunk-I5XYLVYA.js";
import "./chunk-JMTYS2QR.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
};
