import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  eventText,
  formatHistoryText,
  trailLetters
} from "./chunk-FXQDZYB5.js";
import "./chunk-O2T6XS6F.js";
import "./chunk-DK6VTGU2.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-SA2IJZVG.js";
export {
  eventText,
  formatHistoryText,
  trailLetters
};
