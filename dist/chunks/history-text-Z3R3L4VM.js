import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  eventText,
  formatHistoryText,
  trailLetters
} from "./chunk-L4TIOGO2.js";
import "./chunk-SG2FHML3.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-QDDUVU2Q.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-YJGWBSKY.js";
import "./chunk-SDZXKXMS.js";
import "./chunk-SA2IJZVG.js";
export {
  eventText,
  formatHistoryText,
  trailLetters
};
