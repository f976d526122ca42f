import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  eventText,
  formatHistoryText,
  trailLetters
} from "./chunk-44XWSMYS.js";
import "./chunk-O2T6XS6F.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-SA2IJZVG.js";
export {
  eventText,
  formatHistoryText,
  trailLetters
};
